/** `GET /api/v1/exchangeStats`, `/exchangeMetrics`, `/executeStats` (docs/protocol/rest.md#market-data): floats on the wire. */
import * as z from 'zod';
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
  symbol: z.string().nullish(),
  last_trade_price: FloatSchema.nullish(),
  daily_trades_count: IntSchema.nullish(),
  daily_base_token_volume: FloatSchema.nullish(),
  daily_quote_token_volume: FloatSchema.nullish(),
  daily_price_change: FloatSchema.nullish(),
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
  total: IntSchema.nullish(),
  order_book_stats: listOf(OrderBookStatsSchema),
  daily_usd_volume: FloatSchema.nullish(),
  daily_trades_count: IntSchema.nullish(),
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
  metrics: listOf(z.looseObject({ timestamp: IntSchema, data: FloatSchema })),
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
  code: IntSchema.nullish(),
  period: z.string().nullish(),
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
