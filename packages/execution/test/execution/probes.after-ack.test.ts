/**
 * InflightProber after an acknowledged cancel / modify, and after a resubscribe
 * (docs/protocol/nautilus.md#emission-rules "probe after 2 s"): a command the API server took (HTTP 200)
 * whose order is still pending a while later is looked up once; the venue row is fed through the
 * dispatcher, and only a row still working means the command was a no-op. Real simulator over loopback,
 * millisecond probe intervals (test/helpers/core-rig.ts); each test waits for conditions, never a duration.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findOrderRow } from '../../src/execution/reconciliation.js';
import type { SentTxRef } from '../../src/execution/results.js';
import type { TrackedOrder } from '../../src/orders/dispatcher.js';
import {
  type CoreRig,
  lastEvent,
  markPending,
  proberOn,
  signCancel,
  startCoreRig,
  typesOf,
  until,
} from '../helpers/core-rig.js';

let rig: CoreRig;
beforeEach(async () => {
  rig = await startCoreRig();
});
afterEach(async () => {
  await rig.close();
});

const pendingCancel = (t: TrackedOrder) => markPending(rig, t, 'cancel');
const pendingUpdate = (t: TrackedOrder) => markPending(rig, t, 'modify');
const last = (cloid: string) => lastEvent(rig, cloid);
/** Sends a CancelOrder through the pipeline: the venue cancels the order, the dispatcher is not told. */
const cancelAtVenue = async (t: TrackedOrder) => {
  const r = await rig.pipeline.execute({
    build: ({ firstNonce, expiredAt }) => [signCancel(rig, t, firstNonce, expiredAt)],
  });
  if (r.kind !== 'accepted') throw new Error(`cancel ${t.order.clientOrderId}: ${r.kind}`);
};
/** An order registered and SUBMITTED whose tx never reached the venue: the venue has no row for it. */
const ghost = (cloid: string) => {
  const { tracked } = rig.order({ clientOrderId: cloid, price: '2200' });
  rig.dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
  return tracked;
};

describe('InflightProber: after an acknowledged cancel / modify', { timeout: 90_000 }, () => {
  it('an acknowledged cancel still working a while later is OrderCancelRejected with the venue order id', async () => {
    const t = await rig.place({ clientOrderId: 'PR-K1' });
    pendingCancel(t);
    const { p } = proberOn(rig);
    p.probeAfterAck([t], 'cancel');
    await until(() => t.machine.status === 'ACCEPTED', 'settled');
    expect(last('PR-K1')).toMatchObject({
      type: 'OrderCancelRejected',
      reason: 'cancel acknowledged but the order is still working',
      venueOrderId: t.machine.venueOrderId,
      source: 'rest-probe',
    });
  });

  it('a trigger order still waiting for its trigger (venue status pending) counts as working for both probes', async () => {
    const t = await rig.place({
      clientOrderId: 'PR-P1',
      type: 'STOP_LIMIT',
      price: '3060',
      triggerPrice: '3050',
      postOnly: false,
    });
    expect((await rig.reconCtx().http.accountActiveOrders({ accountIndex: rig.acct.accountIndex })).orders).toEqual([
      expect.objectContaining({ status: 'pending' }),
    ]);
    pendingCancel(t);
    const { p } = proberOn(rig);
    p.probeAfterAck([t], 'cancel');
    await until(() => t.machine.status === 'ACCEPTED', 'settled after the acknowledged cancel');
    expect(last('PR-P1')).toMatchObject({ reason: 'cancel acknowledged but the order is still working' });
    // The tx it names landed, and the pending row is still working: the cancel was a no-op.
    const other = await rig.pipeline.execute({
      build: (b) => [rig.order({ clientOrderId: 'PR-P1X', price: '2100' }).build(b)],
    });
    if (other.kind !== 'accepted') throw new Error(other.kind);
    pendingCancel(t);
    p.track({ command: 'cancel', orders: [t], tx: other.txs[0] as SentTxRef, expiresAtMs: other.expiresAtMs });
    await until(() => t.machine.status === 'ACCEPTED', 'settled after the unknown cancel');
    expect(last('PR-P1')).toMatchObject({ reason: 'cancel applied but the order is still working' });
  });

  it('a failed look-up after an acknowledged cancel is reported through onError, and the order stays pending', async () => {
    const t = await rig.place({ clientOrderId: 'PR-KE' });
    pendingCancel(t);
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/accountActiveOrders', times: 1 });
    const { p, errors } = proberOn(rig);
    p.probeAfterAck([t], 'cancel');
    await until(() => errors.length > 0, 'error reported');
    expect(errors).toHaveLength(1);
    expect(t.machine.status).toBe('PENDING_CANCEL');
  });

  it('once the client is closing, a failed look-up is not reported and the orders after it are not looked up', async () => {
    const a = await rig.place({ clientOrderId: 'PR-KC1' });
    const b = await rig.place({ clientOrderId: 'PR-KC2', price: '2400' });
    pendingCancel(a);
    pendingCancel(b);
    let ac: AbortController | undefined;
    // The first look-up finds the client closed: the read fails synchronously, inside the probe's try.
    const closing = proberOn(rig, {
      beforeLookUp: () => {
        ac?.abort();
        throw new Error('read failed: the client closed');
      },
    });
    ac = closing.ac;
    closing.p.probeAfterAck([a, b], 'cancel');
    // The whole loop ran in the timer's synchronous turn that counted the look-up.
    await until(() => closing.counts.lookups >= 1, 'a look-up attempted');
    expect(closing.counts.lookups).toBe(1);
    expect(closing.errors).toEqual([]);
    expect([a.machine.status, b.machine.status]).toEqual(['PENDING_CANCEL', 'PENDING_CANCEL']);
  });

  it('an acknowledged modify still unchanged is OrderModifyRejected', async () => {
    const t = await rig.place({ clientOrderId: 'PR-K2' });
    pendingUpdate(t);
    const { p } = proberOn(rig);
    p.probeAfterAck([t], 'modify');
    await until(() => t.machine.status === 'ACCEPTED', 'settled');
    expect(last('PR-K2')).toMatchObject({
      type: 'OrderModifyRejected',
      reason: 'modify acknowledged but the order is unchanged',
      venueOrderId: t.machine.venueOrderId,
      source: 'rest-probe',
    });
  });

  it('an acknowledged cancel that did happen is OrderCanceled from the row; orders no longer pending are not looked up', async () => {
    const t = await rig.place({ clientOrderId: 'PR-K3' });
    const skipped = await rig.place({ clientOrderId: 'PR-K4', price: '2400' });
    pendingCancel(t);
    await cancelAtVenue(t);
    const { p, counts } = proberOn(rig);
    p.probeAfterAck([skipped, t], 'cancel');
    await until(() => t.machine.status === 'CANCELED', 'canceled');
    expect(last('PR-K3')).toMatchObject({ type: 'OrderCanceled', source: 'rest-probe' });
    expect(typesOf(rig, 'PR-K4')).toEqual(['OrderSubmitted', 'OrderAccepted']);
    expect(counts.lookups).toBe(1);
  });

  it('an order the venue shows no row for stays pending, with no event and no error (not found is ambiguous)', async () => {
    const absent = ghost('PR-K5');
    const witness = await rig.place({ clientOrderId: 'PR-K6', price: '2400' });
    pendingCancel(absent);
    pendingCancel(witness);
    const { p, errors } = proberOn(rig);
    p.probeAfterAck([absent, witness], 'cancel');
    // The witness, looked up after the absent order, settles once the absent order's turn is over.
    await until(() => witness.machine.status === 'ACCEPTED', 'the witness settled');
    expect(typesOf(rig, 'PR-K5')).toEqual(['OrderSubmitted', 'OrderPendingCancel']);
    expect(errors).toEqual([]);
    expect(rig.errors).toEqual([]);
  });

  it('a row that says filled is not "still working": no OrderCancelRejected, the fill is left to the trades', async () => {
    const t = await rig.place({ clientOrderId: 'PR-K7' });
    const witness = await rig.place({ clientOrderId: 'PR-K8', price: '2400' });
    // Another account sells into the order: it fills while the cancel is on its way.
    const taker = await rig.sim.createAccount({ collateral: '100000' });
    rig.sim.placeOrder({
      accountIndex: taker.accountIndex,
      marketIndex: 0,
      isAsk: true,
      price: '2500.00',
      size: '0.0100',
      timeInForce: 'ioc',
    });
    const row = await findOrderRow(rig.reconCtx(), { instrumentId: t.order.instrumentId, clientOrderId: 'PR-K7' });
    expect(row?.status).toBe('filled');
    pendingCancel(t);
    pendingCancel(witness);
    const { p } = proberOn(rig);
    p.probeAfterAck([t, witness], 'cancel');
    await until(() => witness.machine.status === 'ACCEPTED', 'the witness settled');
    expect(t.machine.status).toBe('PENDING_CANCEL');
    expect(typesOf(rig, 'PR-K7')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderPendingCancel']);
  });
});

describe('InflightProber: after a resubscribe', { timeout: 90_000 }, () => {
  it('pending cancels and modifies are probed, and every order is reconciled', async () => {
    const c = await rig.place({ clientOrderId: 'PR-G1' });
    const m = await rig.place({ clientOrderId: 'PR-G2', price: '2400' });
    const gone = await rig.place({ clientOrderId: 'PR-G3', price: '2300' });
    pendingCancel(c);
    pendingUpdate(m);
    // Canceled at the venue while the stream was down: only the REST reconcile can tell.
    await cancelAtVenue(gone);
    const { p } = proberOn(rig);
    p.afterResubscribe();
    await until(
      () => c.machine.status === 'ACCEPTED' && m.machine.status === 'ACCEPTED' && gone.machine.status === 'CANCELED',
      'all settled',
    );
    expect(last('PR-G1')?.type).toBe('OrderCancelRejected');
    expect(last('PR-G2')?.type).toBe('OrderModifyRejected');
  });

  it('orders that become pending only after the resubscribe are left to the probes of their own commands', async () => {
    const laterCancel = await rig.place({ clientOrderId: 'PR-N1', price: '2000' });
    const laterModify = await rig.place({ clientOrderId: 'PR-N2', price: '2010' });
    const c = await rig.place({ clientOrderId: 'PR-N3', price: '2020' });
    const m = await rig.place({ clientOrderId: 'PR-N4', price: '2030' });
    pendingCancel(c);
    pendingUpdate(m);
    const { p } = proberOn(rig);
    p.afterResubscribe();
    // Commands sent right after the resubscribe, before its probes run: their probes are not this one's.
    pendingCancel(laterCancel);
    pendingUpdate(laterModify);
    // c and m come after the two in every list the probes walk, so both have had their turn by then.
    await until(() => c.machine.status === 'ACCEPTED' && m.machine.status === 'ACCEPTED', 'c and m settled');
    expect(laterCancel.machine.status).toBe('PENDING_CANCEL');
    expect(laterModify.machine.status).toBe('PENDING_UPDATE');
  });

  it('a failed reconcile is reported through onError, and the other instruments are still reconciled', async () => {
    const eth = await rig.place({ clientOrderId: 'PR-I1' });
    const btc = await rig.place({
      clientOrderId: 'PR-I2',
      instrumentId: 'BTC-PERP.LIGHTER',
      price: '80000',
      quantity: '0.001',
    });
    await cancelAtVenue(btc);
    // The ETH orders are reconciled first (registered first): their active-orders read fails.
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/accountActiveOrders', times: 1 });
    const { p, errors } = proberOn(rig);
    p.afterResubscribe();
    await until(() => btc.machine.status === 'CANCELED', 'the BTC order reconciled');
    expect(errors).toHaveLength(1);
    expect(eth.machine.status).toBe('ACCEPTED');
  });
});
