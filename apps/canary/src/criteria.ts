/**
 * Compliance criteria: each is pass/fail with a reason a human can act on.
 * Derived from the recorded steps and lifecycle state after the run and cleanup.
 */
import type { CanaryOptions } from './args.js';
import type { LifecycleState } from './lifecycle.js';
import type { Recorder } from './recorder.js';
import type { CleanupRecord, Criterion, StepRecord } from './report/schema.js';

/** Definition of one step-backed criterion. */
interface StepCriterion {
  readonly id: string;
  readonly step: string;
  readonly description: string;
  readonly fillOnly?: boolean;
}

const STEP_CRITERIA: readonly StepCriterion[] = [
  { id: 'venue-connected', step: 'connect', description: 'Connected to the venue (REST + WS)' },
  { id: 'instruments-loaded', step: 'load-instruments', description: 'Instruments loaded from the venue' },
  { id: 'market-selected', step: 'pick-market', description: 'Requested market exists and is active' },
  { id: 'streams-subscribed', step: 'subscribe', description: 'Order book and account streams subscribed' },
  { id: 'price-post-only-safe', step: 'compute-price', description: 'Post-only price away from the touch, on tick/lot, above minimum notional' },
  { id: 'submit-acknowledged', step: 'submit', description: 'Order transaction acknowledged by the venue' },
  { id: 'accepted-on-ws', step: 'accepted-ws', description: 'Order accepted (open) observed on the account stream' },
  { id: 'accepted-confirmed-rest', step: 'accepted-rest', description: 'Accepted state confirmed by REST with the same venue order id' },
  { id: 'cancel-acknowledged', step: 'cancel', description: 'Cancel transaction acknowledged by the venue' },
  { id: 'canceled-on-ws', step: 'canceled-ws', description: 'Order canceled observed on the account stream' },
  { id: 'canceled-confirmed-rest', step: 'canceled-rest', description: 'Canceled state confirmed by REST' },
  { id: 'reconciled', step: 'reconcile', description: 'Reconciliation finds no canary order open' },
  { id: 'fill-exercised', step: 'fill-ws', description: 'A small taker order filled (seen on the WS)', fillOnly: true },
  { id: 'position-flat', step: 'flat-rest', description: 'Position flattened and confirmed flat by REST', fillOnly: true },
];

// parity §2.8: SUBMITTED → ACCEPTED → CANCELED (PENDING_CANCEL is strategy-side, not observed).
const RANK: Record<string, number> = { pending: 0, open: 1, canceled: 2, filled: 2, rejected: 2 };

/**
 * Evaluate every criterion into `rec.criteria`.
 *
 * @example
 * evaluateCriteria({ rec, state, options, cleanup, interruptedBy: null });
 * @throws never
 */
export function evaluateCriteria(params: {
  rec: Recorder;
  state: LifecycleState;
  options: CanaryOptions;
  cleanup: CleanupRecord;
  interruptedBy: string | null;
}): Criterion[] {
  const { rec, state, options, cleanup, interruptedBy } = params;
  const byId = new Map<string, StepRecord>(rec.steps.map((s) => [s.id, s]));
  const firstFailure = rec.steps.find((s) => s.status === 'failed');

  for (const c of STEP_CRITERIA) {
    if (c.fillOnly && !options.fill) continue;
    const s = byId.get(c.step);
    if (!s) {
      const why = interruptedBy ? `not reached: interrupted by ${interruptedBy}` : firstFailure ? `not reached: step "${firstFailure.id}" failed` : 'not reached';
      rec.criterion(c.id, c.description, false, why);
      continue;
    }
    if (s.status !== 'passed') {
      rec.criterion(c.id, c.description, false, s.error ?? s.detail ?? `step ${s.status}`);
      continue;
    }
    let reason = `${s.detail ?? 'ok'} (${s.latencyMs ?? 0} ms)`;
    const via = c.id === 'accepted-on-ws' ? state.acceptedVia : c.id === 'canceled-on-ws' ? state.canceledVia : null;
    const what = c.id === 'accepted-on-ws' ? 'accepted' : 'canceled';
    if (via === 'rest-after-ws-drop') {
      reason = `WS dropped during the run (${state.wsDrops} drop(s) recorded); ${what} established via REST while the stream recovered. ${reason}`;
    } else if (via === 'ws' && state.wsDrops > 0) {
      reason = `WS dropped during the run (${state.wsDrops} drop(s) recorded); ${what} seen on the stream after reconnect. ${reason}`;
    }
    rec.criterion(c.id, c.description, true, reason);
  }

  // Status path legality.
  const path = state.order?.statusPath ?? [];
  if (path.length > 1) {
    let legal = true;
    let last = -1;
    for (const st of path) {
      const r = RANK[normalize(st)] ?? -1;
      if (r < last) legal = false;
      last = Math.max(last, r);
    }
    rec.criterion('status-transitions-legal', 'Order status path follows the order state machine (parity §2.8)', legal, path.join(' → '));
  } else {
    rec.criterion('status-transitions-legal', 'Order status path follows the order state machine (parity §2.8)', false, 'order never progressed past submit');
  }

  const hits = rec.rateLimit.length;
  const rlFailed = rec.steps.some((s) => s.status === 'failed' && /rate|429|23000/i.test(s.error ?? ''));
  rec.criterion(
    'rate-limits-handled',
    'Rate-limit answers were retried with backoff and recorded, never failed a step',
    !rlFailed,
    hits === 0 ? 'no rate-limit answers' : `${hits} rate-limit hit(s), retried with backoff${rlFailed ? '; a step still failed' : ''}`,
  );

  const leftOpen = cleanup.openOrdersAfter ?? state.reconcileOpen;
  const cleanOk = leftOpen === 0 && cleanup.errors.length === 0;
  const nothingPlaced = state.order === null || state.order.nonce === null && !rec.steps.some((s) => s.id === 'submit');
  rec.criterion(
    'nothing-left-open',
    'Nothing the canary placed is left open after the run',
    nothingPlaced ? true : cleanOk,
    nothingPlaced
      ? 'no order was submitted'
      : `${leftOpen ?? 'unknown'} canary order(s) open after cleanup${cleanup.canceled.length ? `; cleanup canceled ${cleanup.canceled.join(', ')}` : ''}${cleanup.errors.length ? `; errors: ${cleanup.errors.join('; ')}` : ''}`,
  );

  rec.criterion(
    'not-interrupted',
    'Run completed without an interrupt signal',
    interruptedBy === null,
    interruptedBy === null ? 'completed' : `interrupted by ${interruptedBy}; cleanup ran`,
  );
  return rec.criteria;
}

function normalize(status: string): string {
  const s = status.toLowerCase();
  if (s === 'submitted' || s === 'pending' || s === 'in-progress') return 'pending';
  if (s === 'open' || s === 'accepted') return 'open';
  if (s === 'filled') return 'filled';
  if (s.startsWith('cancel')) return 'canceled';
  return 'rejected';
}
