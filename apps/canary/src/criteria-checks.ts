/**
 * The checks behind the compliance criteria: each turns a {@link RecordedRun} into a verdict (passed, a reason a
 * human can act on, the evidence with its sources) for one kind of expectation: a step gate, a WS event, the REST
 * confirmation, the Nautilus transition sequence, rate limits, nothing left open. `criteria.ts` picks which check
 * judges which criterion.
 */
import type { OrderEvent } from '@lighter-ts/execution';
import { OrderStateMachine } from '@lighter-ts/execution/internal';
import { ORDER_EXPIRY, compareDecimals } from '@lighter-ts/models';
import type { RecordedRun } from './recorded-run.js';
import type { Evidence, OrderEventRecord } from './report/schema.js';

/** Outcome of one check: pass/fail, reason, evidence. */
export interface Verdict {
  readonly passed: boolean;
  readonly reason: string;
  readonly evidence: Evidence[];
}

// TC-E10/TC-E40: the post-only order's Nautilus sequence once it was canceled.
const CANCELED_SEQUENCE = ['OrderSubmitted', 'OrderAccepted', 'OrderPendingCancel', 'OrderCanceled'] as const;
// A fill order's quantity is not part of the record; a large one keeps every fill partial, so a
// later cancel of the IOC remainder stays legal while illegal orderings still throw.
const UNBOUNDED_QTY = '1000000000000000000000';

/** Fails the criterion when its step did not pass (not reached, failed or skipped). */
export function stepGate(stepId: string, run: RecordedRun): Verdict | undefined {
  const s = run.steps.find((x) => x.id === stepId);
  if (!s) {
    const firstFailure = run.steps.find((x) => x.status === 'failed');
    const why = run.interruptedBy
      ? `not reached: interrupted by ${run.interruptedBy}`
      : firstFailure
        ? `not reached: step "${firstFailure.id}" failed`
        : 'not reached';
    return fail(why, []);
  }
  if (s.status !== 'passed') return fail(s.error ?? s.detail ?? `step ${s.status}`, []);
  return undefined;
}

/** A WS-evidenced criterion: the order event `p.type` (state `p.state`) arrived over WS, or why not. */
export function wsCriterion(
  run: RecordedRun,
  p: { type: string; state: string; what: string; venueOrderId: string | null; via: RecordedRun['acceptedVia'] },
): Verdict {
  const cid = run.order?.requestedClientOrderId;
  const ws = wsEvidence(run, cid, p.type, p.state, p.venueOrderId);
  const drop = run.wsDrops > 0 ? `WS dropped during the run (${run.wsDrops} drop(s) recorded); ` : '';
  if (ws.length === 0) {
    const rest = p.via === 'rest-after-ws-drop' ? `${p.what} established via REST only; ` : '';
    return fail(
      `${drop}${rest}no WS evidence of ${p.type}${p.venueOrderId ? ` for venue id ${p.venueOrderId}` : ''} (${describeOthers(run, cid, p.type)})`,
      [],
    );
  }
  const via =
    p.via === 'rest-after-ws-drop'
      ? `the step settled on REST while the stream recovered; ${p.what} seen on the stream after reconnect. `
      : '';
  return { passed: true, reason: `${drop}${via}${ws.length} WS observation(s)`, evidence: ws };
}

/** WS-sourced evidence: Nautilus events with source ws, or raw account-stream frames. */
export function wsEvidence(
  run: RecordedRun,
  cid: string | null | undefined,
  type: string,
  state: string,
  venueOrderId: string | null,
): Evidence[] {
  if (!cid) return [];
  const fromEvents = eventsOf(run, cid, type).filter(
    (e) => e.source === 'ws' && (venueOrderId === null || e.venueOrderId === venueOrderId),
  );
  const fromFrames = run.events.filter(
    (e) =>
      e.source === 'ws' &&
      e.kind === `ws-frame-${state}` &&
      e.clientOrderId === cid &&
      (venueOrderId === null || e.venueOrderId === venueOrderId),
  );
  return [
    ...fromEvents.map(evidenceOf),
    ...fromFrames.map((e) => ({
      source: e.source,
      detail: `account_all_orders frame: ${e.status ?? state}${e.venueOrderId ? `, venue id ${e.venueOrderId}` : ''} @ ${e.tMs} ms`,
    })),
  ];
}

/** Where the events of `type` for the order came from, when none came over WS (for the failure reason). */
export function describeOthers(run: RecordedRun, cid: string | null | undefined, type: string): string {
  const others = eventsOf(run, cid, type);
  return others.length === 0
    ? `no ${type} recorded`
    : `${type} only from ${[...new Set(others.map((e) => e.source))].join(', ')}`;
}

/** The REST confirmation of the canary order matches what was sent (price, size, side, time in force). */
export function restAccepted(run: RecordedRun): Verdict {
  const o = run.order;
  const r = o?.acceptedRest;
  if (!o || !r) return fail('no REST confirm snapshot recorded', []);
  const ev: Evidence[] = [
    {
      source: 'rest',
      detail: `REST ${r.status}: ${r.side ?? '?'} ${r.quantity ?? '?'} @ ${r.price ?? '?'} ${r.timeInForce ?? '?'}${r.postOnly ? ' post-only' : ''}, venue id ${r.venueOrderId ?? '?'}`,
    },
  ];
  const problems: string[] = [];
  if (r.status !== 'open') problems.push(`status ${r.status}, expected open`);
  if (r.venueOrderId === null || r.venueOrderId !== o.venueOrderId)
    problems.push(`venue id ${r.venueOrderId ?? 'none'}, expected ${o.venueOrderId ?? 'the accepted one'}`);
  if (r.side !== o.side) problems.push(`side ${r.side ?? 'none'}, expected ${o.side}`);
  if (r.price === null || compareDecimals(r.price, o.price) !== 0)
    problems.push(`price ${r.price ?? 'none'}, expected ${o.price}`);
  if (r.quantity === null || compareDecimals(r.quantity, o.size) !== 0)
    problems.push(`quantity ${r.quantity ?? 'none'}, expected ${o.size}`);
  const tif = tifMatches(run, r);
  if (!tif.ok)
    problems.push(
      `time in force ${r.timeInForce ?? 'none'}${r.expireTimeMs === null ? '' : ` (expires ${new Date(r.expireTimeMs).toISOString()})`}, expected ${o.timeInForce}`,
    );
  if (r.postOnly !== o.postOnly) problems.push(`post-only ${String(r.postOnly)}, expected ${String(o.postOnly)}`);
  if (problems.length > 0) return fail(`REST order differs from what was submitted: ${problems.join('; ')}`, ev);
  return {
    passed: true,
    reason: `open, venue id ${r.venueOrderId}, ${r.side} ${r.quantity} @ ${r.price} ${o.timeInForce}${tif.note} post-only`,
    evidence: ev,
  };
}

// Lighter has no expiry-less resting order: GTC goes out as good-till-time with the default
// 28-day expiry (docs/protocol/transactions.md#orders), and the status report reads it back as GTD.
// GTD with exactly that expiry (from the submit time, within the tolerance) is the venue's GTC.
const GTC_EXPIRY_TOLERANCE_MS = 10 * 60_000;
function tifMatches(
  run: RecordedRun,
  r: NonNullable<NonNullable<RecordedRun['order']>['acceptedRest']>,
): { ok: boolean; note: string } {
  const wanted = run.order?.timeInForce;
  if (r.timeInForce === wanted) return { ok: true, note: '' };
  if (wanted !== 'GTC' || r.timeInForce !== 'GTD' || r.expireTimeMs === null) return { ok: false, note: '' };
  const submit = run.steps.find((s) => s.id === 'submit');
  const sentAt = submit?.startedAt ? Date.parse(submit.startedAt) : Number.NaN;
  const expected = sentAt + ORDER_EXPIRY.DEFAULT_PERIOD_MS;
  return Math.abs(r.expireTimeMs - expected) <= GTC_EXPIRY_TOLERANCE_MS
    ? { ok: true, note: ' (venue GTD with the default GTC expiry)' }
    : { ok: false, note: '' };
}

/** Every order's recorded Nautilus events replay through the order state machine without an illegal step. */
export function transitions(run: RecordedRun): Verdict {
  const cid = run.order?.requestedClientOrderId;
  const mine = eventsOf(run, cid, undefined);
  if (!cid || mine.length === 0) return fail('no order events recorded for the canary order', []);
  const ids = [...new Set(run.orderEvents.map((e) => e.clientOrderId))];
  for (const id of ids) {
    const events = run.orderEvents.filter((e) => e.clientOrderId === id);
    const machine = new OrderStateMachine({
      clientOrderId: id,
      quantity: id === cid ? (run.order?.size ?? UNBOUNDED_QTY) : UNBOUNDED_QTY,
    });
    for (const e of events) {
      const before = machine.status;
      try {
        machine.apply(asEvent(e));
      } catch {
        return fail(
          `order ${id}: ${e.type} (source ${e.source}) is illegal in status ${before}; sequence ${events.map((x) => x.type).join(' -> ')}`,
          events.map(evidenceOf),
        );
      }
    }
  }
  const sequence = mine.map((e) => e.type);
  const canceledStep = run.steps.find((s) => s.id === 'canceled-ws');
  if (canceledStep?.status === 'passed' && !isSubsequence(CANCELED_SEQUENCE, sequence)) {
    return fail(`sequence ${sequence.join(' -> ')} lacks ${CANCELED_SEQUENCE.join(' -> ')}`, mine.map(evidenceOf));
  }
  return { passed: true, reason: sequence.join(' -> '), evidence: mine.map(evidenceOf) };
}

/** Rate-limit hits were retried, and no step failed on a rate limit. */
export function rateLimits(run: RecordedRun): Verdict {
  const hits = run.rateLimit.length;
  const retries = run.rateLimit.filter((e) => e.retried).length;
  const failedOnRate = run.steps.find((s) => s.status === 'failed' && /rate.?limit|429|23000/i.test(s.error ?? ''));
  const ev: Evidence[] = run.rateLimit.map((e) => ({
    source: 'rest',
    detail: `${e.operation} attempt ${e.attempt}: ${e.reason}${e.retried ? `; retried after ${e.delayMs} ms` : '; not retried'}`,
  }));
  const counts = `${hits} rate-limit hit(s), ${retries} retried`;
  if (failedOnRate) return fail(`${counts}; step "${failedOnRate.id}" failed on a rate limit`, ev);
  if (retries < hits) return fail(`${counts}; ${hits - retries} hit(s) were never retried`, ev);
  return { passed: true, reason: hits === 0 ? 'no rate-limit answers' : `${counts} with backoff`, evidence: ev };
}

/** No canary order is left open after cleanup. */
export function nothingLeftOpen(run: RecordedRun): Verdict {
  const { cleanup, order } = run;
  const nothingPlaced = order === null || (order.nonce === null && !run.steps.some((s) => s.id === 'submit'));
  if (nothingPlaced) return { passed: true, reason: 'no order was submitted', evidence: [] };
  const leftOpen = cleanup.openOrdersAfter ?? run.reconcileOpen;
  const reason = `${leftOpen ?? 'unknown'} canary order(s) open after cleanup${cleanup.canceled.length ? `; cleanup canceled ${cleanup.canceled.join(', ')}` : ''}${cleanup.errors.length ? `; errors: ${cleanup.errors.join('; ')}` : ''}`;
  const ev: Evidence[] = [{ source: 'rest', detail: `open orders after cleanup: ${leftOpen ?? 'unknown'}` }];
  return { passed: leftOpen === 0 && cleanup.errors.length === 0, reason, evidence: ev };
}

/** The recorded order events of client order `cid`, of `type` (any type when undefined). */
export function eventsOf(
  run: RecordedRun,
  cid: string | null | undefined,
  type: string | undefined,
): OrderEventRecord[] {
  return run.orderEvents.filter((e) => e.clientOrderId === cid && (type === undefined || e.type === type));
}

/** One recorded order event as report evidence, with its source. */
export function evidenceOf(e: OrderEventRecord): Evidence {
  return {
    source: e.source,
    detail: `${e.type}${e.venueOrderId ? ` venue id ${e.venueOrderId}` : ''} @ ${e.tMs} ms${e.detail ? ` (${e.detail})` : ''}`,
  };
}

// The state machine only reads `type`, `venueOrderId`, and for fills `lastQty`.
function asEvent(e: OrderEventRecord): OrderEvent {
  return {
    type: e.type,
    clientOrderId: e.clientOrderId,
    instrumentId: '',
    tsEvent: 0,
    venueOrderId: e.venueOrderId ?? undefined,
    lastQty: e.lastQty ?? '0',
  } as unknown as OrderEvent;
}

function isSubsequence(needle: readonly string[], hay: readonly string[]): boolean {
  let i = 0;
  for (const h of hay) if (h === needle[i]) i++;
  return i === needle.length;
}

/** A failed verdict with its reason and evidence. */
export function fail(reason: string, evidence: Evidence[]): Verdict {
  return { passed: false, reason, evidence };
}
