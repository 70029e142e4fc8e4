// Sequencer drops that consume no nonce (docs/protocol/transactions.md#nonces), over real sockets
// against the simulator: the txs sent after the gap are re-signed from the venue's next nonce and
// land; the dropped order resolves as not applied once its nonce went to another tx.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('drop without consume', () => {
  it('A dropped after a 200, then B and C: B and C are re-signed from nextNonce and accepted, A resolves as not applied', async () => {
    const c = h.makeClient();
    await c.connect();
    const before = await nextNonce();
    h.sim.faults.inject({ kind: 'tx-drop' });
    const a = await c.submitOrder(limit({ clientOrderId: 'D-A', price: '2500', postOnly: true }));
    const b = await c.submitOrder(limit({ clientOrderId: 'D-B', price: '2501', postOnly: true }));
    const cc = await c.submitOrder(limit({ clientOrderId: 'D-C', price: '2502', postOnly: true }));
    // All three passed the API; B and C sit behind A's unconsumed nonce.
    expect([a.outcome, b.outcome, cc.outcome]).toEqual(['accepted', 'accepted', 'accepted']);
    expect([a.nonce, b.nonce, cc.nonce]).toEqual([String(before), String(before + 1n), String(before + 2n)]);
    expect(await nextNonce()).toBe(before);

    await waitFor(
      h,
      (e) => has('D-B', 'OrderAccepted')(e) && has('D-C', 'OrderAccepted')(e),
      'B and C land after the re-sign',
      30_000,
    );
    await waitFor(h, has('D-A', 'OrderRejected'), 'A resolved', 30_000);
    expect(eventOf('D-A', 'OrderRejected')).toMatchObject({
      source: 'rest-probe',
      reason: expect.stringMatching(/^TX_NOT_APPLIED: dropped by the sequencer/),
    });
    expect([c.orderStatus('D-A'), c.orderStatus('D-B'), c.orderStatus('D-C')]).toEqual([
      'REJECTED',
      'ACCEPTED',
      'ACCEPTED',
    ]);
    // The venue consumed exactly two nonces: B and C re-signed from A's.
    expect(await nextNonce()).toBe(before + 2n);

    // The local baseline follows the venue: the next order lands at once.
    const d = await c.submitOrder(limit({ clientOrderId: 'D-D', price: '2503', postOnly: true }));
    expect(d.nonce).toBe(String(before + 2n));
    await waitFor(h, has('D-D', 'OrderAccepted'), 'next order');
  }, 60_000);
});
