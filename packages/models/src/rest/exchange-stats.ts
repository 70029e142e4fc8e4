/** `GET /api/v1/exchangeStats`, `/exchangeMetrics`, `/executeStats` (docs/protocol/rest.md#market-data): floats on the wire. */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { FloatSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${EXCHANGE_STATS_ROUTE.path}` with method EXCHANGE_STATS_ROUTE.method
 * @throws never (a constant)
 */
export const EXCHANGE_STATS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/exchangeStats',
  weight: 300,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${EXCHANGE_METRICS_ROUTE.path}` with method EXCHANGE_METRICS_ROUTE.method
 * @throws never (a constant)
 */
export const EXCHANGE_METRICS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/exchangeMetrics',
  weight: 300,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${EXECUTE_STATS_ROUTE.path}` with method EXECUTE_STATS_ROUTE.method
 * @throws never (a constant)
 */
export const EXECUTE_STATS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/executeStats',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * Per-market 24h stats of `exchangeStats`.
 *
 * @example
 * const r = OrderBookStatsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookStatsSchema = z.looseObject({
  symbol: z.string().nullish(),
  last_trade_price: z.nullish(FloatSchema),
  daily_trades_count: z.nullish(IntSchema),
  daily_base_token_volume: z.nullish(FloatSchema),
  daily_quote_token_volume: z.nullish(FloatSchema),
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
  total: z.nullish(IntSchema),
  order_book_stats: listOf(OrderBookStatsSchema),
  daily_usd_volume: z.nullish(FloatSchema),
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
  metrics: listOf(z.looseObject({ timestamp: IntSchema, data: FloatSchema })),
});
/** Inferred {@link ExchangeMetricsSchema}. */
export type ExchangeMetrics = z.output<typeof ExchangeMetricsSchema>;

/**
 * Query of `exchangeMetrics`.
 *
 * @example
 * const r = ExchangeMetricsParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ExchangeMetricsParamsSchema = z.strictObject({
  period: z.enum(['h', 'd', 'w', 'm', 'q', 'y', 'all']),
  kind: z.string().min(1),
  filter: z.literal('byMarket').optional(),
  value: z.string().optional(),
});
/** Inferred {@link ExchangeMetricsParamsSchema}. */
export type ExchangeMetricsParams = z.input<typeof ExchangeMetricsParamsSchema>;

/**
 * `RespGetExecuteStats` response (`result` kept loose: slippage vs other venues).
 *
 * @example
 * const r = ExecuteStatsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ExecuteStatsSchema = z.looseObject({
  code: z.nullish(IntSchema),
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
