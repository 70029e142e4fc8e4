/**
 * FileIdentityStore at its edges: what a reload restores (all three maps, minus entries past the
 * age limit), when the journal is compacted (exactly past max(minRecords, live * factor)), that a
 * loaded torn file is repaired by the next persist even with nothing new, and that a closed store
 * writes nothing more.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileIdentityStore } from '../../src/identity/file-store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'fstore-'));
  dirs.push(d);
  return d;
};
const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
const DAY = 24 * 3600_000;

describe('FileIdentityStore', () => {
  it('defaults: 45-day age limit, compaction past max(1000, live * 4) records', () => {
    const s = new FileIdentityStore({ path: join(tmp(), 'ids.jsonl') });
    expect([s.maxAgeMs, s.compactMinRecords, s.compactFactor]).toEqual([45 * DAY, 1_000, 4]);
  });

  it('a new file starts with the version-2 header; missing directories are created', async () => {
    const path = join(tmp(), 'a', 'b', 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    s.put({ clientOrderId: 'A', clientOrderIndex: 1, createdAtMs: Date.now() });
    await s.flush();
    expect(JSON.parse(lines(path)[0] ?? '')).toEqual({ journal: 'lighter-ts-identities', version: 2 });
    expect(lines(path)).toHaveLength(2);
    await s.close();
  });

  it('a reload restores the index and venue-id maps, and prunes entries past the age limit', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    const now = Date.now();
    s.put({ clientOrderId: 'NEW', clientOrderIndex: 1, venueOrderId: 'v1', createdAtMs: now });
    s.put({ clientOrderId: 'DAY-44', clientOrderIndex: 2, createdAtMs: now - 44 * DAY });
    s.put({ clientOrderId: 'DAY-46', clientOrderIndex: 3, venueOrderId: 'v3', createdAtMs: now - 46 * DAY });
    s.put({ clientOrderId: 'HOUR-2', clientOrderIndex: 4, createdAtMs: now - 2 * 3600_000 });
    await s.close();
    const r = new FileIdentityStore({ path });
    expect(r.getByClientOrderIndex(1)?.clientOrderId).toBe('NEW');
    expect(r.getByVenueOrderId('v1')?.clientOrderId).toBe('NEW');
    expect(
      r
        .all()
        .map((x) => x.clientOrderId)
        .sort(),
    ).toEqual(['DAY-44', 'HOUR-2', 'NEW']);
    expect(r.getByClientOrderIndex(3)).toBeUndefined();
    expect(r.getByVenueOrderId('v3')).toBeUndefined();
    const short = new FileIdentityStore({ path, maxAgeMs: 3600_000 });
    expect(short.all().map((x) => x.clientOrderId)).toEqual(['NEW']);
  });

  it('a journal that cannot be read (a directory) is refused with a typed error naming the path', () => {
    const path = join(tmp(), 'ids.jsonl');
    mkdirSync(path);
    expect(() => new FileIdentityStore({ path })).toThrow(
      expect.objectContaining({ code: 'IDENTITY_STORE', message: `cannot read ${path}` }),
    );
  });

  it('compacts exactly when records would exceed max(minRecords, live * factor)', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path, compactMinRecords: 2, compactFactor: 2 });
    const counts: number[] = [];
    const step = async (cloid: string, index: number) => {
      s.put({ clientOrderId: cloid, clientOrderIndex: index, createdAtMs: Date.now() });
      await s.persist();
      counts.push(lines(path).length);
    };
    await step('A', 1); // new file: header + A
    await step('B', 2); // 2 live: threshold max(2, 4) = 4 records
    await step('A', 3);
    await step('A', 4); // 4 records: not more than 4, appended
    await step('A', 5); // 5 > 4: rewritten as header + 2 live
    expect(counts).toEqual([2, 3, 4, 5, 3]);
    await step('A', 6); // appends resume after a compaction
    expect(counts.at(-1)).toBe(4);
    expect(new FileIdentityStore({ path }).get('A')?.clientOrderIndex).toBe(6);
    await s.close();
  });

  it('a journal loaded with a torn tail is repaired by the next persist even when nothing changed', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    s.put({ clientOrderId: 'A', clientOrderIndex: 1, createdAtMs: Date.now() });
    await s.close();
    writeFileSync(path, `${readFileSync(path, 'utf8')}{"op":"put","id":{"clie`);
    const r = new FileIdentityStore({ path });
    await r.persist();
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
    expect(lines(path).map((l) => JSON.parse(l))).toHaveLength(2);
    // Repaired: a second persist with nothing new leaves the file as it is.
    const before = readFileSync(path, 'utf8');
    await r.persist();
    expect(readFileSync(path, 'utf8')).toBe(before);
    await r.close();
  });

  it('close is idempotent, and changes after it stay in memory only', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    s.put({ clientOrderId: 'A', clientOrderIndex: 1, createdAtMs: Date.now() });
    await s.close();
    await s.close();
    s.put({ clientOrderId: 'B', clientOrderIndex: 2, createdAtMs: Date.now() });
    await s.persist();
    expect(s.get('B')).toBeDefined();
    expect(new FileIdentityStore({ path }).all().map((x) => x.clientOrderId)).toEqual(['A']);
  });
});
