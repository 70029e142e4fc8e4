/**
 * Compliance criteria: a pure function of a {@link RecordedRun}. Each criterion names its
 * NautilusTrader spec cases, the expectation, the evidence it was judged on (with sources) and
 * a reason a human can act on. Every criterion can fail: tests doctor a recorded run per
 * criterion and watch exactly that one fail. This module maps each criterion to its check; the checks
 * themselves are in `criteria-checks.ts`.
 */
import type { RecordedRun } from './recorded-run.js';
import {
  describeOthers,
  eventsOf,
  evidenceOf,
  fail,
  nothingLeftOpen,
  rateLimits,
  restAccepted,
  stepGate,
  transitions,
  type Verdict,
  wsCriterion,
  wsEvidence,
} from './criteria-checks.js';
import type { Criterion, Evidence } from './report/schema.js';
import { type CriterionSpec, LIFECYCLE_CRITERIA, specCasesOf } from './spec-cases.js';

/**
 * Judge every criterion of a recorded run.
 *
 * @example
 * const criteria = evaluateCriteria(recordedRunOf({ rec, state, fill: false, cleanup, interruptedBy: null }));
 * @throws never
 */
export function evaluateCriteria(run: RecordedRun): Criterion[] {
  const side = run.order?.side ?? 'buy';
  const out: Criterion[] = [];
  for (const spec of LIFECYCLE_CRITERIA) {
    if (spec.fillOnly && !run.fill) continue;
    const v = judge(spec, run);
    out.push({
      id: spec.id,
      description: spec.description,
      specCases: specCasesOf(spec, side),
      expectation: spec.expectation,
      evidence: v.evidence,
      passed: v.passed,
      reason: v.reason,
    });
  }
  return out;
}

function judge(spec: CriterionSpec, run: RecordedRun): Verdict {
  if (spec.step !== undefined) {
    const gate = stepGate(spec.step, run);
    if (gate) return gate;
  }
  const step = spec.step === undefined ? undefined : run.steps.find((s) => s.id === spec.step);
  const stepOk: Verdict = {
    passed: true,
    reason: `${step?.detail ?? 'ok'} (${step?.latencyMs ?? 0} ms)`,
    evidence: [],
  };
  const o = run.order;
  switch (spec.id) {
    case 'submit-acknowledged': {
      const submitted = eventsOf(run, o?.requestedClientOrderId, 'OrderSubmitted');
      if (submitted.length === 0) return fail('the execution client emitted no OrderSubmitted for the order', []);
      return {
        ...stepOk,
        evidence: [
          ...submitted.map(evidenceOf),
          { source: 'rest', detail: `sendTx ack: nonce ${o?.nonce ?? '?'} tx ${o?.txHash ?? '?'}` },
        ],
      };
    }
    case 'accepted-on-ws':
      return wsCriterion(run, {
        type: 'OrderAccepted',
        state: 'open',
        what: 'accepted',
        venueOrderId: null,
        via: run.acceptedVia,
      });
    case 'canceled-on-ws':
      return wsCriterion(run, {
        type: 'OrderCanceled',
        state: 'canceled',
        what: 'canceled',
        venueOrderId: o?.venueOrderId ?? null,
        via: run.canceledVia,
      });
    case 'accepted-confirmed-rest':
      return restAccepted(run);
    case 'client-order-id-restored': {
      const restored = o?.acceptedRest?.clientOrderId ?? null;
      const ev: Evidence[] = [
        {
          source: 'rest',
          detail: `REST report client order id ${restored ?? 'none'} (submitted ${o?.requestedClientOrderId ?? '?'})`,
        },
      ];
      if (restored === null)
        return fail('the REST report carried no client order id: the execution client did not restore it', ev);
      if (restored !== o?.requestedClientOrderId)
        return fail(`restored client order id ${restored} differs from the submitted ${o?.requestedClientOrderId}`, ev);
      return { passed: true, reason: `restored ${restored}`, evidence: ev };
    }
    case 'cancel-acknowledged': {
      const pending = eventsOf(run, o?.requestedClientOrderId, 'OrderPendingCancel');
      return {
        ...stepOk,
        evidence: [
          ...pending.map(evidenceOf),
          { source: 'rest', detail: `sendTx ack: nonce ${o?.cancelNonce ?? '?'} tx ${o?.cancelTxHash ?? '?'}` },
        ],
      };
    }
    case 'canceled-confirmed-rest': {
      const r = o?.canceledRest;
      const ev: Evidence[] = r
        ? [{ source: 'rest', detail: `REST ${r.status}, venue id ${r.venueOrderId ?? '?'}` }]
        : [];
      if (!r) return fail('no REST confirm snapshot recorded', ev);
      if (!r.status.startsWith('canceled')) return fail(`REST shows ${r.status}, expected canceled`, ev);
      if (r.venueOrderId !== o?.venueOrderId)
        return fail(`REST venue id ${r.venueOrderId ?? 'none'} differs from ${o?.venueOrderId ?? 'none'}`, ev);
      return { ...stepOk, evidence: ev };
    }
    case 'reconciled':
      if (run.reconcileOpen !== 0)
        return fail(`${run.reconcileOpen ?? 'unknown'} canary order(s) open at reconcile`, []);
      return { ...stepOk, evidence: [{ source: 'rest', detail: 'open orders of the market: none of the canary' }] };
    case 'status-transitions-legal':
      return transitions(run);
    case 'rate-limits-handled':
      return rateLimits(run);
    case 'nothing-left-open':
      return nothingLeftOpen(run);
    case 'not-interrupted':
      return run.interruptedBy === null
        ? { passed: true, reason: 'completed', evidence: [] }
        : fail(`interrupted by ${run.interruptedBy}; cleanup ran`, []);
    case 'fill-exercised': {
      const ws = wsEvidence(run, run.fillOrderId, 'OrderFilled', 'filled', null);
      if (ws.length === 0)
        return fail(`no WS evidence of the fill (${describeOthers(run, run.fillOrderId, 'OrderFilled')})`, []);
      return { ...stepOk, evidence: ws };
    }
    default:
      return stepOk;
  }
}
