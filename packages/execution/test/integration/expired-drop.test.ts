// A tx whose ExpiredAt has passed when the sequencer reaches it is taken by the API (200) and dropped without
// consuming its nonce (docs/protocol/transactions.md#expired-transactions), over real sockets against the
// simulator: the txs sent after it are re-signed from the venue's next nonce and land; the expired order resolves
// as not applied.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TX_EXPIRY_MS } from '../../src/execution/contracts.js';
import type { OrderEvent } from '../../src/orders/events.js';
import { type Harness, has, limit, startHarness, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const eventOf = (cloid: string, type: OrderEvent['type']) =>
  h.events.find((e) => e.clientOrderId === cloid && e.type === type);

async function nextNonce(): Promise<bigint> {
  const res = await fetch(
    `${h.sim.httpUrl}/api/v1/nextNonce?account_index=${h.acct.accountIndex}&api_key_index=${h.acct.apiKeyIndex}`,
  );
  return BigInt(((await res.json()) as { nonce: number }).nonce);
}

describe('expired tx dropped, not refused', () => {
  it('A signed by a clock that lags past its validity: 200, then B and C re-signed from nextNonce land, A resolves as not applied', async () => {
    // The client's clock lags by more than the tx validity while it signs A, so A's ExpiredAt has passed on arrival.
    let lagMs = 0;
    const c = h.makeClient({ now: () => Date.now() - lagMs });
    await c.connect();
    const before = await nextNonce();
    lagMs = TX_EXPIRY_MS + 60_000;
    const a = await c.submitOrder(limit({ clientOrderId: 'E-A', price: '2500', postOnly: true }));
    lagMs = 0;
    const b = await c.submitOrder(limit({ clientOrderId: 'E-B', price: '2501', postOnly: true }));
    const cc = await c.submitOrder(limit({ clientOrderId: 'E-C', price: '2502', postOnly: true }));
    // The API took all three (no 21711): A is dropped by the sequencer, B and C sit behind its unconsumed nonce.
    expect([a.outcome, b.outcome, cc.outcome]).toEqual(['accepted', 'accepted', 'accepted']);
    expect([a.nonce, b.nonce, cc.nonce]).toEqual([String(before), String(before + 1n), String(before + 2n)]);
    expect(await nextNonce()).toBe(before);

    await waitFor(
      h,
      (e) => has('E-B', 'OrderAccepted')(e) && has('E-C', 'OrderAccepted')(e),
      'B and C land after the re-sign',
      30_000,
    );
    await waitFor(h, has('E-A', 'OrderRejected'), 'A resolved', 30_000);
    expect(eventOf('E-A', 'OrderRejected')).toMatchObject({ reason: expect.stringMatching(/^TX_NOT_APPLIED/) });
    expect([c.orderStatus('E-A'), c.orderStatus('E-B'), c.orderStatus('E-C')]).toEqual([
      'REJECTED',
      'ACCEPTED',
      'ACCEPTED',
    ]);
    // The venue consumed exactly two nonces: B and C re-signed from A's.
    expect(await nextNonce()).toBe(before + 2n);
  }, 60_000);
});
