import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SAFE_CLIENT_ORDER_INDEX as MAX_CLIENT_ORDER_INDEX } from '@lighter-ts/models';
import { deriveClientOrderIndex } from '../../src/identity/derive.js';
import { FileIdentityStore } from '../../src/identity/file-store.js';
import { InMemoryIdentityStore, registerClientOrderId } from '../../src/identity/store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'ident-'));
  dirs.push(d);
  return d;
};

describe('client order index derivation', () => {
  it('is deterministic, positive and 31-bit', () => {
    for (let i = 0; i < 1000; i++) {
      const v = deriveClientOrderIndex(`O-20260101-000000-001-001-${i}`);
      expect(v).toBe(deriveClientOrderIndex(`O-20260101-000000-001-001-${i}`));
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(MAX_CLIENT_ORDER_INDEX);
    }
    expect(() => deriveClientOrderIndex('')).toThrow();
  });
});

describe('identity store', () => {
  it('maps cloid <-> index <-> venue id and probes on collision', () => {
    const store = new InMemoryIdentityStore();
    const a = registerClientOrderId({ store, clientOrderId: 'A', instrumentId: 'ETH-PERP.LIGHTER' });
    expect(registerClientOrderId({ store, clientOrderId: 'A' })).toBe(a);
    // Plant a foreign entry on B's natural index to force a probe.
    const natural = deriveClientOrderIndex('B');
    store.put({ clientOrderId: 'X', clientOrderIndex: natural, createdAtMs: 0 });
    const b = registerClientOrderId({ store, clientOrderId: 'B' });
    expect(b.clientOrderIndex).not.toBe(natural);
    store.put({ ...a, venueOrderId: '281474976710700' });
    expect(store.getByVenueOrderId('281474976710700')?.clientOrderId).toBe('A');
    expect(store.getByClientOrderIndex(a.clientOrderIndex)?.clientOrderId).toBe('A');
    store.delete('A');
    expect(store.getByVenueOrderId('281474976710700')).toBeUndefined();
  });

  it('file store survives a restart and writes atomically', async () => {
    const path = join(tmp(), 'sub', 'ids.json');
    const s1 = new FileIdentityStore({ path });
    for (let i = 0; i < 20; i++) {
      const id = registerClientOrderId({ store: s1, clientOrderId: `C-${i}` });
      s1.put({ ...id, venueOrderId: String(281474976710656 + i) });
    }
    await s1.flush();
    expect(readdirSync(join(path, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const s2 = new FileIdentityStore({ path });
    expect(s2.all()).toHaveLength(20);
    expect(s2.getByVenueOrderId(String(281474976710656 + 7))?.clientOrderId).toBe('C-7');
    // A journal: header, then one line per live identity (the 40 changes of this tick were one group commit).
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0] as string)).toEqual({ journal: 'lighter-ts-identities', version: 2 });
    expect(lines).toHaveLength(21);
    await s1.close();
    await s2.close();
  });

  it('rejects a corrupt file with a typed error', () => {
    const path = join(tmp(), 'ids.json');
    writeFileSync(path, '{not json');
    expect(() => new FileIdentityStore({ path })).toThrow(expect.objectContaining({ code: 'IDENTITY_STORE' }));
  });
});
