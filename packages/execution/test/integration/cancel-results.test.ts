/**
 * Cancel and modify results carry why nothing took effect, as submitOrder's does: `reason` (the local denial or
 * the venue's message) and `venueCode`, the same text the OrderCancelRejected / OrderModifyRejected event carries.
 * Real sockets to the simulator; the venue's refusal is its answer for an order it no longer has (21715).
 */
import { VENUE_ERROR_CODE } from '@lighter-ts/models';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src/orders/events.js';
import { type Harness, has, limit, startHarness, typesOf, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const ev = <T extends OrderEvent['type']>(cloid: string, type: T) =>
  h.events.find((e) => e.clientOrderId === cloid && e.type === type) as Extract<OrderEvent, { type: T }> | undefined;

const NOT_ACTIVE = VENUE_ERROR_CODE.NOT_ACTIVE_ORDER; // 21715: "given order is not an active order"

async function accepted(ids: readonly string[]) {
  const c = h.makeClient();
  await c.connect();
  for (const [i, id] of ids.entries())
    await c.submitOrder(limit({ clientOrderId: id, price: String(2400 + i), postOnly: true }));
  await waitFor(h, (e) => ids.every((id) => has(id, 'OrderAccepted')(e)), 'accepted');
  return c;
}

describe('cancel / modify results carry the reason', () => {
  it('cancelOrder refused by the venue: outcome rejected, the venue code and message, as the event says', async () => {
    const c = await accepted(['CR-1']);
    h.sim.faults.rejectNextTx({ code: NOT_ACTIVE });
    const r = await c.cancelOrder({ clientOrderId: 'CR-1' });
    expect(r).toMatchObject({ outcome: 'rejected', venueCode: NOT_ACTIVE });
    expect(r.reason).toEqual(expect.any(String));
    expect(r.reason).not.toBe('');
    expect(ev('CR-1', 'OrderCancelRejected')).toMatchObject({ reason: r.reason, venueCode: NOT_ACTIVE });
    expect(c.orderStatus('CR-1')).toBe('ACCEPTED');
  });

  it('cancelOrder denied before sending (aborted): outcome denied and the local reason, no venue code', async () => {
    const c = await accepted(['CD-1']);
    const r = await c.cancelOrder({ clientOrderId: 'CD-1' }, { signal: AbortSignal.abort(new Error('shutting down')) });
    expect(r).toMatchObject({ outcome: 'denied', nonce: undefined, txHash: undefined });
    expect(r.reason).toMatch(/shutting down/);
    expect('venueCode' in r).toBe(false);
    expect(ev('CD-1', 'OrderCancelRejected')?.reason).toBe(`not sent: ${r.reason}`);
  });

  it('batchCancelOrders refused by the venue: outcome, reason and venue code on the list result', async () => {
    const c = await accepted(['BR-1', 'BR-2']);
    h.sim.faults.rejectNextTx({ code: NOT_ACTIVE });
    const r = await c.batchCancelOrders({ clientOrderIds: ['BR-1', 'BR-2'] });
    expect(r).toMatchObject({ clientOrderIds: ['BR-1', 'BR-2'], outcome: 'rejected', venueCode: NOT_ACTIVE });
    expect(r.reason).toEqual(expect.any(String));
    await waitFor(h, (e) => has('BR-1', 'OrderCancelRejected')(e) && has('BR-2', 'OrderCancelRejected')(e), 'refused');
    expect(ev('BR-1', 'OrderCancelRejected')?.reason).toBe(r.reason);
  });

  it('batch cancel in two chunks: a refused first chunk decides the result even though the second is accepted', async () => {
    const c = h.makeClient();
    await c.connect();
    const ids = Array.from({ length: 16 }, (_, i) => `BC-${i}`);
    const orders = ids.map((id, i) => limit({ clientOrderId: id, price: String(2300 + i), postOnly: true }));
    await c.submitOrderList({ orders: orders.slice(0, 15) });
    await c.submitOrder(orders[15] as (typeof orders)[number]);
    await waitFor(h, (e) => ids.every((id) => has(id, 'OrderAccepted')(e)), 'all accepted');
    h.sim.faults.rejectNextTx({ code: NOT_ACTIVE });
    const r = await c.batchCancelOrders({ clientOrderIds: ids });
    expect(r).toMatchObject({ clientOrderIds: ids, outcome: 'rejected', venueCode: NOT_ACTIVE });
    expect(r.txs).toHaveLength(16);
    await waitFor(h, has('BC-15', 'OrderCanceled'), 'second chunk canceled');
    expect(ev('BC-0', 'OrderCancelRejected')?.reason).toBe(r.reason);
  });

  it('cancelAllOrders denied before sending: the orders it meant to cancel, outcome denied and the reason', async () => {
    const c = await accepted(['AD-1', 'AD-2']);
    const r = await c.cancelAllOrders(
      { instrumentId: 'ETH-PERP.LIGHTER' },
      { signal: AbortSignal.abort(new Error('shutting down')) },
    );
    expect([...r.clientOrderIds].sort()).toEqual(['AD-1', 'AD-2']);
    expect(r).toMatchObject({ outcome: 'denied', txs: [] });
    expect(r.reason).toMatch(/shutting down/);
    expect('venueCode' in r).toBe(false);
  });

  it('cancelAllOrders refused by the venue carries the venue code; nothing open gives outcome skipped', async () => {
    const c = await accepted(['AR-1']);
    h.sim.faults.rejectNextTx({ code: NOT_ACTIVE });
    const r = await c.cancelAllOrders({ instrumentId: 'ETH-PERP.LIGHTER' });
    expect(r).toMatchObject({ clientOrderIds: ['AR-1'], outcome: 'rejected', venueCode: NOT_ACTIVE });
    expect(r.reason).toBe(ev('AR-1', 'OrderCancelRejected')?.reason);
    const done = await c.cancelAllOrders({ instrumentId: 'BTC-PERP.LIGHTER' });
    expect(done).toEqual({ clientOrderIds: [], txs: [], outcome: 'skipped' });
  });

  it('modifyOrder denied before sending: outcome denied and the reason; refused: the venue code', async () => {
    const c = await accepted(['MR-1']);
    const denied = await c.modifyOrder(
      { clientOrderId: 'MR-1', price: '2410' },
      { signal: AbortSignal.abort(new Error('shutting down')) },
    );
    expect(denied).toMatchObject({ outcome: 'denied', status: 'ACCEPTED', nonce: undefined });
    expect(denied.reason).toMatch(/shutting down/);
    expect(ev('MR-1', 'OrderModifyRejected')?.reason).toBe(`not sent: ${denied.reason}`);
    h.sim.faults.rejectNextTx({ code: NOT_ACTIVE });
    const refused = await c.modifyOrder({ clientOrderId: 'MR-1', price: '2420' });
    expect(refused).toMatchObject({ outcome: 'rejected', venueCode: NOT_ACTIVE });
    expect(refused.reason).toBe(h.events.filter((e) => e.type === 'OrderModifyRejected').at(-1)?.reason);
    expect(typesOf(h, 'MR-1').filter((t) => t === 'OrderModifyRejected')).toHaveLength(2);
  });
});
