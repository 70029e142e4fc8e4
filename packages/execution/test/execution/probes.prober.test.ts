/**
 * InflightProber driven directly (docs/protocol/nautilus.md#emission-rules): orders whose tx had
 * an unknown outcome are looked up over REST until the venue's truth is known, and "not applied"
 * is decided only on proof (expired with the nonce unconsumed, or the nonce consumed by another
 * tx). Real simulator over loopback, millisecond probe intervals, and a clock the test moves forward.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExecSignedTx } from '../../src/execution/contracts.js';
import type { InflightProber } from '../../src/execution/probes.js';
import type { SentTxRef } from '../../src/execution/results.js';
import { type ResignedTxs, TxPipeline } from '../../src/execution/tx-pipeline.js';
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

/** A prober on the rig; `verdicts` counts the nonce reads (one per verdict the prober tries to reach). */
const prober = (o: Parameters<typeof proberOn>[1] = {}) => proberOn(rig, o);

const ref = (tx: ExecSignedTx): SentTxRef => ({ nonce: String(tx.nonce), txHash: tx.txHash });
const signCancelOf = (t: TrackedOrder, nonce: bigint, expiredAt: number) => signCancel(rig, t, nonce, expiredAt);
const signModify = (t: TrackedOrder, nonce: bigint, expiredAt: number) =>
  rig.signer.signModifyOrder({
    marketIndex: 0,
    orderIndex: BigInt(t.machine.venueOrderId ?? 0),
    baseAmount: 100n,
    price: 240000n,
    nonce,
    expiredAt,
  }) as ExecSignedTx;
const pendingCancel = (t: TrackedOrder) => markPending(rig, t, 'cancel');
const pendingUpdate = (t: TrackedOrder) => markPending(rig, t, 'modify');
const last = (cloid: string) => lastEvent(rig, cloid);

describe('InflightProber: not applied, only on proof', { timeout: 90_000 }, () => {
  it('a submit whose tx never landed is rejected TX_NOT_APPLIED once its expiry plus the 2 s grace has passed, not before', async () => {
    const { tracked, build } = rig.order({ clientOrderId: 'PR-S1' });
    rig.dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    // The prober's own clock, frozen: the verdict depends on it only, never on how fast the machine is.
    let nowMs = rig.clock.now();
    const expiresAtMs = nowMs;
    const tx = build({ firstNonce: await rig.nextNonce(), expiredAt: expiresAtMs }); // signed, never sent
    const { p, counts } = prober({ now: () => nowMs });
    p.track({ command: 'submit', orders: [tracked], tx: ref(tx), expiresAtMs });
    await until(() => counts.verdicts >= 2, 'two undecided verdicts');
    nowMs += 2_000; // exactly at the end of the grace: the venue may still take it
    const seen = counts.verdicts;
    await until(() => counts.verdicts >= seen + 2, 'two more undecided verdicts');
    expect(tracked.machine.status).toBe('SUBMITTED');
    nowMs += 1;
    await until(() => tracked.machine.status !== 'SUBMITTED', 'settled');
    expect(tracked.machine.status).toBe('REJECTED');
    expect(last('PR-S1')).toMatchObject({
      type: 'OrderRejected',
      reason: 'TX_NOT_APPLIED: expired',
      duePostOnly: false,
      source: 'rest-probe',
    });
  });

  it('a submit whose nonce another tx consumed is rejected without waiting for expiry', async () => {
    const { tracked, build } = rig.order({ clientOrderId: 'PR-S2' });
    rig.dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    rig.sim.faults.inject({ kind: 'tx-drop', times: 1 }); // 200 and a hash, then the venue drops it
    const r = await rig.pipeline.execute({ build: (b) => [build(b)] });
    if (r.kind !== 'accepted') throw new Error(r.kind);
    // The venue kept expecting the dropped nonce: re-read it, so the next tx is signed onto it and consumes it.
    await rig.pipeline.recoverFromDrop({
      droppedNonce: BigInt((r.txs[0] as SentTxRef).nonce),
      readNextNonce: (s) => rig.nextNonce(s),
    });
    await rig.place({ clientOrderId: 'PR-OTHER', price: '2000' }); // signed onto the dropped nonce
    const { p } = prober();
    p.track({ command: 'submit', orders: [tracked], tx: r.txs[0] as SentTxRef, expiresAtMs: r.expiresAtMs });
    await until(() => tracked.machine.status !== 'SUBMITTED', 'settled');
    expect(tracked.machine.status).toBe('REJECTED');
    expect(last('PR-S2')).toMatchObject({
      type: 'OrderRejected',
      reason: 'TX_NOT_APPLIED: nonce consumed by another tx',
      source: 'rest-probe',
    });
  });

  it('a submit that did land is accepted from its REST row, and nothing is rejected', async () => {
    const { tracked, build } = rig.order({ clientOrderId: 'PR-S3' });
    rig.dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    const r = await rig.pipeline.execute({ build: (b) => [build(b)] });
    if (r.kind !== 'accepted') throw new Error(r.kind);
    const { p, counts } = prober();
    p.track({ command: 'submit', orders: [tracked], tx: r.txs[0] as SentTxRef, expiresAtMs: r.expiresAtMs });
    await until(() => tracked.machine.status === 'ACCEPTED', 'accepted');
    expect(typesOf(rig, 'PR-S3')).toEqual(['OrderSubmitted', 'OrderAccepted']);
    expect(last('PR-S3')?.source).toBe('rest-probe');
    // Settled by its row: the probe stops there, without reading the nonce for a verdict it no longer needs.
    expect(counts.verdicts).toBe(0);
  });

  it('a cancel whose nonce another tx consumed: OrderCancelRejected, back to ACCEPTED', async () => {
    const t = await rig.place({ clientOrderId: 'PR-C1' });
    pendingCancel(t);
    rig.sim.faults.inject({ kind: 'tx-drop', times: 1 });
    const r = await rig.pipeline.execute({
      build: ({ firstNonce, expiredAt }) => [signCancelOf(t, firstNonce, expiredAt)],
    });
    if (r.kind !== 'accepted') throw new Error(r.kind);
    await rig.pipeline.recoverFromDrop({
      droppedNonce: BigInt((r.txs[0] as SentTxRef).nonce),
      readNextNonce: (s) => rig.nextNonce(s),
    });
    await rig.place({ clientOrderId: 'PR-OTHER', price: '2000' }); // signed onto the dropped nonce
    const { p } = prober();
    p.track({ command: 'cancel', orders: [t], tx: r.txs[0] as SentTxRef, expiresAtMs: r.expiresAtMs });
    await until(() => t.machine.status !== 'PENDING_CANCEL', 'cancel settled');
    expect(t.machine.status).toBe('ACCEPTED');
    expect(last('PR-C1')).toMatchObject({
      type: 'OrderCancelRejected',
      reason: 'cancel not applied: nonce consumed by another tx',
      venueOrderId: t.machine.venueOrderId,
      source: 'rest-probe',
    });
  });

  it('a modify that never landed and expired: OrderModifyRejected "modify not applied: expired"', async () => {
    const t = await rig.place({ clientOrderId: 'PR-M1' });
    pendingUpdate(t);
    const expiresAtMs = rig.clock.now() + 60_000;
    const tx = signModify(t, await rig.nextNonce(), expiresAtMs);
    const { p, counts } = prober();
    p.track({ command: 'modify', orders: [t], tx: ref(tx), expiresAtMs });
    await until(() => counts.verdicts >= 2, 'two undecided verdicts');
    expect(t.machine.status).toBe('PENDING_UPDATE');
    rig.clock.skewMs += 63_000;
    await until(() => t.machine.status !== 'PENDING_UPDATE', 'modify settled');
    expect(t.machine.status).toBe('ACCEPTED');
    expect(last('PR-M1')).toMatchObject({
      type: 'OrderModifyRejected',
      reason: 'modify not applied: expired',
      venueOrderId: t.machine.venueOrderId,
      source: 'rest-probe',
    });
  });
});

describe('InflightProber: applied', { timeout: 90_000 }, () => {
  it('applied but the order is still working: the cancel was a no-op (OrderCancelRejected)', async () => {
    const t = await rig.place({ clientOrderId: 'PR-A1' });
    const other = await rig.pipeline.execute({
      build: (b) => [rig.order({ clientOrderId: 'PR-A1X', price: '2100' }).build(b)],
    });
    if (other.kind !== 'accepted') throw new Error(other.kind);
    pendingCancel(t);
    // The tx it names landed (nonce consumed, hash known) and the order is still open: applied without effect.
    const { p } = prober();
    p.track({ command: 'cancel', orders: [t], tx: other.txs[0] as SentTxRef, expiresAtMs: other.expiresAtMs });
    await until(() => t.machine.status !== 'PENDING_CANCEL', 'cancel settled');
    expect(t.machine.status).toBe('ACCEPTED');
    expect(last('PR-A1')).toMatchObject({
      type: 'OrderCancelRejected',
      reason: 'cancel applied but the order is still working',
      source: 'rest-probe',
    });
  });

  it('applied but the order is unchanged: the modify was a no-op (OrderModifyRejected)', async () => {
    const t = await rig.place({ clientOrderId: 'PR-A2' });
    const other = await rig.pipeline.execute({
      build: (b) => [rig.order({ clientOrderId: 'PR-A2X', price: '2100' }).build(b)],
    });
    if (other.kind !== 'accepted') throw new Error(other.kind);
    pendingUpdate(t);
    const { p } = prober();
    p.track({ command: 'modify', orders: [t], tx: other.txs[0] as SentTxRef, expiresAtMs: other.expiresAtMs });
    await until(() => t.machine.status !== 'PENDING_UPDATE', 'modify settled');
    expect(t.machine.status).toBe('ACCEPTED');
    expect(last('PR-A2')).toMatchObject({
      type: 'OrderModifyRejected',
      reason: 'modify applied but the order is unchanged',
      source: 'rest-probe',
    });
  });

  it('applied, but the venue shows no row for the order: no cancel or modify is called a no-op, the probes go on', async () => {
    // The orders' own submits never reached the venue; the tx each command names landed.
    const c = rig.order({ clientOrderId: 'PR-A3', price: '2200' }).tracked;
    const m = rig.order({ clientOrderId: 'PR-A4', price: '2210' }).tracked;
    for (const t of [c, m])
      rig.dispatcher.emit(t, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    pendingCancel(c);
    pendingUpdate(m);
    const other = await rig.pipeline.execute({
      build: (b) => [rig.order({ clientOrderId: 'PR-A3X', price: '2100' }).build(b)],
    });
    if (other.kind !== 'accepted') throw new Error(other.kind);
    const tx = other.txs[0] as SentTxRef;
    const cp = prober();
    const mp = prober();
    cp.p.track({ command: 'cancel', orders: [c], tx, expiresAtMs: other.expiresAtMs });
    mp.p.track({ command: 'modify', orders: [m], tx, expiresAtMs: other.expiresAtMs });
    // Two applied verdicts each, or a settle that should not have happened (then the checks below say which).
    const probedTwice = (x: typeof cp, t: TrackedOrder, pending: string) =>
      x.counts.verdicts >= 2 || t.machine.status !== pending;
    await until(
      () => probedTwice(cp, c, 'PENDING_CANCEL') && probedTwice(mp, m, 'PENDING_UPDATE'),
      'two verdicts each',
    );
    expect(typesOf(rig, 'PR-A3')).toEqual(['OrderSubmitted', 'OrderPendingCancel']);
    expect(typesOf(rig, 'PR-A4')).toEqual(['OrderSubmitted', 'OrderPendingUpdate']);
    expect([...cp.errors, ...mp.errors]).toEqual([]);
  });

  it('applied after the rows were read: the rows are read again, so the cancel is OrderCanceled, not a no-op', async () => {
    const t = await rig.place({ clientOrderId: 'PR-RR' });
    pendingCancel(t);
    const nonce = await rig.nextNonce();
    const cancel = signCancelOf(t, nonce, rig.clock.now() + 60_000);
    let sent = false;
    // The cancel reaches the venue between the row look-up (still open) and the nonce read.
    const { p } = prober({
      beforeNonce: async () => {
        if (sent) return;
        sent = true;
        await rig.http.sendTx({ txType: cancel.txType, txInfo: cancel.txInfo, txHash: cancel.txHash });
      },
    });
    p.track({ command: 'cancel', orders: [t], tx: ref(cancel), expiresAtMs: rig.clock.now() + 60_000 });
    await until(() => t.machine.status !== 'PENDING_CANCEL', 'settled');
    expect(t.machine.status).toBe('CANCELED');
    expect(typesOf(rig, 'PR-RR')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderPendingCancel', 'OrderCanceled']);
  });
});

describe('InflightProber: timeout, errors, close', { timeout: 90_000 }, () => {
  it('raises OrderInFlightTimeout once for a command still pending, naming only the orders still waiting', async () => {
    const a = await rig.place({ clientOrderId: 'PR-T1' });
    const b = await rig.place({ clientOrderId: 'PR-T2', price: '2400' });
    const settled = await rig.place({ clientOrderId: 'PR-T0', price: '2300' });
    pendingCancel(a);
    pendingCancel(b);
    pendingCancel(settled);
    const expiresAtMs = rig.clock.now() + 60_000;
    const tx = signCancelOf(a, await rig.nextNonce(), expiresAtMs); // never sent: undecidable until expiry
    const { p, timeouts } = prober({ probeMs: 60_000, inflightTimeoutMs: 1 });
    const since = rig.clock.now();
    p.track({ command: 'cancel', orders: [settled], tx: ref(tx), expiresAtMs });
    rig.dispatcher.emit(settled, { type: 'OrderCanceled', venueOrderId: settled.machine.venueOrderId }, 'ws'); // settled before its timeout fires
    p.track({ command: 'cancel', orders: [a, b], tx: ref(tx), expiresAtMs });
    rig.dispatcher.emit(b, { type: 'OrderCanceled', venueOrderId: b.machine.venueOrderId }, 'ws');
    await until(() => timeouts.length > 0, 'timeout');
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]).toMatchObject({
      type: 'OrderInFlightTimeout',
      command: 'cancel',
      clientOrderIds: ['PR-T1'],
      tx: ref(tx),
      expiresAtMs,
    });
    expect(timeouts[0]?.sinceMs).toBeGreaterThanOrEqual(since);
  });

  it('a failed look-up is reported through onError and the probe tries again', async () => {
    const { tracked, build } = rig.order({ clientOrderId: 'PR-E1' });
    rig.dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    const r = await rig.pipeline.execute({ build: (b) => [build(b)] });
    if (r.kind !== 'accepted') throw new Error(r.kind);
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/accountActiveOrders', times: 1 });
    const { p, errors } = prober();
    p.track({ command: 'submit', orders: [tracked], tx: r.txs[0] as SentTxRef, expiresAtMs: r.expiresAtMs });
    await until(() => tracked.machine.status === 'ACCEPTED', 'accepted after the retry');
    expect(errors).toHaveLength(1);
  });

  it('after the close signal nothing is probed and a failure in flight is not reported', async () => {
    const { tracked, build } = rig.order({ clientOrderId: 'PR-X1' });
    rig.dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    const tx = build({ firstNonce: await rig.nextNonce(), expiredAt: rig.clock.now() });
    const closed = prober();
    closed.ac.abort();
    closed.p.track({ command: 'submit', orders: [tracked], tx: ref(tx), expiresAtMs: rig.clock.now() - 10_000 });
    // A second prober, still open, settles the same order: the aborted one never looked (no verdict, no event twice).
    const open = prober();
    open.p.track({ command: 'submit', orders: [tracked], tx: ref(tx), expiresAtMs: rig.clock.now() - 10_000 });
    await until(() => tracked.machine.status === 'REJECTED', 'rejected by the open prober');
    expect(closed.counts.verdicts).toBe(0);
    expect(typesOf(rig, 'PR-X1').filter((x) => x === 'OrderRejected')).toHaveLength(1);
    expect(closed.errors).toEqual([]);
  });
});

describe('InflightProber: a tx the sequencer dropped after its 200', { timeout: 90_000 }, () => {
  it('onDrop hears the gap at the first probe, the run behind is re-signed and retargeted, the dropped submit is rejected as dropped', async () => {
    // Wired as the client wires them: onDrop recovers through the pipeline, onResigned retargets the probes.
    let retarget: ((r: ResignedTxs) => void) | undefined;
    const pipeline = new TxPipeline({
      sequencer: rig.sequencer,
      http: rig.http,
      now: rig.clock.now,
      txExpiryMs: 60_000,
      onResigned: (r) => retarget?.(r),
    });
    const a = rig.order({ clientOrderId: 'PR-DA' });
    const b = rig.order({ clientOrderId: 'PR-DB', price: '2001' });
    for (const o of [a, b])
      rig.dispatcher.emit(o.tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    rig.sim.faults.inject({ kind: 'tx-drop', times: 1 });
    const ra = await pipeline.execute({ build: (x) => [a.build(x)] });
    const rb = await pipeline.execute({ build: (x) => [b.build(x)] });
    if (ra.kind !== 'accepted' || rb.kind !== 'accepted') throw new Error(`${ra.kind} ${rb.kind}`);
    const dropped = BigInt((ra.txs[0] as SentTxRef).nonce);
    const drops: bigint[] = [];
    const { p, errors } = prober({
      onDrop: ({ droppedNonce }) => {
        drops.push(droppedNonce);
        void pipeline.recoverFromDrop({ droppedNonce, readNextNonce: (s) => rig.nextNonce(s) });
      },
    });
    retarget = (r) => p.retarget(r);
    const txA = ra.txs[0] as SentTxRef;
    p.track({ command: 'submit', orders: [a.tracked], tx: txA, expiresAtMs: ra.expiresAtMs, acknowledged: true });
    p.track({
      command: 'submit',
      orders: [b.tracked],
      tx: rb.txs[0] as SentTxRef,
      expiresAtMs: rb.expiresAtMs,
      acknowledged: true,
    });
    await until(
      () => a.tracked.machine.status !== 'SUBMITTED' && b.tracked.machine.status !== 'SUBMITTED',
      'both settled',
    );
    expect(drops.length).toBeGreaterThan(0);
    expect(drops.every((d) => d === dropped)).toBe(true);
    expect(b.tracked.machine.status).toBe('ACCEPTED');
    expect(a.tracked.machine.status).toBe('REJECTED');
    expect(last('PR-DA')).toMatchObject({
      type: 'OrderRejected',
      reason: 'TX_NOT_APPLIED: dropped by the sequencer without consuming its nonce; the nonce went to a re-signed tx',
      source: 'rest-probe',
    });
    expect(errors).toEqual([]);
  });

  it('a tx tracked without acknowledged is never taken for a drop; a prober without onDrop probes a drop without error', async () => {
    const a = rig.order({ clientOrderId: 'PR-NA' });
    rig.dispatcher.emit(a.tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    rig.sim.faults.inject({ kind: 'tx-drop', times: 1 });
    const ra = await rig.pipeline.execute({ build: (x) => [a.build(x)] });
    if (ra.kind !== 'accepted') throw new Error(ra.kind);
    const drops: bigint[] = [];
    const { p, counts } = prober({ onDrop: ({ droppedNonce }) => drops.push(droppedNonce) });
    p.track({ command: 'submit', orders: [a.tracked], tx: ra.txs[0] as SentTxRef, expiresAtMs: ra.expiresAtMs });
    const deaf = prober();
    deaf.p.track({
      command: 'submit',
      orders: [a.tracked],
      tx: ra.txs[0] as SentTxRef,
      expiresAtMs: ra.expiresAtMs,
      acknowledged: true,
    });
    await until(() => counts.verdicts >= 3 && deaf.counts.verdicts >= 3, 'three verdicts each');
    expect(drops).toEqual([]);
    expect(deaf.errors).toEqual([]);
    expect(a.tracked.machine.status).toBe('SUBMITTED');
  });
});

/** A submit tx that never reaches the venue: its nonce stays ahead of the venue's, so no verdict until expiry. */
async function unsentSubmit(cloid: string) {
  const o = rig.order({ clientOrderId: cloid });
  rig.dispatcher.emit(o.tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
  const tx: SentTxRef = { nonce: String((await rig.nextNonce()) + 1_000n), txHash: `0x${cloid}` };
  return { tracked: o.tracked, tx, expiresAtMs: rig.clock.now() + 600_000 };
}

describe('InflightProber: probe bookkeeping', { timeout: 90_000 }, () => {
  it('a submit whose tx landed but whose row is not visible is probed again and again, with a capped back-off', async () => {
    const { tracked } = rig.order({ clientOrderId: 'PR-L1' });
    rig.dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    // The tx it names landed (applied), yet the venue has no row for this order: "probe again", never forget it.
    const other = await rig.pipeline.execute({
      build: (b) => [rig.order({ clientOrderId: 'PR-L1X', price: '2100' }).build(b)],
    });
    if (other.kind !== 'accepted') throw new Error(other.kind);
    const { p, counts, errors } = prober();
    p.track({ command: 'submit', orders: [tracked], tx: other.txs[0] as SentTxRef, expiresAtMs: other.expiresAtMs });
    // 16 verdicts: about 1 s with delays capped at 16 x 5 ms; an uncapped doubling would need 5 ms x 2^16.
    await until(() => counts.verdicts >= 16, 'sixteen verdicts');
    expect(tracked.machine.status).toBe('SUBMITTED');
    expect(typesOf(rig, 'PR-L1')).toEqual(['OrderSubmitted']);
    expect(errors).toEqual([]);
  });

  it('retarget moves the probes of a re-signed tx to its new hash, expiry and start; other txs keep theirs', async () => {
    const a = await unsentSubmit('PR-R1');
    const b = await unsentSubmit('PR-R2');
    const c = await unsentSubmit('PR-R3');
    let nowMs = rig.clock.now();
    const tracked = nowMs;
    // Probes far away, timeouts at once: the timeout events show each entry's tx, expiry and start.
    const { p, timeouts } = prober({ probeMs: 600_000, inflightTimeoutMs: 1, now: () => nowMs });
    for (const x of [a, b, c])
      p.track({ command: 'submit', orders: [x.tracked], tx: x.tx, expiresAtMs: x.expiresAtMs });
    nowMs += 7;
    const resigned: SentTxRef = { nonce: '77', txHash: '0xresigned' };
    // Only one tx came back re-signed: the second `before` has no successor and keeps its own tx.
    p.retarget({ before: [a.tx, b.tx], after: [resigned], expiresAtMs: 123_456 });
    await until(() => timeouts.length === 3, 'three timeouts');
    const seen = [...timeouts]
      .sort((x, y) => (x.clientOrderIds[0] ?? '').localeCompare(y.clientOrderIds[0] ?? ''))
      .map((t) => ({ id: t.clientOrderIds[0], tx: t.tx, expiresAtMs: t.expiresAtMs, sinceMs: t.sinceMs }));
    expect(seen).toEqual([
      { id: 'PR-R1', tx: resigned, expiresAtMs: 123_456, sinceMs: tracked + 7 },
      { id: 'PR-R2', tx: b.tx, expiresAtMs: b.expiresAtMs, sinceMs: tracked },
      { id: 'PR-R3', tx: c.tx, expiresAtMs: c.expiresAtMs, sinceMs: tracked },
    ]);
  });

  it('close() disarms every timer of its prober, and a prober whose signal is aborted arms none', async () => {
    const x = await unsentSubmit('PR-Z1');
    const track = (p: InflightProber) =>
      p.track({ command: 'submit', orders: [x.tracked], tx: x.tx, expiresAtMs: x.expiresAtMs });
    const closed = prober({ inflightTimeoutMs: 1 });
    track(closed.p);
    closed.p.close(); // its signal stays live: only close() stands between its timers and a probe
    closed.p.close(); // idempotent
    const aborted = prober({ inflightTimeoutMs: 1 });
    aborted.ac.abort();
    track(aborted.p);
    // The witness, armed last with the same timers, shows that the others' would have fired by now.
    const witness = prober({ inflightTimeoutMs: 1 });
    track(witness.p);
    await until(() => witness.timeouts.length === 1 && witness.counts.verdicts >= 3, 'the witness probed');
    expect(closed.timeouts).toEqual([]);
    expect(closed.counts.verdicts).toBe(0);
    expect(aborted.timeouts).toEqual([]);
    expect(aborted.counts.verdicts).toBe(0);
  });

  it('a probe that fails because the client is closing is not reported', async () => {
    const x = await unsentSubmit('PR-Z2');
    let ac: AbortController | undefined;
    const closing = prober({
      beforeNonce: async () => {
        ac?.abort();
        throw new Error('read failed: the client closed');
      },
    });
    ac = closing.ac;
    closing.p.track({ command: 'submit', orders: [x.tracked], tx: x.tx, expiresAtMs: x.expiresAtMs });
    await until(() => closing.counts.verdicts >= 1, 'a verdict attempted');
    // The rejection is handled in the same microtask run that counted the attempt, before this poll resumed.
    expect(closing.errors).toEqual([]);
    expect(x.tracked.machine.status).toBe('SUBMITTED');
  });

  // The in-flight timeout is a timer armed with the probes: which probes had started when it fired is
  // fixed by the timers' order alone, however slow the machine (a probe starts its look-up synchronously).
  it('the first probe of an acknowledged tx waits 4 probe intervals; an unacknowledged one probes after one', async () => {
    const x = await unsentSubmit('PR-F1');
    const track = (p: InflightProber, acknowledged: boolean) =>
      p.track({ command: 'submit', orders: [x.tracked], tx: x.tx, expiresAtMs: x.expiresAtMs, acknowledged });
    // Timeout at 2 intervals: after the first probe of an unacknowledged tx, before that of an acknowledged one.
    const acked = prober({ probeMs: 100, inflightTimeoutMs: 200 });
    const plain = prober({ probeMs: 100, inflightTimeoutMs: 200 });
    track(acked.p, true);
    track(plain.p, false);
    await until(() => acked.timeouts.length === 1 && plain.timeouts.length === 1, 'both timeouts');
    expect(acked.counts.atTimeout).toEqual([0]);
    expect(plain.counts.atTimeout[0]).toBeGreaterThanOrEqual(1);
  });

  it('probe delays double from one interval: at most 3 probes have started after 7.5 intervals', async () => {
    const x = await unsentSubmit('PR-F2');
    // Probes start at 1, 2, 4 and 8 intervals at the earliest (each waits the previous delay, then doubles it).
    const { p, counts } = prober({ probeMs: 100, inflightTimeoutMs: 750 });
    p.track({ command: 'submit', orders: [x.tracked], tx: x.tx, expiresAtMs: x.expiresAtMs });
    await until(() => counts.atTimeout.length === 1, 'timeout');
    expect(counts.atTimeout[0]).toBeGreaterThanOrEqual(1);
    expect(counts.atTimeout[0]).toBeLessThanOrEqual(3);
  });

  it('past its expiry, or exactly at the end of the grace, a tx still undecided keeps the doubling delays (no 1 ms spin)', async () => {
    // A: its tx landed but the order has no row (applied, probe again), and the clock is long past the expiry.
    const { tracked } = rig.order({ clientOrderId: 'PR-F3' });
    rig.dispatcher.emit(tracked, { type: 'OrderSubmitted', accountId: rig.dispatcher.accountId }, 'local');
    const other = await rig.pipeline.execute({
      build: (b) => [rig.order({ clientOrderId: 'PR-F3X', price: '2100' }).build(b)],
    });
    if (other.kind !== 'accepted') throw new Error(other.kind);
    const late = prober({ probeMs: 100, inflightTimeoutMs: 750, now: () => other.expiresAtMs + 3_600_000 });
    late.p.track({
      command: 'submit',
      orders: [tracked],
      tx: other.txs[0] as SentTxRef,
      expiresAtMs: other.expiresAtMs,
    });
    // B: never sent, the clock frozen exactly where the expiry would become proof (not yet expired).
    const x = await unsentSubmit('PR-F4');
    const edge = prober({ probeMs: 100, inflightTimeoutMs: 750, now: () => x.expiresAtMs + 2_000 });
    edge.p.track({ command: 'submit', orders: [x.tracked], tx: x.tx, expiresAtMs: x.expiresAtMs });
    await until(() => late.counts.atTimeout.length === 1 && edge.counts.atTimeout.length === 1, 'both timeouts');
    // At most 3 probes by 7.5 intervals (A reads the rows twice per probe: once more after an applied verdict).
    expect(late.counts.atTimeout[0]).toBeLessThanOrEqual(6);
    expect(edge.counts.atTimeout[0]).toBeLessThanOrEqual(3);
    expect(tracked.machine.status).toBe('SUBMITTED');
    expect(x.tracked.machine.status).toBe('SUBMITTED');
  });
});
