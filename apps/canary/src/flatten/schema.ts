/**
 * The flatten report: what was found, what was done (each cancel / close with its outcome), and
 * what a final re-read of the account proved. A published zod schema like the lifecycle report's.
 */
import * as z from 'zod/mini';

const isoTime = z.iso.datetime({ offset: true });

/** Version of the flatten report layout. */
export const FLATTEN_REPORT_VERSION = 1 as const;

/** One cancel or close the flatten sent. */
export const FlattenActionSchema = z.object({
  /** `cancel` (an open order) or `close` (a reduce-only order against a position). */
  kind: z.enum(['cancel', 'close']),
  /** Market symbol. */
  market: z.string(),
  /** Client order id of the cancel target or of the closing order. */
  clientOrderId: z.string(),
  /** Venue order index (decimal text), null when unknown. */
  venueOrderId: z.nullable(z.string()),
  /** What was sent: order side/size/price for a cancel; side, size and worst price for a close. */
  detail: z.string(),
  /** Whether the venue accepted it. */
  ok: z.boolean(),
  /** Nonce the tx was signed with (decimal text), null when nothing was signed. */
  nonce: z.nullable(z.string()),
  /** L2 hash of the tx, null when nothing was sent. */
  txHash: z.nullable(z.string()),
  /** Why it failed, redacted; null when ok. */
  error: z.nullable(z.string()),
});

/** A non-zero position, signed decimal. */
export const FlattenPositionSchema = z.object({
  /** Market symbol, e.g. `ETH`. */
  market: z.string(),
  /** Signed position in base units, decimal string (negative = short). */
  size: z.string(),
});

/** The flatten report. */
export const FlattenReportSchema = z.object({
  /** Layout version (FLATTEN_REPORT_VERSION). */
  reportVersion: z.literal(FLATTEN_REPORT_VERSION),
  /** Always `flatten`. */
  kind: z.literal('flatten'),
  /** The program that wrote the report. */
  tool: z.object({
    /** Always `@lighter-ts/canary`. */
    name: z.literal('@lighter-ts/canary'),
    /** Its package version (semver). */
    version: z.string(),
  }),
  /** Unique id of this run. */
  runId: z.string().check(z.minLength(1)),
  /** `sim`, `testnet` or `mainnet`. */
  network: z.enum(['sim', 'testnet', 'mainnet']),
  /** Where the run connected. */
  endpoint: z.object({
    /** REST base URL; null when not resolved. */
    httpUrl: z.nullable(z.string()),
    /** WebSocket URL; null when not resolved. */
    wsUrl: z.nullable(z.string()),
    /** Signing chain id; null when not resolved. */
    chainId: z.nullable(z.int()),
  }),
  /** The account flattened (never its key). */
  account: z.object({
    /** Account index as decimal text; null when credentials were not resolved. */
    accountIndex: z.nullable(z.string()),
    /** API key slot that signed, 0..254; null when credentials were not resolved. */
    apiKeyIndex: z.nullable(z.int()),
  }),
  /** Run start, ISO-8601. */
  startedAt: isoTime,
  /** Run end, ISO-8601. */
  finishedAt: isoTime,
  /** Run duration, ms. */
  durationMs: z.number().check(z.nonnegative()),
  /** What the first read of the account found. */
  found: z.object({
    /** Open orders on every market. */
    openOrders: z.int().check(z.nonnegative()),
    /** Non-zero positions. */
    positions: z.array(FlattenPositionSchema),
  }),
  /** True when the first read found no open order and no position (a rerun after a successful flatten). */
  nothingToDo: z.boolean(),
  /** Each cancel and close sent, in order. */
  actions: z.array(FlattenActionSchema),
  /** Venue order ids the execution client could not address (shared client order index). */
  unaddressable: z.array(z.string()),
  /** What the final re-read proved. */
  after: z.object({
    /** Open orders left, null when the re-read failed. */
    openOrders: z.nullable(z.int().check(z.nonnegative())),
    /** Non-zero positions left. */
    positions: z.array(FlattenPositionSchema),
    /** Whether the final re-read succeeded (the verdict rests on it). */
    verified: z.boolean(),
  }),
  /** `flat` when the final read shows no open order and no position. */
  verdict: z.enum(['flat', 'not-flat']),
  /** One-line human summary. */
  summary: z.string(),
  /** Process exit code, one of EXIT_CODE (0 flat). */
  exitCode: z.int().check(z.nonnegative()),
  /** Errors outside any action, redacted. */
  errors: z.array(z.string()),
});

/** A parsed flatten report. */
export type FlattenReport = z.output<typeof FlattenReportSchema>;
/** One flatten action. */
export type FlattenAction = z.output<typeof FlattenActionSchema>;
