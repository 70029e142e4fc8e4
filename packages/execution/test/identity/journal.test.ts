import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultIdentityStorePath } from '../../src/execution/defaults.js';
import { FileIdentityStore } from '../../src/identity/file-store.js';
import { registerClientOrderId } from '../../src/identity/store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'journal-'));
  dirs.push(d);
  return d;
};
const lineCount = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '').length;

describe('identity journal (append-only, fsync per group commit)', () => {
  it('persist() resolves only once the mapping is in the file', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    const id = registerClientOrderId({ store: s, clientOrderId: 'O-1' });
    await s.persist();
    // A second process reading the file right now sees the mapping.
    expect(new FileIdentityStore({ path }).get('O-1')).toEqual(id);
    s.delete('O-1');
    await s.persist();
    expect(new FileIdentityStore({ path }).get('O-1')).toBeUndefined();
    await s.close();
  });

  it('appends one line per change instead of rewriting the file', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    registerClientOrderId({ store: s, clientOrderId: 'A' });
    await s.persist();
    const ino = statSync(path).ino;
    for (let i = 0; i < 10; i++) registerClientOrderId({ store: s, clientOrderId: `B-${i}` });
    await s.persist();
    expect(statSync(path).ino).toBe(ino); // same file: appended, not replaced
    expect(lineCount(path)).toBe(1 + 11);
    await s.close();
  });

  it('ignores a torn last line and never loses earlier records; the next write repairs the file', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    for (let i = 0; i < 5; i++) registerClientOrderId({ store: s, clientOrderId: `T-${i}` });
    await s.close();
    const full = readFileSync(path, 'utf8');
    // Cut the file at every byte inside the last record: a crash mid-append.
    const lastStart = full.lastIndexOf('\n', full.length - 2) + 1;
    for (let cut = lastStart; cut < full.length; cut++) {
      writeFileSync(path, full.slice(0, cut));
      const r = new FileIdentityStore({ path });
      // Even a whole record without its newline counts as torn: persist() had not resolved for it.
      expect(
        r
          .all()
          .map((x) => x.clientOrderId)
          .sort(),
      ).toEqual(['T-0', 'T-1', 'T-2', 'T-3']);
    }
    writeFileSync(path, full.slice(0, full.length - 7));
    const r = new FileIdentityStore({ path });
    registerClientOrderId({ store: r, clientOrderId: 'AFTER' });
    await r.close();
    // The new record did not glue onto the torn line: everything reloads, the file is whole again.
    expect(
      new FileIdentityStore({ path })
        .all()
        .map((x) => x.clientOrderId)
        .sort(),
    ).toEqual(['AFTER', 'T-0', 'T-1', 'T-2', 'T-3']);
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
  });

  it('refuses a damaged line that has valid records after it (typed error)', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    registerClientOrderId({ store: s, clientOrderId: 'A' });
    registerClientOrderId({ store: s, clientOrderId: 'B' });
    await s.close();
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[1] = '{"op":"put","id":{garbage';
    writeFileSync(path, lines.join('\n'));
    expect(() => new FileIdentityStore({ path })).toThrow(
      expect.objectContaining({ code: 'IDENTITY_STORE', message: expect.stringContaining('line 2') }),
    );
  });

  it('compacts when the journal outgrows live * factor, atomically (no temp file left)', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path, compactMinRecords: 20, compactFactor: 2 });
    for (let i = 0; i < 200; i++) {
      registerClientOrderId({ store: s, clientOrderId: `C-${i}` });
      if (i >= 3) s.delete(`C-${i - 3}`); // keep 3 live
      await s.persist();
    }
    expect(s.size).toBe(3);
    // 400 changes were made; the file stays bounded by max(20, 3 * 2) records + header.
    expect(lineCount(path)).toBeLessThanOrEqual(21 + 1);
    expect(readdirSync(join(path, '..'))).toEqual(['ids.jsonl']);
    expect(
      new FileIdentityStore({ path })
        .all()
        .map((x) => x.clientOrderId)
        .sort(),
    ).toEqual(['C-197', 'C-198', 'C-199']);
    await s.close();
  });

  it('imports a version-1 JSON file and rewrites it as a journal on the next write', async () => {
    const path = join(tmp(), 'ids.json');
    writeFileSync(
      path,
      JSON.stringify({
        version: 1,
        entries: [{ clientOrderId: 'OLD', clientOrderIndex: 42, createdAtMs: Date.now() }],
      }),
    );
    const s = new FileIdentityStore({ path });
    expect(s.getByClientOrderIndex(42)?.clientOrderId).toBe('OLD');
    await s.persist();
    expect(readFileSync(path, 'utf8').split('\n')[0]).toContain('lighter-ts-identities');
    expect(new FileIdentityStore({ path }).get('OLD')?.clientOrderIndex).toBe(42);
    await s.close();
  });

  it('a failed write rejects persist() with a typed error and is retried by the next call', async () => {
    const path = join(tmp(), 'ids.jsonl');
    const s = new FileIdentityStore({ path });
    mkdirSync(path); // the journal cannot be created: a directory is in the way
    registerClientOrderId({ store: s, clientOrderId: 'A' });
    await expect(s.persist()).rejects.toMatchObject({ code: 'IDENTITY_STORE' });
    rmSync(path, { recursive: true });
    await s.persist();
    expect(new FileIdentityStore({ path }).get('A')).toBeDefined();
    await s.close();
  });

  it('default path is the per-user state directory, never the working directory', () => {
    const home = join('/', 'h', 'u');
    expect(
      defaultIdentityStorePath({
        networkId: 'lighter-testnet',
        accountIndex: 12,
        apiKeyIndex: 3,
        platform: 'linux',
        home,
        env: {},
      }),
    ).toBe(join(home, '.local', 'state', 'lighter-ts', 'identities-lighter-testnet-12-3.jsonl'));
    expect(
      defaultIdentityStorePath({
        networkId: 'lighter-mainnet',
        accountIndex: 1,
        apiKeyIndex: 2,
        platform: 'linux',
        home,
        env: { XDG_STATE_HOME: '/var/state' },
      }),
    ).toBe('/var/state/lighter-ts/identities-lighter-mainnet-1-2.jsonl');
    expect(
      defaultIdentityStorePath({
        networkId: 'robinhood-testnet',
        accountIndex: 1,
        apiKeyIndex: 2,
        platform: 'darwin',
        home,
      }),
    ).toBe(join(home, 'Library', 'Application Support', 'lighter-ts', 'identities-robinhood-testnet-1-2.jsonl'));
    // The two testnets share chain id 300: their journals must not be the same file.
    expect(
      defaultIdentityStorePath({
        networkId: 'custom:300@127.0.0.1:9',
        accountIndex: 1,
        apiKeyIndex: 2,
        platform: 'linux',
        home,
      }),
    ).toBe(join(home, '.local', 'state', 'lighter-ts', 'identities-custom_300_127.0.0.1_9-1-2.jsonl'));
  });
});
