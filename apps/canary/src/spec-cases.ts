/**
 * The canary's criteria and the NautilusTrader acceptance-spec cases they map to.
 *
 * Case ids and expectations are those of NautilusTrader's `docs/developer_guide/spec_exec_testing.md`
 * (TC-E..) and `spec_data_testing.md` (TC-D..), https://github.com/nautechsystems/nautilus_trader.
 * An empty `specCases` list means there is no NT spec case for that criterion (it checks something
 * the specs leave to the adapter, such as the canary's own safety rules).
 */
import type { CanarySide } from './price.js';

/** Static definition of one criterion. */
export interface CriterionSpec {
  /** Criterion id, stable across runs. */
  readonly id: string;
  /** What the criterion checks. */
  readonly description: string;
  /** NT spec case ids; a function when the case depends on the order side (TC-E10 buy / TC-E11 sell). */
  readonly specCases: readonly string[] | ((side: CanarySide) => readonly string[]);
  /** What must be seen to pass (and the NT spec case it follows). */
  readonly expectation: string;
  /** The step whose outcome the criterion needs (absent: judged on the whole run). */
  readonly step?: string;
  /** Judged only when the fill test (`--fill`) ran. */
  readonly fillOnly?: boolean;
}

const limitGtc = (side: CanarySide): readonly string[] => (side === 'buy' ? ['TC-E10'] : ['TC-E11']);

/** Every criterion of the lifecycle run, in report order. */
export const LIFECYCLE_CRITERIA: readonly CriterionSpec[] = [
  {
    id: 'venue-connected',
    step: 'connect',
    description: 'Connected to the venue (REST + WS)',
    specCases: [],
    expectation: 'REST reachable, WS open, account streams live (NT prerequisite "adapter connected"; no NT spec case)',
  },
  {
    id: 'instruments-loaded',
    step: 'load-instruments',
    description: 'Instruments loaded from the venue',
    specCases: ['TC-D01'],
    expectation: 'At least one instrument with symbol, price precision and size increment',
  },
  {
    id: 'market-selected',
    step: 'pick-market',
    description: 'Requested market exists and is active',
    specCases: ['TC-D03'],
    expectation: 'The requested instrument is loaded by id with precision and trading rules, and is active',
  },
  {
    id: 'streams-subscribed',
    step: 'subscribe',
    description: 'Order book and account streams subscribed',
    specCases: ['TC-D12'],
    expectation: 'A depth snapshot of the market arrives on the WS',
  },
  {
    id: 'price-post-only-safe',
    step: 'compute-price',
    description: 'Post-only price away from the touch, on tick/lot, above minimum notional',
    specCases: ['TC-E60'],
    expectation:
      'Post-only limit placed away from the top of book (>= --min-offset-ticks), on tick and lot, >= min notional, <= --max-notional',
  },
  {
    id: 'submit-acknowledged',
    step: 'submit',
    description: 'Order transaction acknowledged by the venue',
    specCases: limitGtc,
    expectation: 'OrderSubmitted, then the signed CreateOrder is acknowledged (nonce, tx hash)',
  },
  {
    id: 'accepted-on-ws',
    step: 'accepted-ws',
    description: 'Order accepted (open) observed on the account stream',
    specCases: (side) => [...limitGtc(side), 'TC-E60'],
    expectation: 'OrderAccepted (or the order open) evidenced by a WS frame: source ws only',
  },
  {
    id: 'accepted-confirmed-rest',
    step: 'accepted-rest',
    description: 'Accepted order confirmed by REST with its parameters',
    specCases: (side) => [...limitGtc(side), 'TC-E60'],
    expectation: 'Open on the venue with the same venue order id, price, quantity, side, TIF=GTC and post-only',
  },
  {
    id: 'client-order-id-restored',
    step: 'accepted-rest',
    description: 'The execution client restored the client order id from the venue',
    specCases: [],
    expectation:
      "The REST report's client order id (restored from client_order_index) equals the submitted one (no NT spec case)",
  },
  {
    id: 'cancel-acknowledged',
    step: 'cancel',
    description: 'Cancel transaction acknowledged by the venue',
    specCases: ['TC-E40'],
    expectation: 'OrderPendingCancel, then the signed CancelOrder is acknowledged (nonce, tx hash)',
  },
  {
    id: 'canceled-on-ws',
    step: 'canceled-ws',
    description: 'Order canceled observed on the account stream',
    specCases: ['TC-E40'],
    expectation: 'OrderCanceled with the correct venue order id, evidenced by a WS frame: source ws only',
  },
  {
    id: 'canceled-confirmed-rest',
    step: 'canceled-rest',
    description: 'Canceled state confirmed by REST',
    specCases: ['TC-E40'],
    expectation: 'REST shows the order CANCELED with the same venue order id',
  },
  {
    id: 'reconciled',
    step: 'reconcile',
    description: 'Reconciliation finds no canary order open',
    specCases: ['TC-E40'],
    expectation: 'No open orders remaining',
  },
  {
    id: 'status-transitions-legal',
    description: 'Order event sequence follows the Nautilus order state machine',
    specCases: (side) => [...limitGtc(side), 'TC-E40'],
    expectation:
      'Every recorded event is a legal transition; the post-only order goes OrderSubmitted -> OrderAccepted -> OrderPendingCancel -> OrderCanceled',
  },
  {
    id: 'rate-limits-handled',
    description: 'Rate-limit answers were retried with backoff and recorded, never failed a step',
    specCases: [],
    expectation: 'Every 429 answer was retried and no step failed on a rate limit (no NT spec case)',
  },
  {
    id: 'nothing-left-open',
    description: 'Nothing the canary placed is left open',
    specCases: ['TC-E81'],
    expectation: 'All canary-owned open orders canceled at the end; cleanup proved none open',
  },
  {
    id: 'not-interrupted',
    description: 'Run completed without an interrupt signal',
    specCases: [],
    expectation: 'No SIGINT/SIGTERM during the run (no NT spec case)',
  },
  {
    id: 'fill-exercised',
    step: 'fill-ws',
    description: 'A small taker order filled (seen on the WS)',
    specCases: ['TC-E13'],
    expectation: 'Limit IOC at an aggressive price fills; OrderFilled evidenced by a WS frame',
    fillOnly: true,
  },
  {
    id: 'position-flat',
    step: 'flat-rest',
    description: 'Position flattened and confirmed flat by REST',
    specCases: ['TC-E61', 'TC-E82'],
    expectation: 'Reduce-only closing order; net position 0 by REST',
    fillOnly: true,
  },
];

/**
 * The spec case ids of a criterion for an order side.
 *
 * @example
 * specCasesOf(LIFECYCLE_CRITERIA[6], 'sell'); // ['TC-E11', 'TC-E60']
 * @throws never
 */
export function specCasesOf(spec: CriterionSpec, side: CanarySide): string[] {
  return [...(typeof spec.specCases === 'function' ? spec.specCases(side) : spec.specCases)];
}
