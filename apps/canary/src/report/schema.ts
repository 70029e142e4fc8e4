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
  /** Step id, stable across runs. */
  id: z.string().check(z.minLength(1)),
  /** Human title of the step. */
  title: z.string().check(z.minLength(1)),
  /** `passed`, `failed` or `skipped`. */
  status: StepStatusSchema,
  /** Start time, ISO-8601; null when the step never started. */
  startedAt: z.nullable(isoTime),
  /** End time, ISO-8601; null when it did not end. */
  endedAt: z.nullable(isoTime),
  /** Offset of the start from the run start, ms. */
  tStartMs: z.nullable(z.number().check(z.nonnegative())),
  /** Duration of the step, ms; null when it did not run. */
  latencyMs: z.nullable(z.number().check(z.nonnegative())),
  /** What the step saw (ids, prices), for the reader. */
  detail: z.optional(z.string()),
  /** Why it failed, redacted; absent when it passed. */
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
  /** Event kind (`order-submitted`, `submit-ack`, `cancel-ack`, `order-rejected`...). */
  kind: z.string().check(z.minLength(1)),
  /** Where the evidence came from. */
  source: EventSourceSchema,
  /** When it was observed, ISO-8601. */
  at: isoTime,
  /** Offset from the run start, ms. */
  tMs: z.number().check(z.nonnegative()),
  /** Order status it reported, when it carried one. */
  status: z.optional(z.string()),
  /** Free text for the reader. */
  detail: z.optional(z.string()),
  /** The canary order the event is about, when it is about one. */
  clientOrderId: z.optional(z.string()),
  /** Venue order index (decimal text), when known. */
  venueOrderId: z.optional(z.string()),
});

/** One Nautilus order event as the execution client emitted it, with the evidence behind it. */
export const OrderEventRecordSchema = z.object({
  /** Nautilus event name, e.g. `OrderAccepted`. */
  type: z.string().check(z.minLength(1)),
  /** Where the evidence behind the event came from. */
  source: EventSourceSchema,
  /** Nautilus client order id of the order. */
  clientOrderId: z.string(),
  /** Venue order index (decimal text), null before the venue assigned one. */
  venueOrderId: z.nullable(z.string()),
  /** OrderFilled only: the filled quantity. */
  lastQty: z.optional(decimal),
  /** When the event was emitted, ISO-8601. */
  at: isoTime,
  /** Offset from the run start, ms. */
  tMs: z.number().check(z.nonnegative()),
  /** Reason or extra text the event carried (denial reason, cancel cause). */
  detail: z.optional(z.string()),
});

/** A piece of evidence a criterion was judged on. */
export const EvidenceSchema = z.object({
  /** Where this piece of evidence came from. */
  source: EventSourceSchema,
  /** What was seen. */
  detail: z.string(),
});

/**
 * A pass/fail compliance criterion: the NautilusTrader spec cases it maps to (empty when no
 * NT spec case exists), what was expected, the evidence it was judged on, and the reason.
 */
export const CriterionSchema = z.object({
  /** Criterion id, stable across runs. */
  id: z.string().check(z.minLength(1)),
  /** What the criterion checks. */
  description: z.string().check(z.minLength(1)),
  /** NautilusTrader spec case ids (`TC-E10`, `TC-D01`, ...); empty = no NT spec case. */
  specCases: z.array(z.string().check(z.regex(/^TC-[ED]\d+$/))),
  /** What had to be seen to pass. */
  expectation: z.string(),
  /** What it was judged on. */
  evidence: z.array(EvidenceSchema),
  /** The verdict of this criterion. */
  passed: z.boolean(),
  /** Why it passed or failed. */
  reason: z.string(),
});

/** A rate-limit hit and the retry decision taken. */
export const RateLimitEntrySchema = z.object({
  /** Step during which the limit was hit. */
  step: z.string(),
  /** Call that was limited (`sendTx`, `accountActiveOrders`...). */
  operation: z.string(),
  /** Attempt number that hit it, from 1. */
  attempt: z.int().check(z.positive()),
  /** Wait chosen before the retry, ms. */
  delayMs: z.number().check(z.nonnegative()),
  /** When it was hit, ISO-8601. */
  at: isoTime,
  /** Error code or venue message that said rate limit. */
  reason: z.string(),
  /** True once the retry was actually made (false when attempts ran out or the run was aborted first). */
  retried: z.boolean(),
});

/** Transport incidents (WS drop, reconnect, injected fault). */
export const IncidentSchema = z.object({
  /** Incident kind (`ws-disconnected`, `ws-reconnecting`, `ws-reconnected`...). */
  kind: z.string().check(z.minLength(1)),
  /** When it happened, ISO-8601. */
  at: isoTime,
  /** Offset from the run start, ms. */
  tMs: z.number().check(z.nonnegative()),
  /** What happened. */
  detail: z.string(),
});

/** What the REST order query said about the canary order (the confirm snapshot). */
export const RestConfirmSchema = z.object({
  /** Order status in the REST answer. */
  status: z.string(),
  /** Venue order index (decimal text), null when the answer had none. */
  venueOrderId: z.nullable(z.string()),
  /** The client order id the execution client restored from the venue's client order index. */
  clientOrderId: z.nullable(z.string()),
  /** `buy` or `sell`, null when unreadable. */
  side: z.nullable(z.enum(['buy', 'sell'])),
  /** Limit price, decimal string, null when unreadable. */
  price: z.nullable(decimal),
  /** Order size in base units, decimal string, null when unreadable. */
  quantity: z.nullable(decimal),
  /** Time in force as the client mapped it (`GTC`, `IOC`...). */
  timeInForce: z.nullable(z.string()),
  /** Whether the venue marks it post-only, null when unreadable. */
  postOnly: z.nullable(z.boolean()),
  /** Venue expiry of the order, Unix ms (null when none). */
  expireTimeMs: z.nullable(z.int()),
  /** When the answer arrived, ISO-8601. */
  at: isoTime,
});

/** The canary order's identifiers and parameters. */
export const OrderRecordSchema = z.object({
  /** The client order id the execution client restored (REST report), null when it could not. */
  clientOrderId: z.nullable(z.string()),
  /** The client order id the canary submitted. */
  requestedClientOrderId: z.string(),
  /** Time in force submitted (`GTC` for the resting canary order). */
  timeInForce: z.string(),
  /** Whether it was submitted post-only (the canary rests, it never takes). */
  postOnly: z.boolean(),
  /** Venue client order index the id mapped to (decimal text), null before submit. */
  clientOrderIndex: z.nullable(z.string()),
  /** Venue order index (decimal text), null before acceptance. */
  venueOrderId: z.nullable(z.string()),
  /** `buy` or `sell`. */
  side: z.enum(['buy', 'sell']),
  /** Limit price submitted, decimal string. */
  price: decimal,
  /** Size submitted in base units, decimal string. */
  size: decimal,
  /** price x size, quote units, decimal string. */
  notional: decimal,
  /** Reference price the limit was offset from (best bid/ask), null when none. */
  reference: z.nullable(decimal),
  /** Distance of the limit price from the reference, in price ticks (decimal text). */
  distanceTicks: z.nullable(z.string()),
  /** Nonce the create tx was signed with (decimal text), null before signing. */
  nonce: z.nullable(z.string()),
  /** L2 hash of the create tx, null before signing. */
  txHash: z.nullable(z.string()),
  /** Nonce of the cancel tx (decimal text), null when no cancel was sent. */
  cancelNonce: z.nullable(z.string()),
  /** L2 hash of the cancel tx, null when no cancel was sent. */
  cancelTxHash: z.nullable(z.string()),
  /** Order statuses observed in order (must follow docs/protocol/nautilus.md#order-state-machine). */
  statusPath: z.array(z.string()),
  /** Last status seen, null when none. */
  finalStatus: z.nullable(z.string()),
  /** REST snapshot after acceptance, null when not taken. */
  acceptedRest: z.nullable(RestConfirmSchema),
  /** REST snapshot after cancel, null when not taken. */
  canceledRest: z.nullable(RestConfirmSchema),
});

/** Latency pair for one lifecycle event seen on both transports. */
export const TransportTimingSchema = z.object({
  /** Lifecycle event compared on both transports. */
  event: z.string(),
  /** When the WS frame showed it, ISO-8601; null when WS never did. */
  wsAt: z.nullable(isoTime),
  /** When REST showed it, ISO-8601; null when REST never did. */
  restAt: z.nullable(isoTime),
  /** restAt - wsAt in ms (positive: WS was first). */
  restMinusWsMs: z.nullable(z.number()),
});

/** What the safety harness did before exit. */
export const CleanupRecordSchema = z.object({
  /** Whether cleanup ran (false when nothing was open). */
  attempted: z.boolean(),
  /** Why it ran or did not (`completed`, `no order was submitted`...). */
  reason: z.string(),
  /** Client order ids it canceled. */
  canceled: z.array(z.string()),
  /** What failed during cleanup, redacted. */
  errors: z.array(z.string()),
  /** Open orders left on the market after cleanup, null when unreadable. */
  openOrdersAfter: z.nullable(z.int().check(z.nonnegative())),
  /** Position left after cleanup, base units, decimal string; null when unreadable. */
  positionAfter: z.nullable(decimal),
});

/** The full compliance report. */
export const CanaryReportSchema = z.object({
  /** Layout version (CANARY_REPORT_VERSION). */
  reportVersion: z.literal(CANARY_REPORT_VERSION),
  /** The program that wrote the report. */
  tool: z.object({
    /** Always `@lighter-ts/canary`. */
    name: z.literal('@lighter-ts/canary'),
    /** Its package version (semver). */
    version: z.string(),
  }),
  /** Unique id of this run. */
  runId: z.string().check(z.minLength(1)),
  /** `sim` or a network name of the models table (`lighter-mainnet`, `robinhood-testnet`, `mainnet`, …). */
  network: z.enum(['sim', ...NETWORK_NAMES] as [string, ...string[]]),
  /** Where the run connected. */
  endpoint: z.object({
    /** REST base URL, null for an embedded simulator not yet started. */
    httpUrl: z.nullable(z.string()),
    /** WebSocket URL. */
    wsUrl: z.nullable(z.string()),
    /** Signing chain id (304, 300, 466324...). */
    chainId: z.nullable(z.int()),
    /** Network id the run's txs and tokens were bound to (absent in reports before networks were added). */
    networkId: z.optional(z.nullable(z.string())),
    /** Collateral symbol of the network (`USDC`, `USDG`); absent in older reports. */
    collateral: z.optional(z.nullable(z.string())),
  }),
  /** The account the run traded with (never its key). */
  account: z.object({
    /** Account index as decimal text (it may exceed 2^53); null when credentials were not resolved. */
    accountIndex: z.nullable(z.string()),
    /** API key slot that signed, 0..254; null when credentials were not resolved. */
    apiKeyIndex: z.nullable(z.int()),
  }),
  /** The options the run used. */
  options: z.object({
    /** The market traded and its increments; null when market lookup failed. */
    market: z.string(),
    /** Side of the canary order. */
    side: z.enum(['buy', 'sell']),
    /** Size asked for in base units (decimal), null = the market minimum. */
    size: z.nullable(z.string()),
    /** Per-step timeout, ms. */
    timeoutMs: z.int(),
    /** The opt-in fill test (`--fill`), null when not requested. */
    fill: z.boolean(),
    /** Refuse orders above this notional, quote units (decimal), null = no cap. */
    maxNotional: z.nullable(z.string()),
    /** Distance of the limit from the reference price, basis points (keeps it resting). */
    offsetBps: z.int(),
    /** Least distance from the reference, in ticks. */
    minOffsetTicks: z.int(),
  }),
  /** Market symbol or index asked for. */
  market: z.nullable(
    z.object({
      /** Market symbol, e.g. `ETH`. */
      symbol: z.string(),
      /** Venue market index. */
      marketIndex: z.int(),
      /** Nautilus instrument id, e.g. `ETH-USDC-PERP.LIGHTER`; null when not mapped. */
      instrumentId: z.nullable(z.string()),
      /** Decimals of the price (ticks = price x 10^priceDecimals). */
      priceDecimals: z.int(),
      /** Decimals of the size. */
      sizeDecimals: z.int(),
      /** Price increment, decimal string. */
      tickSize: decimal,
      /** Size increment, decimal string. */
      lotSize: decimal,
      /** Least order size, base units, decimal string. */
      minBaseAmount: decimal,
      /** Least order notional, quote units, decimal string. */
      minQuoteAmount: decimal,
    }),
  ),
  /** Run start, ISO-8601. */
  startedAt: isoTime,
  /** Run end, ISO-8601. */
  finishedAt: isoTime,
  /** Run duration, ms. */
  durationMs: z.number().check(z.nonnegative()),
  /** The lifecycle steps in order. */
  steps: z.array(StepRecordSchema),
  /** Order and venue events observed, in arrival order. */
  events: z.array(EventRecordSchema),
  /** Every Nautilus order event of every canary order, in arrival order, with its source. */
  orderEvents: z.array(OrderEventRecordSchema),
  /** WS versus REST timing per lifecycle event. */
  transportTimings: z.array(TransportTimingSchema),
  /** The canary order, null when none was placed. */
  order: z.nullable(OrderRecordSchema),
  /** Whether the fill test was requested. */
  fill: z.nullable(
    z.object({
      /** Whether a fill was tried. */
      attempted: z.boolean(),
      /** Client order id of the taking order, null when none. */
      clientOrderId: z.nullable(z.string()),
      /** Size filled, base units (decimal), null when none. */
      filledSize: z.nullable(decimal),
      /** Average fill price (decimal), null when none. */
      avgPrice: z.nullable(decimal),
      /** Whether the position the fill opened was closed again. */
      flattened: z.boolean(),
      /** What happened. */
      detail: z.string(),
    }),
  ),
  /** Rate-limit hits and retries. */
  rateLimit: z.object({
    /** Rate-limit answers seen. */
    hits: z.int().check(z.nonnegative()),
    /** Retries made after them. */
    retries: z.int().check(z.nonnegative()),
    /** Each hit and the decision taken. */
    entries: z.array(RateLimitEntrySchema),
  }),
  /** Transport incidents. */
  incidents: z.array(IncidentSchema),
  /**
   * Account tier (`accountLimits.user_tier`) read before the lifecycle and after cleanup; null when
   * it could not be read.
   */
  accountTier: z.object({
    /** Tier before the lifecycle (`standard`, `premium`, ...), null when unread. */
    before: z.nullable(z.string()),
    /** Tier after cleanup, null when unread. */
    after: z.nullable(z.string()),
  }),
  /**
   * Remaining volume quota (Premium/Plus) as the run's first and last accepted sendTx answers reported
   * it; the venue has no read route, so `before` already counts the first order. Null when the venue
   * never reported it (Standard accounts). Informational: place/cancel loops spend it.
   */
  volumeQuota: z.object({
    /** Quota the first accepted sendTx answer reported (already net of that tx); null when never reported. */
    before: z.nullable(z.int().check(z.nonnegative())),
    /** Quota the last accepted sendTx answer reported; null when never reported. */
    after: z.nullable(z.int().check(z.nonnegative())),
  }),
  /** What the safety harness did before exit. */
  cleanup: CleanupRecordSchema,
  /** Set when a signal stopped the run early (cleanup still ran); null for a run that finished. */
  interrupted: z.nullable(
    z.object({
      /** The signal name, e.g. `SIGINT`. */
      signal: z.string(),
      /** When it arrived, ISO-8601. */
      at: isoTime,
    }),
  ),
  /** The compliance criteria and their verdicts. */
  criteria: z.array(CriterionSchema),
  /** `pass` when every criterion passed. */
  verdict: z.enum(['pass', 'fail']),
  /** Process exit code, one of EXIT_CODE (0 pass, 1 fail, 3 cleanup unproven, 130/143 interrupted). */
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
