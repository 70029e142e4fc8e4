/** `GET /api/v1/orderBookDetails`: per-market decimals, margins and 24h stats (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import {
  BoolSchema,
  DecimalStringSchema,
  FloatSchema,
  IntSchema,
  ResultCodeShape,
  listOf,
} from '../schemas/primitives.js';
import { OrderBookMarketShape } from './order-books.js';
import type { RouteInfo } from './route.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts (same query as `orderBooks`: {@link OrderBooksParamsSchema}).
 *
 * @example
 * `${baseUrl}${ORDER_BOOK_DETAILS_ROUTE.path}` with method ORDER_BOOK_DETAILS_ROUTE.method
 * @throws never (a constant)
 */
export const ORDER_BOOK_DETAILS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/orderBookDetails',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * `market_config` of a perp market.
 *
 * @example
 * const r = MarketConfigSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const MarketConfigSchema = z.looseObject({
  market_margin_mode: z.nullish(IntSchema),
  insurance_fund_account_index: z.nullish(IntSchema),
  liquidation_mode: z.nullish(IntSchema),
  force_reduce_only: z.nullish(BoolSchema),
  trading_hours: z.string().nullish(),
  funding_fee_discounts_enabled: z.nullish(BoolSchema),
  hidden: z.nullish(BoolSchema),
  rfq_enabled: z.nullish(BoolSchema),
});
/** Inferred {@link MarketConfigSchema}. */
export type MarketConfig = z.output<typeof MarketConfigSchema>;

/** 24h statistics (floats on the wire) shared by perp and spot details; absent in trimmed snapshots. */
const DailyStatsShape = {
  last_trade_price: z.nullish(FloatSchema),
  daily_trades_count: z.nullish(IntSchema),
  daily_base_token_volume: z.nullish(FloatSchema),
  daily_quote_token_volume: z.nullish(FloatSchema),
  daily_price_low: z.nullish(FloatSchema),
  daily_price_high: z.nullish(FloatSchema),
  daily_price_change: z.nullish(FloatSchema),
  daily_chart: z.record(z.string(), FloatSchema).nullish(),
};

/** Fields common to perp and spot details. */
const DetailShape = {
  ...OrderBookMarketShape,
  size_decimals: IntSchema,
  price_decimals: IntSchema,
  ...DailyStatsShape,
};

/**
 * Perp market details. Margin fractions are in 1/10000 units (`500` = 5 %).
 *
 * @example
 * const r = PerpsOrderBookDetailSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PerpsOrderBookDetailSchema = z.looseObject({
  ...DetailShape,
  quote_multiplier: z.nullish(IntSchema),
  default_initial_margin_fraction: IntSchema,
  min_initial_margin_fraction: z.nullish(IntSchema),
  maintenance_margin_fraction: IntSchema,
  closeout_margin_fraction: z.nullish(IntSchema),
  open_interest: z.nullish(FloatSchema),
  market_config: MarketConfigSchema.nullish(),
  strategy_index: z.nullish(IntSchema),
  market_flags: z.nullish(IntSchema),
  funding_clamp_small: z.nullish(DecimalStringSchema),
  funding_clamp_big: z.nullish(DecimalStringSchema),
  funding_premium_multiplier: z.nullish(IntSchema),
  base_interest_rate: z.nullish(DecimalStringSchema),
  /** Milliseconds, sent as a string in 2026 data (docs/protocol/rest.md#response-models). */
  created_at: z.nullish(TimestampMsSchema),
  multiplier: z.nullish(DecimalStringSchema),
});
/** Inferred {@link PerpsOrderBookDetailSchema}. */
export type PerpsOrderBookDetail = z.output<typeof PerpsOrderBookDetailSchema>;

/**
 * Spot market details (`symbol` like `"ETH/USDC"`, no margin fields).
 *
 * @example
 * const r = SpotOrderBookDetailSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SpotOrderBookDetailSchema = z.looseObject({
  ...DetailShape,
  created_at: z.nullish(TimestampMsSchema),
});
/** Inferred {@link SpotOrderBookDetailSchema}. */
export type SpotOrderBookDetail = z.output<typeof SpotOrderBookDetailSchema>;

/**
 * `OrderBookDetails` response.
 *
 * @example
 * const r = OrderBookDetailsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookDetailsSchema = z.looseObject({
  ...ResultCodeShape,
  order_book_details: listOf(PerpsOrderBookDetailSchema),
  spot_order_book_details: listOf(SpotOrderBookDetailSchema),
});
/** Inferred {@link OrderBookDetailsSchema}. */
export type OrderBookDetails = z.output<typeof OrderBookDetailsSchema>;

/**
 * Parse an `orderBookDetails` response.
 *
 * @example
 * const d = parseOrderBookDetails(body);
 * d.order_book_details[0]?.size_decimals; // 4
 * @throws {LighterParseError} when the payload does not match
 */
export function parseOrderBookDetails(raw: unknown): WithRaw<OrderBookDetails> {
  return parseWith(OrderBookDetailsSchema, raw, 'OrderBookDetails');
}
