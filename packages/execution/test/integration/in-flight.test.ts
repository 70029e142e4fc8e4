// Issue 12, problems 1-5 and 7 and the event source, over real sockets against the simulator:
// nothing stays in flight after an unknown outcome, rate limits are not rejections, commands are
// idempotent, a trigger-only modify recomputes its cap, a batch is validated before any side effect.
import { createSigner } from '@lighter-ts/signing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExecSigner } from '../../src/execution/contracts.js';
import type { OrderInFlightTimeout } from '../../src/execution/probes.js';
import type { OrderEvent } from '../../src/orders/events.js';
import { type Harness, has, limit, startHarness, typesOf, until, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const SEND_TX = '/api/v1/sendTx';
const eventOf = (cloid: string, type: OrderEvent['type']) =>
  h.events.find((e) => e.clientOrderId === cloid && e.type === type);

async function nextNonce(): Promise<bigint> {
  const res = await fetch(
    `${h.sim.httpUrl}/api/v1/nextNonce?account_index=${h.acct.accountIndex}&api_key_index=${h.acct.apiKeyIndex}`,
  );
  return BigInt(((await res.json()) as { nonce: number }).nonce);
}

/** A real signer that records the parameters of every ModifyOrder it signs. */
function recordingSigner(modifies: { price: bigint; triggerPrice: bigint }[]): ExecSigner {
  const real = createSigner({
    chainId: h.sim.chainId,
    accountIndex: h.acct.accountIndex,
    apiKeyIndex: h.acct.apiKeyIndex,
    privateKey: h.acct.privateKey,
  });
  return {
    signCreateOrder: (p) => real.signCreateOrder(p),
    signCancelOrder: (p) => real.signCancelOrder(p),
    signModifyOrder: (p) => {
      modifies.push({ price: BigInt(p.price), triggerPrice: BigInt(p.triggerPrice ?? 0) });
      return real.signModifyOrder(p);
    },
    signCreateGroupedOrders: (p) => real.signCreateGroupedOrders(p),
    createAuthToken: (p) => real.createAuthToken(p),
  };
}

describe('issue 12: every order outcome resolved', () => {
  it('problem 1: a cancel or modify without a definitive answer (503) is probed and settled, not left pending', async () => {
    const c = h.makeClient({ txExpiryMs: 4_000 });
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'P1-A', price: '2500', postOnly: true }));
    await c.submitOrder(limit({ clientOrderId: 'P1-B', price: '2501', postOnly: true }));
    await waitFor(h, (e) => has('P1-A', 'OrderAccepted')(e) && has('P1-B', 'OrderAccepted')(e), 'accepted');

    // The venue never applies the cancel (503 before the sequencer): the order stays open there.
    h.sim.faults.inject({ kind: 'rest-status', status: 503, path: SEND_TX });
    const cancel = await c.cancelOrder({ clientOrderId: 'P1-A' });
    expect(cancel.outcome).toBe('unknown');
    expect(cancel.status).toBe('PENDING_CANCEL');
    await waitFor(h, has('P1-A', 'OrderCancelRejected'), 'cancel settled as not applied');
    expect(eventOf('P1-A', 'OrderCancelRejected')).toMatchObject({
      source: 'rest-probe',
      reason: expect.stringMatching(/^cancel not applied: /),
    });
    expect(c.orderStatus('P1-A')).toBe('ACCEPTED');

    // Same for a modify: back to ACCEPTED with OrderModifyRejected, the venue order unchanged.
    h.sim.faults.inject({ kind: 'rest-status', status: 503, path: SEND_TX });
    const modify = await c.modifyOrder({ clientOrderId: 'P1-B', price: '2400' });
    expect(modify.outcome).toBe('unknown');
    expect(modify.status).toBe('PENDING_UPDATE');
    await waitFor(h, has('P1-B', 'OrderModifyRejected'), 'modify settled as not applied');
    expect(eventOf('P1-B', 'OrderModifyRejected')).toMatchObject({
      source: 'rest-probe',
      reason: expect.stringMatching(/^modify not applied: /),
    });
    expect(c.orderStatus('P1-B')).toBe('ACCEPTED');
    expect(typesOf(h, 'P1-B')).not.toContain('OrderUpdated');

    // The settled orders are working and can still be canceled.
    await c.cancelAllOrders({ instrumentId: 'ETH-PERP.LIGHTER' });
    await waitFor(h, (e) => has('P1-A', 'OrderCanceled')(e) && has('P1-B', 'OrderCanceled')(e), 'canceled');
  }, 60_000);

  it('problem 1: a cancel whose nonce a later tx consumed is settled as not applied without waiting for expiry', async () => {
    const c = h.makeClient(); // default 5 min expiry: only the nonce proof can settle it within the test
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'P1N-A', postOnly: true }));
    await waitFor(h, has('P1N-A', 'OrderAccepted'), 'accepted');
    h.sim.faults.inject({ kind: 'rest-status', status: 503, path: SEND_TX });
    expect((await c.cancelOrder({ clientOrderId: 'P1N-A' })).outcome).toBe('unknown');
    // The next tx meets 21104 (the canceled nonce never landed), re-signs with it and lands.
    await c.submitOrder(limit({ clientOrderId: 'P1N-B', price: '2400', postOnly: true }));
    await waitFor(h, has('P1N-A', 'OrderCancelRejected'), 'cancel settled');
    expect(eventOf('P1N-A', 'OrderCancelRejected')).toMatchObject({
      reason: 'cancel not applied: nonce consumed by another tx',
      source: 'rest-probe',
    });
    expect(c.orderStatus('P1N-A')).toBe('ACCEPTED');
  }, 60_000);

  it('problem 2: a submit whose tx never landed raises an in-flight timeout, then resolves as TX_NOT_APPLIED: expired', async () => {
    const c = h.makeClient({ txExpiryMs: 3_000, inflightTimeoutMs: 500 });
    const timeouts: OrderInFlightTimeout[] = [];
    c.on('inflightTimeout', (e) => timeouts.push(e));
    await c.connect();
    h.sim.faults.inject({ kind: 'rest-status', status: 503, path: SEND_TX });
    const r = await c.submitOrder(limit({ clientOrderId: 'P2-A', postOnly: true }));
    expect(r).toMatchObject({ status: 'SUBMITTED', outcome: 'unknown' });
    await until(() => timeouts.length > 0, 'in-flight timeout event');
    expect(timeouts[0]).toMatchObject({
      type: 'OrderInFlightTimeout',
      command: 'submit',
      clientOrderIds: ['P2-A'],
      tx: { txHash: r.txHash, nonce: r.nonce },
    });
    await waitFor(h, has('P2-A', 'OrderRejected'), 'resolved as not applied', 30_000);
    expect(eventOf('P2-A', 'OrderRejected')).toMatchObject({
      reason: 'TX_NOT_APPLIED: expired',
      source: 'rest-probe',
      duePostOnly: false,
    });
    expect(c.orderStatus('P2-A')).toBe('REJECTED');
    // The unconsumed nonce is recovered by the next submit (21104 -> resync).
    await c.submitOrder(limit({ clientOrderId: 'P2-B', postOnly: true }));
    await waitFor(h, has('P2-B', 'OrderAccepted'), 'next order accepted');
  }, 60_000);

  it('problem 2: an acknowledged submit the venue dropped (200, never applied) does not stay SUBMITTED', async () => {
    const c = h.makeClient({ txExpiryMs: 3_000 });
    await c.connect();
    h.sim.faults.inject({ kind: 'tx-drop' });
    const r = await c.submitOrder(limit({ clientOrderId: 'P2D-A', postOnly: true }));
    expect(r).toMatchObject({ status: 'SUBMITTED', outcome: 'accepted' });
    await waitFor(h, has('P2D-A', 'OrderRejected'), 'resolved as not applied', 30_000);
    expect(eventOf('P2D-A', 'OrderRejected')).toMatchObject({
      reason: 'TX_NOT_APPLIED: expired',
      source: 'rest-probe',
    });
  }, 60_000);

  it('problem 3: a 429 on sendTx waits for Retry-After and resends the same signed tx; never OrderRejected', async () => {
    const c = h.makeClient();
    await c.connect();
    const before = await nextNonce();
    h.sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 1, path: SEND_TX });
    const r = await c.submitOrder(limit({ clientOrderId: 'P3-A', postOnly: true }));
    expect(r).toMatchObject({ outcome: 'accepted', nonce: String(before) });
    await waitFor(h, has('P3-A', 'OrderAccepted'), 'accepted after the resend');
    expect(typesOf(h, 'P3-A')).toEqual(['OrderSubmitted', 'OrderAccepted']);
    expect(await nextNonce()).toBe(before + 1n);
  }, 60_000);

  it('problem 3: a 429 whose Retry-After reaches past the tx expiry is not resent and resolves as not applied', async () => {
    const c = h.makeClient({ txExpiryMs: 3_000 });
    await c.connect();
    h.sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 10, path: SEND_TX });
    const r = await c.submitOrder(limit({ clientOrderId: 'P3X-A', postOnly: true }));
    expect(r).toMatchObject({ status: 'SUBMITTED', outcome: 'unknown' });
    await waitFor(h, has('P3X-A', 'OrderRejected'), 'resolved after expiry', 30_000);
    expect(eventOf('P3X-A', 'OrderRejected')).toMatchObject({
      reason: 'TX_NOT_APPLIED: expired',
      source: 'rest-probe',
    });
    expect(eventOf('P3X-A', 'OrderRejected')).not.toHaveProperty('venueCode', 23000);
  }, 60_000);

  it('problem 1 / build 2: an unknown batch cancel and an unknown bracket submit are settled member by member', async () => {
    const c = h.makeClient({ txExpiryMs: 3_000 });
    await c.connect();
    await c.submitOrderList({
      orders: [
        limit({ clientOrderId: 'BC-1', price: '2500', postOnly: true }),
        limit({ clientOrderId: 'BC-2', price: '2501', postOnly: true }),
      ],
    });
    await waitFor(h, (e) => has('BC-1', 'OrderAccepted')(e) && has('BC-2', 'OrderAccepted')(e), 'accepted');
    h.sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/sendTxBatch' });
    const { txs } = await c.batchCancelOrders({ clientOrderIds: ['BC-1', 'BC-2'] });
    expect(txs).toHaveLength(2);
    await waitFor(
      h,
      (e) => has('BC-1', 'OrderCancelRejected')(e) && has('BC-2', 'OrderCancelRejected')(e),
      'batch cancel settled',
      30_000,
    );
    expect([c.orderStatus('BC-1'), c.orderStatus('BC-2')]).toEqual(['ACCEPTED', 'ACCEPTED']);

    h.sim.faults.inject({ kind: 'rest-status', status: 503, path: SEND_TX });
    const bracket = await c.submitOrderList({
      contingency: 'OTO',
      orders: [
        limit({ clientOrderId: 'BR-E', price: '2400', postOnly: true }),
        {
          clientOrderId: 'BR-T',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'MARKET_IF_TOUCHED',
          quantity: '0.01',
          triggerPrice: '3300',
          timeInForce: 'GTC',
        },
      ],
    });
    expect(bracket.statuses).toEqual(['SUBMITTED', 'SUBMITTED']);
    await waitFor(
      h,
      (e) => has('BR-E', 'OrderRejected')(e) && has('BR-T', 'OrderRejected')(e),
      'bracket settled',
      30_000,
    );
    expect(eventOf('BR-T', 'OrderRejected')).toMatchObject({ reason: 'TX_NOT_APPLIED: expired', source: 'rest-probe' });
  }, 90_000);

  it('problem 4: concurrent cancels of one order send one CancelOrder; cancel-all skips orders pending cancel', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'P4-A', price: '2500', postOnly: true }));
    await c.submitOrder(limit({ clientOrderId: 'P4-B', price: '2501', postOnly: true }));
    await waitFor(h, (e) => has('P4-A', 'OrderAccepted')(e) && has('P4-B', 'OrderAccepted')(e), 'accepted');
    const before = await nextNonce();
    const [first, second] = await Promise.all([
      c.cancelOrder({ clientOrderId: 'P4-A' }),
      c.cancelOrder({ clientOrderId: 'P4-A' }),
    ]);
    expect(first.outcome).toBe('accepted');
    expect(second).toMatchObject({
      outcome: 'skipped',
      skipped: 'ALREADY_PENDING_CANCEL',
      nonce: undefined,
      txHash: undefined,
    });
    await waitFor(h, has('P4-A', 'OrderCanceled'), 'canceled');
    expect(typesOf(h, 'P4-A')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderPendingCancel', 'OrderCanceled']);
    expect(await nextNonce()).toBe(before + 1n);

    // A cancel-all while P4-B's cancel is in flight does not cancel it again.
    const [, all] = await Promise.all([
      c.cancelOrder({ clientOrderId: 'P4-B' }),
      c.cancelAllOrders({ instrumentId: 'ETH-PERP.LIGHTER' }),
    ]);
    expect(all).toEqual({ clientOrderIds: [], txs: [], outcome: 'skipped' });
    await waitFor(h, has('P4-B', 'OrderCanceled'), 'canceled');
    expect(typesOf(h, 'P4-B').filter((t) => t === 'OrderPendingCancel')).toHaveLength(1);
    expect(typesOf(h, 'P4-B')).not.toContain('OrderCancelRejected');
    expect(await nextNonce()).toBe(before + 2n);
    // A modify while a cancel is pending sends nothing either.
    expect((await c.modifyOrder({ clientOrderId: 'P4-B', price: '2400' })).outcome).toBe('skipped');
  }, 60_000);

  it('problem 5: a trigger-only modify of a STOP_MARKET recomputes the slippage cap from the new trigger', async () => {
    const modifies: { price: bigint; triggerPrice: bigint }[] = [];
    const c = h.makeClient({ signer: recordingSigner(modifies) });
    await c.connect();
    await c.submitOrder({
      clientOrderId: 'P5-S',
      instrumentId: 'ETH-PERP.LIGHTER',
      side: 'BUY',
      type: 'STOP_MARKET',
      quantity: '0.01',
      triggerPrice: '3050',
      timeInForce: 'GTC',
    });
    await waitFor(h, has('P5-S', 'OrderAccepted'), 'stop accepted');
    await c.modifyOrder({ clientOrderId: 'P5-S', triggerPrice: '3200' });
    expect(modifies).toHaveLength(1);
    const sent = modifies[0]!;
    expect(sent.triggerPrice).toBe(320000n);
    // A buy stop's worst price sits above its trigger: trigger * (1 + slippage), rounded up.
    const bps = BigInt(c.config.marketOrderSlippageBps);
    expect(sent.price).toBe((320000n * (10_000n + bps) + 9_999n) / 10_000n);
    expect(sent.price).toBeGreaterThan(sent.triggerPrice);
    await waitFor(h, has('P5-S', 'OrderUpdated'), 'updated');
    expect(eventOf('P5-S', 'OrderUpdated')).toMatchObject({ triggerPrice: '3200', source: 'ws' });
  }, 60_000);

  it('problem 7: a batch with a duplicate ClientOrderId in the middle is refused before any member is registered or sent', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'P7-OLD', postOnly: true }));
    const before = await nextNonce();
    const withRepeat = [
      limit({ clientOrderId: 'P7-A', postOnly: true }),
      limit({ clientOrderId: 'P7-B', postOnly: true }),
      limit({ clientOrderId: 'P7-A', postOnly: true }),
    ];
    await expect(c.submitOrderList({ orders: withRepeat })).rejects.toThrow(/duplicate ClientOrderId P7-A/);
    const withTracked = [
      limit({ clientOrderId: 'P7-C', postOnly: true }),
      limit({ clientOrderId: 'P7-OLD', postOnly: true }),
      limit({ clientOrderId: 'P7-D', postOnly: true }),
    ];
    await expect(c.submitOrderList({ orders: withTracked })).rejects.toThrow(/duplicate ClientOrderId P7-OLD/);
    for (const id of ['P7-A', 'P7-B', 'P7-C', 'P7-D']) {
      expect(c.orderStatus(id)).toBeUndefined();
      expect(c.identity.get(id)).toBeUndefined();
      expect(typesOf(h, id)).toEqual([]);
    }
    expect(await nextNonce()).toBe(before);
    // The same ids are usable afterwards.
    const ok = await c.submitOrderList({
      orders: [
        limit({ clientOrderId: 'P7-A', postOnly: true }),
        limit({ clientOrderId: 'P7-B', price: '2499', postOnly: true }),
      ],
    });
    expect(ok.statuses).toEqual(['SUBMITTED', 'SUBMITTED']);
    await waitFor(h, (e) => has('P7-A', 'OrderAccepted')(e) && has('P7-B', 'OrderAccepted')(e), 'batch accepted');
  }, 60_000);

  it('event source: local commands are local, account WS frames are ws, and every event carries one', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'SRC-1', postOnly: true }));
    await waitFor(h, has('SRC-1', 'OrderAccepted'), 'accepted');
    await c.cancelOrder({ clientOrderId: 'SRC-1' });
    await waitFor(h, has('SRC-1', 'OrderCanceled'), 'canceled');
    await c.submitOrder(limit({ clientOrderId: 'SRC-2', timeInForce: 'FOK' }));
    expect(h.events.filter((e) => e.clientOrderId.startsWith('SRC-')).map((e) => [e.type, e.source])).toEqual([
      ['OrderSubmitted', 'local'],
      ['OrderAccepted', 'ws'],
      ['OrderPendingCancel', 'local'],
      ['OrderCanceled', 'ws'],
      ['OrderDenied', 'local'],
    ]);
  }, 60_000);
});
