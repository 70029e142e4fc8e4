/**
 * The canary compliance report: a published zod schema so other tools can
 * validate a report file (`CanaryReportSchema.parse(JSON.parse(text))`).
 *
 * Times are ISO-8601 strings plus `tMs` offsets from the run start, so a reader
 * can both correlate with venue logs and draw a timeline.
 */
import { NETWORK_NAMES } from '@lighter-ts/models';
import * as z from 'zod/mini';

/** Version of the report layout; bump on breaking changes. */
export const CANARY_REPORT_VERSION = 2 as const;

const isoTime = z.iso.datetime({ offset: true });
const decimal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/));

/** Outcome of one step. */
export const StepStatusSchema = z.enum(['passed', 'failed', 'skipped']);

/** One timed step of the lifecycle. */
export const StepRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  status: StepStatusSchema,
  startedAt: z.nullable(isoTime),
  endedAt: z.nullable(isoTime),
  /** Offset of the start from the run start, ms. */
  tStartMs: z.nullable(z.number().check(z.nonnegative())),
  latencyMs: z.nullable(z.number().check(z.nonnegative())),
  detail: z.optional(z.string()),
  error: z.optional(z.string()),
});

/**
 * Where the evidence for an event came from: a frame of the venue's WebSocket (`ws`), a REST
 * answer the canary asked for (`rest`), a REST lookup the execution client made to settle an
 * unknown outcome (`rest-probe`), a REST sweep after a stream gap (`reconciliation`), the client
 * itself (`local`), or an event that did not say (`unknown`: never counted as WS evidence).
 */
export const EventSourceSchema = z.enum(['ws', 'rest', 'rest-probe', 'reconciliation', 'local', 'unknown']);

/** An order/venue event observed during the run (WS frame, REST answer, local action). */
export const EventRecordSchema = z.object({
  kind: z.string().check(z.minLength(1)),
  source: EventSourceSchema,
  at: isoTime,
  tMs: z.number().check(z.nonnegative()),
  status: z.optional(z.string()),
  detail: z.optional(z.string()),
  /** The canary order the event is about, when it is about one. */
  clientOrderId: z.optional(z.string()),
  venueOrderId: z.optional(z.string()),
});

/** One Nautilus order event as the execution client emitted it, with the evidence behind it. */
export const OrderEventRecordSchema = z.object({
  /** Nautilus event name, e.g. `OrderAccepted`. */
  type: z.string().check(z.minLength(1)),
  source: EventSourceSchema,
  clientOrderId: z.string(),
  venueOrderId: z.nullable(z.string()),
  /** OrderFilled only: the filled quantity. */
  lastQty: z.optional(decimal),
  at: isoTime,
  tMs: z.number().check(z.nonnegative()),
  detail: z.optional(z.string()),
});

/** A piece of evidence a criterion was judged on. */
export const EvidenceSchema = z.object({
  source: EventSourceSchema,
  detail: z.string(),
});

/**
 * A pass/fail compliance criterion: the NautilusTrader spec cases it maps to (empty when no
 * NT spec case exists), what was expected, the evidence it was judged on, and the reason.
 */
export const CriterionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  /** NautilusTrader spec case ids (`TC-E10`, `TC-D01`, ...); empty = no NT spec case. */
  specCases: z.array(z.string().check(z.regex(/^TC-[ED]\d+$/))),
  expectation: z.string(),
  evidence: z.array(EvidenceSchema),
  passed: z.boolean(),
  reason: z.string(),
});

/** A rate-limit hit and the retry decision taken. */
export const RateLimitEntrySchema = z.object({
  step: z.string(),
  operation: z.string(),
  attempt: z.int().check(z.positive()),
  delayMs: z.number().check(z.nonnegative()),
  at: isoTime,
  reason: z.string(),
  /** True once the retry was actually made (false when attempts ran out or the run was aborted first). */
  retried: z.boolean(),
});

/** Transport incidents (WS drop, reconnect, injected fault). */
export const IncidentSchema = z.object({
  kind: z.string().check(z.minLength(1)),
  at: isoTime,
  tMs: z.number().check(z.nonnegative()),
  detail: z.string(),
});

/** What the REST order query said about the canary order (the confirm snapshot). */
export const RestConfirmSchema = z.object({
  status: z.string(),
  venueOrderId: z.nullable(z.string()),
  /** The client order id the execution client restored from the venue's client order index. */
  clientOrderId: z.nullable(z.string()),
  side: z.nullable(z.enum(['buy', 'sell'])),
  price: z.nullable(decimal),
  quantity: z.nullable(decimal),
  timeInForce: z.nullable(z.string()),
  postOnly: z.nullable(z.boolean()),
  /** Venue expiry of the order, Unix ms (null when none). */
  expireTimeMs: z.nullable(z.int()),
  at: isoTime,
});

/** The canary order's identifiers and parameters. */
export const OrderRecordSchema = z.object({
  /** The client order id the execution client restored (REST report), null when it could not. */
  clientOrderId: z.nullable(z.string()),
  /** The client order id the canary submitted. */
  requestedClientOrderId: z.string(),
  timeInForce: z.string(),
  postOnly: z.boolean(),
  clientOrderIndex: z.nullable(z.string()),
  venueOrderId: z.nullable(z.string()),
  side: z.enum(['buy', 'sell']),
  price: decimal,
  size: decimal,
  notional: decimal,
  reference: z.nullable(decimal),
  distanceTicks: z.nullable(z.string()),
  nonce: z.nullable(z.string()),
  txHash: z.nullable(z.string()),
  cancelNonce: z.nullable(z.string()),
  cancelTxHash: z.nullable(z.string()),
  /** Order statuses observed in order (must follow docs/protocol/nautilus.md#order-state-machine). */
  statusPath: z.array(z.string()),
  finalStatus: z.nullable(z.string()),
  acceptedRest: z.nullable(RestConfirmSchema),
  canceledRest: z.nullable(RestConfirmSchema),
});

/** Latency pair for one lifecycle event seen on both transports. */
export const TransportTimingSchema = z.object({
  event: z.string(),
  wsAt: z.nullable(isoTime),
  restAt: z.nullable(isoTime),
  /** restAt - wsAt in ms (positive: WS was first). */
  restMinusWsMs: z.nullable(z.number()),
});

/** What the safety harness did before exit. */
export const CleanupRecordSchema = z.object({
  attempted: z.boolean(),
  reason: z.string(),
  canceled: z.array(z.string()),
  errors: z.array(z.string()),
  openOrdersAfter: z.nullable(z.int().check(z.nonnegative())),
  positionAfter: z.nullable(decimal),
});

/** The full compliance report. */
export const CanaryReportSchema = z.object({
  reportVersion: z.literal(CANARY_REPORT_VERSION),
  tool: z.object({ name: z.literal('@lighter-ts/canary'), version: z.string() }),
  runId: z.string().check(z.minLength(1)),
  /** `sim` or a network name of the models table (`lighter-mainnet`, `robinhood-testnet`, `mainnet`, …). */
  network: z.enum(['sim', ...NETWORK_NAMES] as [string, ...string[]]),
  endpoint: z.object({
    httpUrl: z.nullable(z.string()),
    wsUrl: z.nullable(z.string()),
    chainId: z.nullable(z.int()),
    /** Network id the run's txs and tokens were bound to (absent in reports before networks were added). */
    networkId: z.optional(z.nullable(z.string())),
    collateral: z.optional(z.nullable(z.string())),
  }),
  account: z.object({ accountIndex: z.nullable(z.string()), apiKeyIndex: z.nullable(z.int()) }),
  options: z.object({
    market: z.string(),
    side: z.enum(['buy', 'sell']),
    size: z.nullable(z.string()),
    timeoutMs: z.int(),
    fill: z.boolean(),
    maxNotional: z.nullable(z.string()),
    offsetBps: z.int(),
    minOffsetTicks: z.int(),
  }),
  market: z.nullable(
    z.object({
      symbol: z.string(),
      marketIndex: z.int(),
      instrumentId: z.nullable(z.string()),
      priceDecimals: z.int(),
      sizeDecimals: z.int(),
      tickSize: decimal,
      lotSize: decimal,
      minBaseAmount: decimal,
      minQuoteAmount: decimal,
    }),
  ),
  startedAt: isoTime,
  finishedAt: isoTime,
  durationMs: z.number().check(z.nonnegative()),
  steps: z.array(StepRecordSchema),
  events: z.array(EventRecordSchema),
  /** Every Nautilus order event of every canary order, in arrival order, with its source. */
  orderEvents: z.array(OrderEventRecordSchema),
  transportTimings: z.array(TransportTimingSchema),
  order: z.nullable(OrderRecordSchema),
  fill: z.nullable(
    z.object({
      attempted: z.boolean(),
      clientOrderId: z.nullable(z.string()),
      filledSize: z.nullable(decimal),
      avgPrice: z.nullable(decimal),
      flattened: z.boolean(),
      detail: z.string(),
    }),
  ),
  rateLimit: z.object({
    hits: z.int().check(z.nonnegative()),
    retries: z.int().check(z.nonnegative()),
    entries: z.array(RateLimitEntrySchema),
  }),
  incidents: z.array(IncidentSchema),
  /**
   * Account tier (`accountLimits.user_tier`) read before the lifecycle and after cleanup; null when
   * it could not be read.
   */
  accountTier: z.object({ before: z.nullable(z.string()), after: z.nullable(z.string()) }),
  /**
   * Remaining volume quota (Premium/Plus) as the run's first and last accepted sendTx answers reported
   * it; the venue has no read route, so `before` already counts the first order. Null when the venue
   * never reported it (Standard accounts). Informational: place/cancel loops spend it.
   */
  volumeQuota: z.object({
    before: z.nullable(z.int().check(z.nonnegative())),
    after: z.nullable(z.int().check(z.nonnegative())),
  }),
  cleanup: CleanupRecordSchema,
  interrupted: z.nullable(z.object({ signal: z.string(), at: isoTime })),
  criteria: z.array(CriterionSchema),
  verdict: z.enum(['pass', 'fail']),
  exitCode: z.int().check(z.nonnegative()),
  /** Errors outside any step (setup, harness). */
  errors: z.array(z.string()),
});

/** A parsed compliance report. */
export type CanaryReport = z.output<typeof CanaryReportSchema>;
/** One step record. */
export type StepRecord = z.output<typeof StepRecordSchema>;
/** One event record. */
export type EventRecord = z.output<typeof EventRecordSchema>;
/** One criterion. */
export type Criterion = z.output<typeof CriterionSchema>;
/** One Nautilus order event record. */
export type OrderEventRecord = z.output<typeof OrderEventRecordSchema>;
/** One piece of criterion evidence. */
export type Evidence = z.output<typeof EvidenceSchema>;
/** A REST confirm snapshot. */
export type RestConfirm = z.output<typeof RestConfirmSchema>;
/** Evidence source. */
export type EventSource = z.output<typeof EventSourceSchema>;
/** One rate-limit entry. */
export type RateLimitEntry = z.output<typeof RateLimitEntrySchema>;
/** One transport incident. */
export type Incident = z.output<typeof IncidentSchema>;
/** The order record. */
export type OrderRecord = z.output<typeof OrderRecordSchema>;
/** Cleanup record. */
export type CleanupRecord = z.output<typeof CleanupRecordSchema>;
