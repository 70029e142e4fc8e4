// Every criterion can fail: each row doctors a recorded passing run so that exactly that criterion
// fails (the others stay green) and the exit code is non-zero. Criteria are a pure function of the
// recorded run, so the doctored runs are cheap; real simulator faults are in test/e2e.
import { describe, expect, it } from 'vitest';
import { evaluateCriteria } from '../src/criteria.js';
import { EXIT_CODE, exitCodeFor } from '../src/exit-codes.js';
import type { RecordedRun } from '../src/recorded-run.js';
import { LIFECYCLE_CRITERIA } from '../src/spec-cases.js';
import { sampleRun } from './helpers/sample-report.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };
type Doctor = (run: Mutable<RecordedRun>) => void;

const failStep =
  (id: string, error: string): Doctor =>
  (run) => {
    const s = run.steps.find((x) => x.id === id);
    if (!s) throw new Error(`no step ${id}`);
    s.status = 'failed';
    s.error = error;
  };
const resource = (
  run: Mutable<RecordedRun>,
  type: string,
  source: RecordedRun['orderEvents'][number]['source'],
  frameKind: string,
): void => {
  for (const e of run.orderEvents) if (e.type === type) e.source = source;
  run.events = run.events.filter((e) => e.kind !== frameKind);
};
const rest = (
  run: Mutable<RecordedRun>,
  field: 'acceptedRest' | 'canceledRest',
  patch: Record<string, unknown>,
): void => {
  const o = run.order as NonNullable<RecordedRun['order']>;
  o[field] = { ...(o[field] as NonNullable<(typeof o)[typeof field]>), ...patch };
};

const TABLE: Array<{ id: string; how: string; doctor: Doctor; fill?: boolean; exit?: number }> = [
  { id: 'venue-connected', how: 'connect step fails (ECONNREFUSED)', doctor: failStep('connect', 'ECONNREFUSED') },
  {
    id: 'instruments-loaded',
    how: 'venue returns no instruments',
    doctor: failStep('load-instruments', 'the venue returned no instruments'),
  },
  { id: 'market-selected', how: 'market inactive', doctor: failStep('pick-market', 'market ETH is not active') },
  { id: 'streams-subscribed', how: 'no depth snapshot', doctor: failStep('subscribe', 'no result within 30000 ms') },
  {
    id: 'price-post-only-safe',
    how: 'price over --max-notional',
    doctor: failStep('compute-price', 'notional exceeds --max-notional'),
  },
  { id: 'submit-acknowledged', how: 'sendTx refused', doctor: failStep('submit', 'rejected by the venue: 21739') },
  {
    id: 'accepted-on-ws',
    how: 'OrderAccepted carries no source and no WS frame was seen',
    doctor: (r) => resource(r, 'OrderAccepted', 'unknown', 'ws-frame-open'),
  },
  {
    id: 'accepted-on-ws',
    how: 'OrderAccepted came from a REST probe only',
    doctor: (r) => resource(r, 'OrderAccepted', 'rest-probe', 'ws-frame-open'),
  },
  {
    id: 'accepted-confirmed-rest',
    how: 'REST price differs',
    doctor: (r) => rest(r, 'acceptedRest', { price: '2941.00' }),
  },
  {
    id: 'accepted-confirmed-rest',
    how: 'REST quantity differs',
    doctor: (r) => rest(r, 'acceptedRest', { quantity: '0.0060' }),
  },
  { id: 'accepted-confirmed-rest', how: 'REST side differs', doctor: (r) => rest(r, 'acceptedRest', { side: 'sell' }) },
  {
    id: 'accepted-confirmed-rest',
    how: 'REST time in force differs',
    doctor: (r) => rest(r, 'acceptedRest', { timeInForce: 'IOC' }),
  },
  {
    id: 'accepted-confirmed-rest',
    how: 'REST says GTD with a non-default expiry',
    doctor: (r) => rest(r, 'acceptedRest', { timeInForce: 'GTD', expireTimeMs: Date.UTC(2026, 10, 25) }),
  },
  {
    id: 'accepted-confirmed-rest',
    how: 'REST says not post-only',
    doctor: (r) => rest(r, 'acceptedRest', { postOnly: false }),
  },
  {
    id: 'accepted-confirmed-rest',
    how: 'REST venue id differs',
    doctor: (r) => rest(r, 'acceptedRest', { venueOrderId: '1' }),
  },
  {
    id: 'client-order-id-restored',
    how: 'REST report without a client order id',
    doctor: (r) => rest(r, 'acceptedRest', { clientOrderId: null }),
  },
  {
    id: 'client-order-id-restored',
    how: 'REST report restores another id',
    doctor: (r) => rest(r, 'acceptedRest', { clientOrderId: 'someone-else' }),
  },
  {
    id: 'cancel-acknowledged',
    how: 'cancel refused',
    doctor: failStep('cancel', 'cancel rejected: too many pending txs (code 21506)'),
  },
  {
    id: 'canceled-on-ws',
    how: 'OrderCanceled from reconciliation only',
    doctor: (r) => resource(r, 'OrderCanceled', 'reconciliation', 'ws-frame-canceled'),
  },
  {
    id: 'canceled-on-ws',
    how: 'WS cancel names another venue order id',
    doctor: (r) => {
      for (const e of r.orderEvents) if (e.type === 'OrderCanceled') e.venueOrderId = '1';
      for (const e of r.events) if (e.kind === 'ws-frame-canceled') e.venueOrderId = '1';
    },
  },
  {
    id: 'canceled-confirmed-rest',
    how: 'REST still shows the order open',
    doctor: (r) => rest(r, 'canceledRest', { status: 'open' }),
  },
  { id: 'reconciled', how: 'reconcile finds a canary order open', doctor: (r) => void (r.reconcileOpen = 1) },
  {
    id: 'status-transitions-legal',
    how: 'OrderPendingCancel dropped from the record',
    doctor: (r) => void (r.orderEvents = r.orderEvents.filter((e) => e.type !== 'OrderPendingCancel')),
  },
  {
    id: 'status-transitions-legal',
    how: 'OrderAccepted after OrderCanceled (illegal)',
    doctor: (r) => {
      const last = r.orderEvents.findLast((e) => e.type === 'OrderCanceled');
      if (last) r.orderEvents.push({ ...last, type: 'OrderAccepted' });
    },
  },
  {
    id: 'rate-limits-handled',
    how: 'a 429 that was never retried',
    doctor: (r) => void (r.rateLimit = r.rateLimit.map((e) => ({ ...e, retried: false }))),
  },
  {
    id: 'nothing-left-open',
    how: 'cleanup leaves an order open',
    doctor: (r) => void (r.cleanup = { ...r.cleanup, openOrdersAfter: 1 }),
    exit: EXIT_CODE.CLEANUP_FAILED,
  },
  { id: 'not-interrupted', how: 'SIGINT', doctor: (r) => void (r.interruptedBy = 'SIGINT'), exit: EXIT_CODE.SIGINT },
  {
    id: 'fill-exercised',
    how: 'OrderFilled from a REST probe only',
    fill: true,
    doctor: (r) => resource(r, 'OrderFilled', 'rest-probe', 'ws-frame-filled'),
  },
  {
    id: 'position-flat',
    how: 'position not flat by REST',
    fill: true,
    doctor: failStep('flat-rest', 'no result within 30000 ms'),
  },
];

function judge(run: RecordedRun): { failed: string[]; exit: number; criteria: ReturnType<typeof evaluateCriteria> } {
  const criteria = evaluateCriteria(run);
  const cleanupProven = run.cleanup.openOrdersAfter === 0 && run.cleanup.errors.length === 0;
  return {
    criteria,
    failed: criteria.filter((c) => !c.passed).map((c) => c.id),
    exit: exitCodeFor({ criteria, errors: [], interruptedBy: run.interruptedBy, cleanupProven }),
  };
}

describe('criteria (pure function of a recorded run)', () => {
  it('the recorded baseline runs pass every criterion with spec ids and WS evidence', () => {
    for (const fill of [false, true]) {
      const { failed, exit, criteria } = judge(sampleRun({ fill }));
      expect(failed).toEqual([]);
      expect(exit).toBe(EXIT_CODE.PASS);
      expect(criteria.find((c) => c.id === 'accepted-on-ws')).toMatchObject({
        specCases: ['TC-E10', 'TC-E60'],
        evidence: expect.arrayContaining([expect.objectContaining({ source: 'ws' })]),
      });
      expect(criteria.find((c) => c.id === 'status-transitions-legal')?.reason).toBe(
        'OrderSubmitted -> OrderAccepted -> OrderPendingCancel -> OrderCanceled',
      );
    }
  });

  it('every criterion has at least one failing row below', () => {
    expect(new Set(TABLE.map((r) => r.id))).toEqual(new Set(LIFECYCLE_CRITERIA.map((c) => c.id)));
  });

  it.each(TABLE)('$id fails when $how (and only it), exit non-zero', ({ id, doctor, fill, exit }) => {
    const run = structuredClone(sampleRun({ fill: fill ?? false })) as Mutable<RecordedRun>;
    doctor(run);
    const judged = judge(run);
    expect(judged.failed).toEqual([id]);
    expect(judged.exit).toBe(exit ?? EXIT_CODE.FAIL);
    expect(judged.criteria.find((c) => c.id === id)?.reason).not.toBe('');
  });

  it('GTC read back as GTD with the default 28-day expiry is the venue GTC', () => {
    const run = structuredClone(sampleRun()) as Mutable<RecordedRun>;
    const sentAt = Date.parse(run.steps.find((s) => s.id === 'submit')?.startedAt ?? '');
    rest(run, 'acceptedRest', { timeInForce: 'GTD', expireTimeMs: sentAt + 28 * 24 * 3_600_000 + 1_000 });
    expect(evaluateCriteria(run).find((x) => x.id === 'accepted-confirmed-rest')).toMatchObject({
      passed: true,
      reason: expect.stringContaining('default GTC expiry'),
    });
  });

  it('a sell order maps to TC-E11', () => {
    const run = structuredClone(sampleRun()) as Mutable<RecordedRun>;
    if (run.order)
      run.order = {
        ...run.order,
        side: 'sell',
        acceptedRest: run.order.acceptedRest ? { ...run.order.acceptedRest, side: 'sell' } : null,
      };
    const c = evaluateCriteria(run).find((x) => x.id === 'accepted-confirmed-rest');
    expect(c).toMatchObject({ passed: true, specCases: ['TC-E11', 'TC-E60'] });
  });
});
