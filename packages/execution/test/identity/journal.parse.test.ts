/**
 * parseJournal, line by line: which lines are records, which damage is a torn append (dropped,
 * file rewritten on the next write) and which is refused (a damaged line with records after it).
 */
import { describe, expect, it } from 'vitest';
import { parseJournal } from '../../src/identity/journal.js';

const HEADER = JSON.stringify({ journal: 'lighter-ts-identities', version: 2 });
const put = (c: string, i: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ op: 'put', id: { clientOrderId: c, clientOrderIndex: i, createdAtMs: 1, ...extra } });
const del = (c: string) => JSON.stringify({ op: 'del', c });
const parse = (lines: string[], tail = '') =>
  parseJournal({ text: `${lines.map((l) => `${l}\n`).join('')}${tail}`, path: 'ids.jsonl' });
const cloids = (lines: string[], tail = '') => parse(lines, tail).identities.map((x) => x.clientOrderId);

describe('parseJournal', () => {
  it('replays puts and deletes in order; the header and blank lines are not records', () => {
    const r = parse([HEADER, put('A', 1), '', put('B', 2), del('A'), '   ', put('B', 3, { venueOrderId: '77' })]);
    expect(r).toEqual({
      identities: [{ clientOrderId: 'B', clientOrderIndex: 3, createdAtMs: 1, venueOrderId: '77' }],
      records: 4,
      needsRewrite: false,
    });
  });

  it('an empty file is an empty journal that needs nothing', () => {
    expect(parseJournal({ text: '', path: 'p' })).toEqual({ identities: [], records: 0, needsRewrite: false });
  });

  it.each([
    [
      'clientOrderId not a string',
      JSON.stringify({ op: 'put', id: { clientOrderId: 1, clientOrderIndex: 1, createdAtMs: 1 } }),
    ],
    [
      'clientOrderIndex not a number',
      JSON.stringify({ op: 'put', id: { clientOrderId: 'X', clientOrderIndex: '1', createdAtMs: 1 } }),
    ],
    ['createdAtMs missing', JSON.stringify({ op: 'put', id: { clientOrderId: 'X', clientOrderIndex: 1 } })],
    ['venueOrderId not a string', put('X', 1, { venueOrderId: 5 })],
    ['id null', JSON.stringify({ op: 'put', id: null })],
    ['id a string', JSON.stringify({ op: 'put', id: 'X' })],
    ['del without a string cloid', JSON.stringify({ op: 'del', c: 5 })],
    ['unknown op', JSON.stringify({ op: 'upsert', c: 'X' })],
    ['a JSON null', 'null'],
    ['a JSON number', '42'],
    ['not JSON', '{"op":'],
    ['a header of another journal', JSON.stringify({ journal: 'other', version: 2 })],
    ['a version-1 document without entries', JSON.stringify({ version: 1, entries: 'x' })],
    ['a version-2 document with entries', JSON.stringify({ version: 2, entries: [] })],
  ])('a damaged line (%s) before valid records is refused, naming the file and line', (_label, bad) => {
    expect(() => parse([HEADER, put('A', 1), bad, put('B', 2)])).toThrow(
      expect.objectContaining({
        code: 'IDENTITY_STORE',
        message: expect.stringContaining('corrupt identity journal ids.jsonl at line 3'),
      }),
    );
  });

  it('a damaged last line (zero-filled by a crash) is a torn append: dropped, rewrite needed', () => {
    expect(parse([HEADER, put('A', 1), '\u0000\u0000\u0000'])).toEqual({
      identities: [expect.objectContaining({ clientOrderId: 'A' })],
      records: 1,
      needsRewrite: true,
    });
    // Only blank lines after it: still the last record.
    expect(parse([HEADER, put('A', 1), '{"op":', '', ' ']).needsRewrite).toBe(true);
  });

  it('a damaged line followed by a torn tail is refused (two damaged places are not one torn append)', () => {
    expect(() => parse([HEADER, put('A', 1), '{"op":'], '{"op":"put"')).toThrow(/at line 3/);
  });

  it('text after the last newline is a torn append: ignored, rewrite needed, earlier records kept', () => {
    const r = parse([HEADER, put('A', 1)], put('B', 2));
    expect(r.identities.map((x) => x.clientOrderId)).toEqual(['A']);
    expect(r.records).toBe(1);
    expect(r.needsRewrite).toBe(true);
    // The header alone, then a torn first record: nothing yet, but still our file.
    expect(parse([HEADER], '{"op":"pu')).toEqual({ identities: [], records: 0, needsRewrite: true });
  });

  it('a version-1 file (one JSON document, no trailing newline) is imported and marked for rewrite', () => {
    const v1 = JSON.stringify({
      version: 1,
      entries: [{ clientOrderId: 'L', clientOrderIndex: 9, createdAtMs: 1 }, { clientOrderId: 5 }],
    });
    expect(parseJournal({ text: v1, path: 'p' })).toEqual({
      identities: [{ clientOrderId: 'L', clientOrderIndex: 9, createdAtMs: 1 }],
      records: 0,
      needsRewrite: true,
    });
    // The same document with a newline arrives as a line: imported the same way.
    expect(parseJournal({ text: `${v1}\n`, path: 'p' })).toEqual({
      identities: [{ clientOrderId: 'L', clientOrderIndex: 9, createdAtMs: 1 }],
      records: 0,
      needsRewrite: true,
    });
  });

  it('a file without one complete line that is not a version-1 document is not ours: refused', () => {
    expect(() => parseJournal({ text: '{"op":"put"', path: 'x.jsonl' })).toThrow(
      expect.objectContaining({ code: 'IDENTITY_STORE', message: 'corrupt identity journal x.jsonl' }),
    );
    expect(() => parseJournal({ text: '\n\n{"op"', path: 'x.jsonl' })).toThrow(/corrupt identity journal x\.jsonl$/);
  });

  it('a torn tail after records is not mistaken for a version-1 document', () => {
    const v1 = JSON.stringify({ version: 1, entries: [{ clientOrderId: 'L', clientOrderIndex: 9, createdAtMs: 1 }] });
    expect(cloids([HEADER, put('A', 1)], v1)).toEqual(['A']);
    expect(cloids([HEADER, put('A', 1), del('A')], v1)).toEqual([]);
  });
});
