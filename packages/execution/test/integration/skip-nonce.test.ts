// SkipNonce through the execution client (docs/protocol/transactions.md#skip-nonce), over real sockets
// against the simulator, which enforces the venue's rule: strict previous + 1 per key unless the tx sets
// SkipNonce, which takes any higher nonce; the strict sequence then continues from it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type NonceManager, OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';
import { type Harness, has, limit, startHarness, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ apiKeyIndex: 4 });
});
afterEach(async () => {
  await h.close();
});

async function nextNonce(): Promise<bigint> {
  const res = await fetch(
    `${h.sim.httpUrl}/api/v1/nextNonce?account_index=${h.acct.accountIndex}&api_key_index=${h.acct.apiKeyIndex}`,
  );
  return BigInt(((await res.json()) as { nonce: number }).nonce);
}

/** A manager that leaves a gap of `gap` nonces after every baseline it reads: a strict venue refuses it. */
function gappedManager(gap: bigint): NonceManager & { inner: OptimisticNonceManager } {
  const inner = new OptimisticNonceManager({ fetchNextNonce: async () => (await nextNonce()) + gap });
  return {
    inner,
    get ready() {
      return inner.ready;
    },
    get fetchCount() {
      return inner.fetchCount;
    },
    resync: (p) => inner.resync(p),
    reserve: (n) => inner.reserve(n),
    rollback: (p) => inner.rollback(p),
    invalidate: () => inner.invalidate(),
    skipTo: (p) => inner.skipTo(p),
  };
}

describe('SkipNonce', () => {
  it('jumps the nonce to the clock; later orders continue from the new nonce without a resync', async () => {
    const nonces = new OptimisticNonceManager({ fetchNextNonce: () => nextNonce() });
    const c = h.makeClient({ nonceManager: nonces });
    await c.connect();
    const a = await c.submitOrder(limit({ clientOrderId: 'SN-A', price: '2000', postOnly: true }));
    expect(a.outcome).toBe('accepted');
    const strict = BigInt(a.nonce ?? '-1');
    expect(await nextNonce()).toBe(strict + 1n);

    const clockBefore = BigInt(Date.now());
    const b = await c.submitOrder(
      limit({ clientOrderId: 'SN-B', price: '2001', postOnly: true, params: { skipNonce: true } }),
    );
    expect(b.outcome).toBe('accepted');
    const jumped = BigInt(b.nonce ?? '-1');
    // The jump: far beyond the strict next nonce, at the clock in ms.
    expect(jumped).toBeGreaterThanOrEqual(clockBefore);
    expect(jumped).toBeGreaterThan(strict + 1n);
    await waitFor(h, has('SN-B', 'OrderAccepted'), 'skip-nonce order accepted');
    expect(await nextNonce()).toBe(jumped + 1n);

    const c2 = await c.submitOrder(limit({ clientOrderId: 'SN-C', price: '2002', postOnly: true }));
    expect(c2.outcome).toBe('accepted');
    expect(BigInt(c2.nonce ?? '-1')).toBe(jumped + 1n);
    await waitFor(h, has('SN-C', 'OrderAccepted'), 'strict order after the jump accepted');
    expect(await nextNonce()).toBe(jumped + 2n);
    // No 21104 on the way: the baseline was read once, at connect.
    expect(nonces.fetchCount).toBe(1);
    expect(h.events.filter((e) => e.type === 'OrderRejected')).toEqual([]);
  }, 60_000);

  it('without the flag a gap is refused (21104) and nothing is consumed; with it the order is taken at the jumped nonce', async () => {
    const nonces = gappedManager(1000n);
    const c = h.makeClient({ nonceManager: nonces });
    await c.connect();
    const before = await nextNonce();
    const strict = await c.submitOrder(limit({ clientOrderId: 'GAP-1', price: '2000', postOnly: true }));
    expect(strict).toMatchObject({ outcome: 'rejected', status: 'REJECTED', venueCode: 21104 });
    expect(await nextNonce()).toBe(before);

    const skipped = await c.submitOrder(
      limit({ clientOrderId: 'GAP-2', price: '2000', postOnly: true, params: { skipNonce: true } }),
    );
    expect(skipped.outcome).toBe('accepted');
    await waitFor(h, has('GAP-2', 'OrderAccepted'), 'gapped skip-nonce order accepted');
    expect(await nextNonce()).toBe(BigInt(skipped.nonce ?? '-1') + 1n);
  }, 60_000);
});
