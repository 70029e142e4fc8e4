/**
 * The derivation and the in-memory store at their edges: pinned hash values (a restarted client
 * must re-derive the same index), the 31-bit wrap and the 0 -> 1 rule, the collision probe bound,
 * and that every map (cloid, index, venue id) follows puts and deletes.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SAFE_CLIENT_ORDER_INDEX as MAX_CLIENT_ORDER_INDEX } from '@lighter-ts/models';
import { deriveClientOrderIndex } from '../../src/identity/derive.js';
import { InMemoryIdentityStore, type OrderIdentity, registerClientOrderId } from '../../src/identity/store.js';

/** Records what the persistence hook receives, as a file store would. */
class RecordingStore extends InMemoryIdentityStore {
  readonly records: unknown[] = [];
  protected override changed(
    record: { op: 'put'; identity: OrderIdentity } | { op: 'del'; clientOrderId: string },
  ): void {
    this.records.push(record);
  }
}

describe('deriveClientOrderIndex', () => {
  it('is pinned: SHA-256 of the UTF-8 cloid, first 4 bytes big-endian, top bit masked off', () => {
    // 'O-1' hashes to 0xCF4AE908 (3477854600): the mask keeps the low 31 bits.
    expect(deriveClientOrderIndex('O-1')).toBe(3477854600 - 2 ** 31);
    expect(deriveClientOrderIndex('A')).toBe(1436216016);
    expect(deriveClientOrderIndex('B')).toBe(1602121957);
    expect(MAX_CLIENT_ORDER_INDEX).toBe(2147483647);
  });

  it('a probe adds to the base and wraps within 31 bits; 0 (meaning "none" on the wire) becomes 1', () => {
    const base = deriveClientOrderIndex('A');
    expect(deriveClientOrderIndex('A', 0)).toBe(base);
    expect(deriveClientOrderIndex('A', 1)).toBe(base + 1);
    expect(deriveClientOrderIndex('A', MAX_CLIENT_ORDER_INDEX - base)).toBe(MAX_CLIENT_ORDER_INDEX);
    expect(deriveClientOrderIndex('A', MAX_CLIENT_ORDER_INDEX + 1 - base)).toBe(1);
    expect(deriveClientOrderIndex('A', MAX_CLIENT_ORDER_INDEX + 3 - base)).toBe(2);
  });

  it('refuses an empty cloid with a TypeError that says why', () => {
    expect(() => deriveClientOrderIndex('')).toThrow(new TypeError('clientOrderId must be non-empty'));
  });
});

describe('registerClientOrderId', () => {
  it('records the instrument, strategy and time given, or now', () => {
    const store = new InMemoryIdentityStore();
    expect(
      registerClientOrderId({
        store,
        clientOrderId: 'A',
        instrumentId: 'ETH-PERP.LIGHTER',
        strategyId: 'S-1',
        nowMs: 123,
      }),
    ).toEqual({
      clientOrderId: 'A',
      clientOrderIndex: deriveClientOrderIndex('A'),
      instrumentId: 'ETH-PERP.LIGHTER',
      strategyId: 'S-1',
      createdAtMs: 123,
    });
    const before = Date.now();
    const b = registerClientOrderId({ store, clientOrderId: 'B' });
    expect(b.createdAtMs).toBeGreaterThanOrEqual(before);
    expect(b.createdAtMs).toBeLessThanOrEqual(Date.now());
  });

  it('probes up to 16 indexes on collisions with other cloids, then refuses', () => {
    const store = new InMemoryIdentityStore();
    for (let p = 0; p < 15; p++)
      store.put({ clientOrderId: `X-${p}`, clientOrderIndex: deriveClientOrderIndex('C', p), createdAtMs: 0 });
    expect(registerClientOrderId({ store, clientOrderId: 'C' }).clientOrderIndex).toBe(deriveClientOrderIndex('C', 15));
    const full = new InMemoryIdentityStore();
    for (let p = 0; p < 16; p++)
      full.put({ clientOrderId: `X-${p}`, clientOrderIndex: deriveClientOrderIndex('C', p), createdAtMs: 0 });
    expect(() => registerClientOrderId({ store: full, clientOrderId: 'C' })).toThrow(
      'client_order_index collision for C after 16 probes',
    );
    expect(full.get('C')).toBeUndefined();
  });
});

describe('InMemoryIdentityStore', () => {
  it('a put that replaces an identity drops its old index and venue id from the other maps', () => {
    const store = new RecordingStore();
    store.put({ clientOrderId: 'A', clientOrderIndex: 5, venueOrderId: 'v1', createdAtMs: 0 });
    store.put({ clientOrderId: 'A', clientOrderIndex: 6, venueOrderId: 'v2', createdAtMs: 0 });
    expect(store.getByClientOrderIndex(5)).toBeUndefined();
    expect(store.getByVenueOrderId('v1')).toBeUndefined();
    expect(store.getByClientOrderIndex(6)?.clientOrderId).toBe('A');
    expect(store.getByVenueOrderId('v2')?.clientOrderId).toBe('A');
    // Without a venue id: the earlier one is gone, and nothing new is mapped.
    store.put({ clientOrderId: 'A', clientOrderIndex: 6, createdAtMs: 0 });
    expect(store.getByVenueOrderId('v2')).toBeUndefined();
    expect(store.all()).toEqual([{ clientOrderId: 'A', clientOrderIndex: 6, createdAtMs: 0 }]);
    expect(store.records).toHaveLength(3);
  });

  it('delete clears all three maps and records one del; deleting an unknown cloid records nothing', async () => {
    const store = new RecordingStore();
    store.put({ clientOrderId: 'A', clientOrderIndex: 5, venueOrderId: 'v1', createdAtMs: 0 });
    store.put({ clientOrderId: 'B', clientOrderIndex: 7, createdAtMs: 0 });
    store.delete('A');
    store.delete('A');
    store.delete('B');
    expect([
      store.get('A'),
      store.getByClientOrderIndex(5),
      store.getByVenueOrderId('v1'),
      store.getByClientOrderIndex(7),
    ]).toEqual([undefined, undefined, undefined, undefined]);
    expect(store.records.slice(2)).toEqual([
      { op: 'del', clientOrderId: 'A' },
      { op: 'del', clientOrderId: 'B' },
    ]);
    expect(store.all()).toEqual([]);
    await expect(Promise.all([store.persist(), store.flush(), store.close()])).resolves.toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
