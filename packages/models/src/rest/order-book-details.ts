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
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `market_config` of a perp market.
 *
 * @example
 * const r = MarketConfigSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const MarketConfigSchema = z.looseObject({
  market_margin_mode: IntSchema.nullish(),
  insurance_fund_account_index: IntSchema.nullish(),
  liquidation_mode: IntSchema.nullish(),
  force_reduce_only: BoolSchema.nullish(),
  trading_hours: z.string().nullish(),
  funding_fee_discounts_enabled: BoolSchema.nullish(),
  hidden: BoolSchema.nullish(),
  rfq_enabled: BoolSchema.nullish(),
});
/** Inferred {@link MarketConfigSchema}. */
export type MarketConfig = z.output<typeof MarketConfigSchema>;

/** 24h statistics (floats on the wire) shared by perp and spot details; absent in trimmed snapshots. */
const DailyStatsShape = {
  last_trade_price: FloatSchema.nullish(),
  daily_trades_count: IntSchema.nullish(),
  daily_base_token_volume: FloatSchema.nullish(),
  daily_quote_token_volume: FloatSchema.nullish(),
  daily_price_low: FloatSchema.nullish(),
  daily_price_high: FloatSchema.nullish(),
  daily_price_change: FloatSchema.nullish(),
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
  quote_multiplier: IntSchema.nullish(),
  default_initial_margin_fraction: IntSchema,
  min_initial_margin_fraction: IntSchema.nullish(),
  maintenance_margin_fraction: IntSchema,
  closeout_margin_fraction: IntSchema.nullish(),
  open_interest: FloatSchema.nullish(),
  market_config: MarketConfigSchema.nullish(),
  strategy_index: IntSchema.nullish(),
  market_flags: IntSchema.nullish(),
  funding_clamp_small: DecimalStringSchema.nullish(),
  funding_clamp_big: DecimalStringSchema.nullish(),
  funding_premium_multiplier: IntSchema.nullish(),
  base_interest_rate: DecimalStringSchema.nullish(),
  /** Milliseconds, sent as a string in 2026 data (docs/protocol/rest.md#response-models). */
  created_at: TimestampMsSchema.nullish(),
  multiplier: DecimalStringSchema.nullish(),
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
  created_at: TimestampMsSchema.nullish(),
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
