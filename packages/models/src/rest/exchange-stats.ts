/** `GET /api/v1/exchangeStats`, `/exchangeMetrics`, `/executeStats` responses (docs/protocol/rest.md#market-data): floats on the wire. */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { FloatSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';

/**
 * Per-market 24h stats of `exchangeStats`.
 *
 * @example
 * const r = OrderBookStatsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookStatsSchema = z.looseObject({
  /** Market symbol (`"ETH"`). */
  symbol: z.nullish(z.string()),
  /** Price of the last trade, quote units (JSON float, display only). */
  last_trade_price: z.nullish(FloatSchema),
  /** Number of trades in the last 24 h. */
  daily_trades_count: z.nullish(IntSchema),
  /** Base-asset volume of the last 24 h (JSON float). */
  daily_base_token_volume: z.nullish(FloatSchema),
  /** Quote (USD) volume of the last 24 h (JSON float). */
  daily_quote_token_volume: z.nullish(FloatSchema),
  /** Price change over the last 24 h, percent (JSON float). */
  daily_price_change: z.nullish(FloatSchema),
});
/** Inferred {@link OrderBookStatsSchema}. */
export type OrderBookStats = z.output<typeof OrderBookStatsSchema>;

/**
 * `ExchangeStats` response.
 *
 * @example
 * const r = ExchangeStatsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ExchangeStatsSchema = z.looseObject({
  ...ResultCodeShape,
  /** Number of markets in `order_book_stats`. */
  total: z.nullish(IntSchema),
  /** One row per market; `null` becomes `[]`. */
  order_book_stats: listOf(OrderBookStatsSchema),
  /** Venue-wide USD volume of the last 24 h (JSON float). */
  daily_usd_volume: z.nullish(FloatSchema),
  /** Venue-wide trade count of the last 24 h. */
  daily_trades_count: z.nullish(IntSchema),
});
/** Inferred {@link ExchangeStatsSchema}. */
export type ExchangeStats = z.output<typeof ExchangeStatsSchema>;

/**
 * `RespGetExchangeMetrics` response.
 *
 * @example
 * const r = ExchangeMetricsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ExchangeMetricsSchema = z.looseObject({
  ...ResultCodeShape,
  /** Time series of the requested `kind` over `period`: `timestamp` (integer) and `data` (JSON float). */
  metrics: listOf(
    z.looseObject({
      /** Time of the data point (integer, as the venue sends it). */
      timestamp: IntSchema,
      /** Value of the metric at that time (JSON float). */
      data: FloatSchema,
    }),
  ),
});
/** Inferred {@link ExchangeMetricsSchema}. */
export type ExchangeMetrics = z.output<typeof ExchangeMetricsSchema>;

/**
 * `RespGetExecuteStats` response (`result` kept loose: slippage vs other venues).
 *
 * @example
 * const r = ExecuteStatsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ExecuteStatsSchema = z.looseObject({
  /** Result code (200 = success); absent on some versions. */
  code: z.nullish(IntSchema),
  /** Period the statistics cover (e.g. `"d"`). */
  period: z.nullish(z.string()),
  /** Execution statistics rows (slippage compared with other venues), kept loose; `null` becomes `[]`. */
  result: listOf(z.looseObject({})),
});
/** Inferred {@link ExecuteStatsSchema}. */
export type ExecuteStats = z.output<typeof ExecuteStatsSchema>;

/**
 * Parse an `exchangeStats` response.
 *
 * @example
 * parseExchangeStats(body).daily_usd_volume;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseExchangeStats(raw: unknown): WithRaw<ExchangeStats> {
  return parseWith(ExchangeStatsSchema, raw, 'ExchangeStats');
}

/**
 * Parse an `exchangeMetrics` response.
 *
 * @example
 * parseExchangeMetrics(body).metrics[0]?.data;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseExchangeMetrics(raw: unknown): WithRaw<ExchangeMetrics> {
  return parseWith(ExchangeMetricsSchema, raw, 'ExchangeMetrics');
}

/**
 * Parse an `executeStats` response.
 *
 * @example
 * parseExecuteStats(body).result.length;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseExecuteStats(raw: unknown): WithRaw<ExecuteStats> {
  return parseWith(ExecuteStatsSchema, raw, 'ExecuteStats');
}
