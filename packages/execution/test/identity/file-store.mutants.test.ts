/**
 * The identity journal's survivors of mutation run 1, each pinned by one behaviour: the first append
 * to a loaded journal carries only the new records, a store that wrote nothing creates no file, the
 * age cutoff keeps an entry exactly maxAgeMs old, persist waits for records queued while a drain was
 * writing, every append reuses one handle, a second close after a failed one resolves, and the
 * parser refuses lines it does not know (an unknown op, whitespace before a foreign tail).
 * See packages/execution/MUTATION.md ("Surviving mutant classes").
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileIdentityStore } from '../../src/identity/file-store.js';
import { parseJournal } from '../../src/identity/journal.js';
import { registerClientOrderId } from '../../src/identity/store.js';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'fstore-mut-'));
  dirs.push(d);
  return d;
};
const HEADER = JSON.stringify({ journal: 'lighter-ts-identities', version: 2 });
const putLine = (c: string, i: number, createdAtMs: number) =>
  JSON.stringify({ op: 'put', id: { clientOrderId: c, clientOrderIndex: i, createdAtMs } });

describe('FileIdentityStore (mutation run 1 gaps)', () => {
  it('the first append to a loaded journal writes only the new record', async () => {
    const path = join(tmp(), 'ids.jsonl');
    writeFileSync(path, `${HEADER}\n${putLine('A', 1, Date.now())}\n`);
    const s = new FileIdentityStore({ path });
    registerClientOrderId({ store: s, clientOrderId: 'B' });
    await s.persist();
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n').filter((l) => l !== '')).toHaveLength(3);
    expect(parseJournal({ text, path }).needsRewrite).toBe(false);
    expect(new FileIdentityStore({ path }).get('B')).toBeDefined();
    await s.close();
  });

  it('a store that never changed creates no file on persist or close', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    await s.persist();
    await s.close();
    expect(existsSync(path)).toBe(false);
  });

  it('an entry exactly maxAgeMs old is kept on load (only older ones are pruned)', () => {
    const path = join(tmp(), 'ids.jsonl');
    const now = 1_800_000_000_000;
    const maxAgeMs = 3600_000;
    writeFileSync(path, `${HEADER}\n${putLine('EDGE', 1, now - maxAgeMs)}\n${putLine('OLD', 2, now - maxAgeMs - 1)}\n`);
    vi.spyOn(Date, 'now').mockReturnValue(now);
    const s = new FileIdentityStore({ path, maxAgeMs });
    expect(s.all().map((x) => x.clientOrderId)).toEqual(['EDGE']);
  });

  it('persist also waits for a record queued while an earlier drain was writing', async () => {
    const path = join(tmp(), 'ids.jsonl');
    // An existing journal, so the drain of A appends only A (a compaction would write B from memory too).
    writeFileSync(path, `${HEADER}\n`);
    const s = new FileIdentityStore({ path });
    registerClientOrderId({ store: s, clientOrderId: 'A' });
    const done = s.persist();
    await Promise.resolve(); // the drain of A has started (it took A and is now in file I/O)
    registerClientOrderId({ store: s, clientOrderId: 'B' });
    await done;
    // Read right away: B must already be on disk, not merely scheduled.
    expect(new FileIdentityStore({ path }).get('B')).toBeDefined();
    await s.close();
  });

  it.skipIf(process.platform !== 'linux')(
    'every append reuses one handle: none is left open on the journal after close',
    async () => {
      const path = join(tmp(), 'ids.jsonl');
      const s = new FileIdentityStore({ path });
      registerClientOrderId({ store: s, clientOrderId: 'A' });
      await s.persist(); // creates the file (compaction)
      for (let i = 0; i < 3; i++) {
        registerClientOrderId({ store: s, clientOrderId: `B-${i}` });
        await s.persist(); // appends
      }
      await s.close();
      const onJournal = readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === path;
        } catch {
          return false; // closed between the listing and the read
        }
      });
      expect(onJournal).toEqual([]);
    },
  );

  it('a second close after a failed one resolves (idempotent, no second write attempt)', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    mkdirSync(path); // the journal cannot be created: a directory is in the way
    registerClientOrderId({ store: s, clientOrderId: 'A' });
    await expect(s.close()).rejects.toMatchObject({ code: 'IDENTITY_STORE' });
    await expect(s.close()).resolves.toBeUndefined();
  });
});

describe('parseJournal (mutation run 1 gaps)', () => {
  it('a record with a valid identity but an unknown op is a damaged line, not a put', () => {
    const text = `${HEADER}\n${JSON.stringify({ op: 'x', id: { clientOrderId: 'A', clientOrderIndex: 1, createdAtMs: 1 } })}\n${putLine('B', 2, 1)}\n`;
    expect(() => parseJournal({ text, path: 'ids.jsonl' })).toThrow(/corrupt identity journal ids\.jsonl at line 2/);
  });

  it('whitespace-only lines before a tail that is not a version-1 document are refused', () => {
    expect(() => parseJournal({ text: '  \n\t\nnot json', path: 'ids.jsonl' })).toThrow(/corrupt identity journal/);
  });
});
