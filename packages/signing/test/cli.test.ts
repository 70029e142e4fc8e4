import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/verify-vectors.js';
import { VECTORS_TEXT, VECTORS_URL } from './vectors-helpers.js';

function run(argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'lighter-vectors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lighter-verify-vectors', () => {
  it('passes the real vectors file and prints the closing line', () => {
    const r = run([VECTORS_URL.pathname]);
    expect(r.out.filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(r.out.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(Number(r.out.at(-1)?.split(' ')[0])).toBeGreaterThanOrEqual(70);
    expect(r.code).toBe(0);
  });

  it('fails a tampered copy, one line per failing case', () => {
    const doc = JSON.parse(VECTORS_TEXT);
    // A flipped tx hash, a changed field element, a different auth token signature, and an
    // expected error that is now a valid order.
    doc.transactions[0].tx_hash = doc.transactions[0].tx_hash.replace(/^./, (c: string) => (c === '0' ? '1' : '0'));
    doc.transactions[5].message_field_elements[6] = '12345';
    doc.auth_tokens[0].token = doc.auth_tokens[0].token.replace(/.$/, (c: string) => (c === '0' ? '1' : '0'));
    doc.expected_errors[1].wasm_call.args[1] = 1;
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = run([file]);
    expect(r.code).toBe(1);
    const fails = r.out.filter((l) => l.startsWith('FAIL'));
    expect(fails.map((l) => l.split(':')[0])).toEqual([
      `FAIL transactions/${doc.transactions[0].id}`,
      `FAIL transactions/${doc.transactions[5].id}`,
      'FAIL auth_tokens/AuthToken-0',
      'FAIL expected_errors/CreateOrder-err-1',
    ]);
    expect(r.out.at(-1)).toMatch(/^\d+ passed, 4 failed$/);
  });

  it('fails a tampered tx_info byte (signature no longer matches)', () => {
    const doc = JSON.parse(VECTORS_TEXT);
    const t = doc.transactions[13];
    const at = t.tx_info_json.indexOf('"Sig":"') + 17;
    const ch = t.tx_info_json[at] === 'A' ? 'B' : 'A';
    t.tx_info_json = t.tx_info_json.slice(0, at) + ch + t.tx_info_json.slice(at + 1);
    const file = join(dir, 'tampered-sig.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = run([file]);
    expect(r.code).toBe(1);
    expect(r.out.some((l) => l.startsWith(`FAIL transactions/${t.id}`))).toBe(true);
  });

  it('reports usage and unreadable files with exit code 2', () => {
    expect(run([]).code).toBe(2);
    const missing = run([join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/cannot read/);
  });

  it('reports malformed JSON as a failed case', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"keys": ');
    const r = run([file]);
    expect(r.code).toBe(1);
    expect(r.out.at(-1)).toBe('0 passed, 1 failed');
  });
});
