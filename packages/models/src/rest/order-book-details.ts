/** `GET /api/v1/orderBookDetails`: per-market decimals, margins and 24h stats (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models). */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import {
  BoolSchema,
  DecimalStringSchema,
  FloatSchema,
  IntSchema,
  ResultCodeShape,
  listOf,
} from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';
import { OrderBookMarketShape } from './order-books.js';

/**
 * `market_config` of a perp market.
 *
 * @example
 * const r = MarketConfigSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const MarketConfigSchema = z.looseObject({
  /** Margin modes allowed: 0 `ALL`, 1 `ISOLATED_FOR_NON_POOLS` (see `MARKET_MARGIN_MODE`). */
  market_margin_mode: z.nullish(IntSchema),
  /** Account index of the insurance fund that backs this market's liquidations. */
  insurance_fund_account_index: z.nullish(IntSchema),
  /** Liquidation mode code of the market (venue-internal enum, undocumented values). */
  liquidation_mode: z.nullish(IntSchema),
  /** When true, only reduce-only orders are accepted (a market being wound down). */
  force_reduce_only: z.nullish(BoolSchema),
  /** Trading-hours description; empty for the usual 24/7 markets. */
  trading_hours: z.nullish(z.string()),
  /** Whether funding-fee discounts apply on this market. */
  funding_fee_discounts_enabled: z.nullish(BoolSchema),
  /** Hidden from the venue's UI listings (still tradable through the API). */
  hidden: z.nullish(BoolSchema),
  /** Whether request-for-quote trading is enabled on this market (2026 field). */
  rfq_enabled: z.nullish(BoolSchema),
});
/** Inferred {@link MarketConfigSchema}. */
export type MarketConfig = z.output<typeof MarketConfigSchema>;

/** 24h statistics (floats on the wire) shared by perp and spot details; absent in trimmed snapshots. */
const DailyStatsShape = {
  /** Price of the last trade, quote units (JSON float, display only: never for order math). */
  last_trade_price: z.nullish(FloatSchema),
  /** Number of trades in the last 24 h. */
  daily_trades_count: z.nullish(IntSchema),
  /** Base-asset volume of the last 24 h (JSON float). */
  daily_base_token_volume: z.nullish(FloatSchema),
  /** Quote (USD) volume of the last 24 h (JSON float). */
  daily_quote_token_volume: z.nullish(FloatSchema),
  /** Lowest trade price of the last 24 h (JSON float). */
  daily_price_low: z.nullish(FloatSchema),
  /** Highest trade price of the last 24 h (JSON float). */
  daily_price_high: z.nullish(FloatSchema),
  /** Price change over the last 24 h, percent (JSON float). */
  daily_price_change: z.nullish(FloatSchema),
  /** Intraday price chart: map of timestamp key to price (JSON floats). */
  daily_chart: z.nullish(z.record(z.string(), FloatSchema)),
};

/** Fields common to perp and spot details. */
const DetailShape = {
  ...OrderBookMarketShape,
  /** Decimals of a size on this market: `base_amount` on the wire = size × 10^size_decimals. */
  size_decimals: IntSchema,
  /** Decimals of a price on this market: price ticks on the wire = price × 10^price_decimals. */
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
  /** Quote multiplier of the market's contract (1 on all current perps; semantics not documented). */
  quote_multiplier: z.nullish(IntSchema),
  /** Initial margin fraction a new position gets, 1/10000 units (`500` = 5 % = 20x). */
  default_initial_margin_fraction: IntSchema,
  /** Smallest initial margin fraction allowed (highest leverage), 1/10000 units. */
  min_initial_margin_fraction: z.nullish(IntSchema),
  /** Maintenance margin fraction below which liquidation starts, 1/10000 units. */
  maintenance_margin_fraction: IntSchema,
  /** Close-out margin fraction (full liquidation threshold), 1/10000 units. */
  closeout_margin_fraction: z.nullish(IntSchema),
  /** Open interest, base units (JSON float). */
  open_interest: z.nullish(FloatSchema),
  /** Margin, liquidation and trading switches of the market (see {@link MarketConfigSchema}). */
  market_config: z.nullish(MarketConfigSchema),
  /** Index of the pricing strategy the venue runs for this market (venue-internal). */
  strategy_index: z.nullish(IntSchema),
  /** Bit flags of the market (2026 field; bit meanings not documented). */
  market_flags: z.nullish(IntSchema),
  /** Small funding clamp, decimal string (2026 field; bounds the funding premium). */
  funding_clamp_small: z.nullish(DecimalStringSchema),
  /** Large funding clamp, decimal string (2026 field; bounds the funding premium). */
  funding_clamp_big: z.nullish(DecimalStringSchema),
  /** Multiplier applied to the funding premium (2026 field). */
  funding_premium_multiplier: z.nullish(IntSchema),
  /** Base interest rate of the funding formula, decimal string (2026 field). */
  base_interest_rate: z.nullish(DecimalStringSchema),
  /** Market creation time, Unix ms, sent as a string in 2026 data (docs/protocol/rest.md#response-models). */
  created_at: z.nullish(TimestampMsSchema),
  /** Contract multiplier, decimal string (2026 field; `"1"` on ordinary markets). */
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
  /** Market creation time, Unix ms (a string in 2026 data). */
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
  /** Perp (and binary) markets; only active markets are listed, an unknown id gives `[]`. */
  order_book_details: listOf(PerpsOrderBookDetailSchema),
  /** Spot markets (ids from 2048); `null` or absent on older servers becomes `[]`. */
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
