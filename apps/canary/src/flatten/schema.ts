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
  kind: z.enum(['cancel', 'close']),
  market: z.string(),
  clientOrderId: z.string(),
  venueOrderId: z.nullable(z.string()),
  /** What was sent: order side/size/price for a cancel; side, size and worst price for a close. */
  detail: z.string(),
  ok: z.boolean(),
  nonce: z.nullable(z.string()),
  txHash: z.nullable(z.string()),
  error: z.nullable(z.string()),
});

/** A non-zero position, signed decimal. */
export const FlattenPositionSchema = z.object({ market: z.string(), size: z.string() });

/** The flatten report. */
export const FlattenReportSchema = z.object({
  reportVersion: z.literal(FLATTEN_REPORT_VERSION),
  kind: z.literal('flatten'),
  tool: z.object({ name: z.literal('@lighter-ts/canary'), version: z.string() }),
  runId: z.string().check(z.minLength(1)),
  network: z.enum(['sim', 'testnet', 'mainnet']),
  endpoint: z.object({
    httpUrl: z.nullable(z.string()),
    wsUrl: z.nullable(z.string()),
    chainId: z.nullable(z.int()),
  }),
  account: z.object({ accountIndex: z.nullable(z.string()), apiKeyIndex: z.nullable(z.int()) }),
  startedAt: isoTime,
  finishedAt: isoTime,
  durationMs: z.number().check(z.nonnegative()),
  found: z.object({ openOrders: z.int().check(z.nonnegative()), positions: z.array(FlattenPositionSchema) }),
  /** True when the first read found no open order and no position (a rerun after a successful flatten). */
  nothingToDo: z.boolean(),
  actions: z.array(FlattenActionSchema),
  /** Venue order ids the execution client could not address (shared client order index). */
  unaddressable: z.array(z.string()),
  after: z.object({
    openOrders: z.nullable(z.int().check(z.nonnegative())),
    positions: z.array(FlattenPositionSchema),
    verified: z.boolean(),
  }),
  verdict: z.enum(['flat', 'not-flat']),
  summary: z.string(),
  exitCode: z.int().check(z.nonnegative()),
  errors: z.array(z.string()),
});

/** A parsed flatten report. */
export type FlattenReport = z.output<typeof FlattenReportSchema>;
/** One flatten action. */
export type FlattenAction = z.output<typeof FlattenActionSchema>;
