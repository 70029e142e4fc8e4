/**
 * `market_stats/{market|all}` and `spot_market_stats/{market|all}` channels (docs/protocol/websocket.md#channels).
 * One market sends an object, `all` sends a map keyed by market id; both parse to a flat array.
 */
import * as z from 'zod/mini';
import { DecimalStringSchema, FloatSchema, MarketIdSchema } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Perp market statistics: prices/OI/funding are decimal strings, 24h stats floats.
 *
 * @example
 * const r = MarketStatsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const MarketStatsSchema = z.looseObject({
  /** Perp market id (0-254). */
  market_id: MarketIdSchema,
  /** Market symbol, e.g. `ETH`; absent on older venue versions. */
  symbol: z.nullish(z.string()),
  /** Index price (spot reference) in USDC, exact decimal string. */
  index_price: z.nullish(DecimalStringSchema),
  /** Mark price used for margin and liquidation, USDC decimal string. */
  mark_price: z.nullish(DecimalStringSchema),
  /** Mid of best bid and ask, USDC decimal string; `""` on an empty book. */
  mid_price: z.nullish(DecimalStringSchema),
  /** Open interest in base-asset units (e.g. ETH), decimal string. */
  open_interest: z.nullish(DecimalStringSchema),
  /** Open-interest cap of the market in base units, decimal string (2026 venue versions). */
  open_interest_limit: z.nullish(DecimalStringSchema),
  /** Inner clamp bound of the funding formula, decimal string (2026 venue versions). */
  funding_clamp_small: z.nullish(DecimalStringSchema),
  /** Outer clamp bound of the funding formula, decimal string (2026 venue versions). */
  funding_clamp_big: z.nullish(DecimalStringSchema),
  /** Interest-rate component of the funding formula, decimal string (2026 venue versions). */
  base_interest_rate: z.nullish(DecimalStringSchema),
  /** Price of the last trade, USDC decimal string. */
  last_trade_price: z.nullish(DecimalStringSchema),
  /** The venue's running estimate of the upcoming funding rate, decimal string. */
  current_funding_rate: z.nullish(DecimalStringSchema),
  /** Rate of the most recent funding round, decimal string (meaning inferred from recorded frames). */
  funding_rate: z.nullish(DecimalStringSchema),
  /** Time of the next funding round, Unix milliseconds. */
  funding_timestamp: z.nullish(TimestampMsSchema),
  /** Base-asset volume of the last 24 h, a JSON float (not exact). */
  daily_base_token_volume: z.nullish(FloatSchema),
  /** Quote (USDC) volume of the last 24 h, a JSON float. */
  daily_quote_token_volume: z.nullish(FloatSchema),
  /** Lowest trade price of the last 24 h, a JSON float. */
  daily_price_low: z.nullish(FloatSchema),
  /** Highest trade price of the last 24 h, a JSON float. */
  daily_price_high: z.nullish(FloatSchema),
  /** Price change over the last 24 h in percent (`-1.15` = −1.15 %), a JSON float. */
  daily_price_change: z.nullish(FloatSchema),
});
/** Inferred {@link MarketStatsSchema}. */
export type MarketStats = z.output<typeof MarketStatsSchema>;

/**
 * Spot market statistics.
 *
 * @example
 * const r = SpotMarketStatsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SpotMarketStatsSchema = z.looseObject({
  /** Spot market id (2048-4094). */
  market_id: MarketIdSchema,
  /** Market symbol, e.g. `ETH/USDC`. */
  symbol: z.nullish(z.string()),
  /** Index price in the quote asset, decimal string. */
  index_price: z.nullish(DecimalStringSchema),
  /** Mid of best bid and ask, decimal string; `""` on an empty book. */
  mid_price: z.nullish(DecimalStringSchema),
  /** Price of the last trade, decimal string. */
  last_trade_price: z.nullish(DecimalStringSchema),
  /** Base-asset volume of the last 24 h, a JSON float (not exact). */
  daily_base_token_volume: z.nullish(FloatSchema),
  /** Quote-asset volume of the last 24 h, a JSON float. */
  daily_quote_token_volume: z.nullish(FloatSchema),
  /** Lowest trade price of the last 24 h, a JSON float. */
  daily_price_low: z.nullish(FloatSchema),
  /** Highest trade price of the last 24 h, a JSON float. */
  daily_price_high: z.nullish(FloatSchema),
  /** Price change over the last 24 h in percent, a JSON float. */
  daily_price_change: z.nullish(FloatSchema),
});
/** Inferred {@link SpotMarketStatsSchema}. */
export type SpotMarketStats = z.output<typeof SpotMarketStatsSchema>;

/**
 * A single market's stats object or the `all` map keyed by market id, parsed to an array.
 *
 * @example
 * singleOrMap(MarketStatsSchema).parse({ '0': { market_id: 0 } }); // [{ market_id: 0 }]
 * @throws never (returns a schema)
 */
export function singleOrMap<T extends z.core.$ZodType>(item: T) {
  // A single market's stats has `market_id` at top level; the `all` map does not.
  return z.pipe(
    z.unknown(),
    z.transform((v, ctx): z.output<T>[] => {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        const entries = 'market_id' in v ? [v] : Object.values(v);
        const out: z.output<T>[] = [];
        for (const [i, entry] of entries.entries()) {
          const r = z.safeParse(item, entry);
          if (!r.success) {
            const key = 'market_id' in v ? [] : [Object.keys(v)[i] ?? String(i)];
            for (const issue of r.error.issues)
              ctx.issues.push({ ...issue, path: [...key, ...issue.path], input: v } as never);
            return z.NEVER;
          }
          out.push(r.data);
        }
        return out;
      }
      ctx.issues.push({ code: 'custom', message: 'market stats object or map', input: v });
      return z.NEVER;
    }),
  );
}

/**
 * `market_stats` frame; `market_stats` parsed to an array (one entry for a single market).
 *
 * @example
 * const r = MarketStatsFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const MarketStatsFrameSchema = z.looseObject({
  /** `subscribed/market_stats` for the snapshot, `update/market_stats` for later figures (replace per market). */
  type: z.enum(['subscribed/market_stats', 'update/market_stats']),
  /** Inbound channel name: `market_stats:{market}` or `market_stats:all`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /**
   * Stats of perp markets: one object for `market_stats/{m}`, a map keyed by market id for `all`; parsed to an
   * array either way. Binary markets are excluded (they have `bo_market_stats`).
   */
  market_stats: singleOrMap(MarketStatsSchema),
});
/** Inferred {@link MarketStatsFrameSchema}. */
export type MarketStatsFrame = z.output<typeof MarketStatsFrameSchema>;

/**
 * `spot_market_stats` frame.
 *
 * @example
 * const r = SpotMarketStatsFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SpotMarketStatsFrameSchema = z.looseObject({
  /** `subscribed/spot_market_stats` for the snapshot, `update/spot_market_stats` for later figures. */
  type: z.enum(['subscribed/spot_market_stats', 'update/spot_market_stats']),
  /** Inbound channel name: `spot_market_stats:{market}` or `spot_market_stats:all`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** Stats of spot markets: one object or a map keyed by market id, parsed to an array. */
  spot_market_stats: singleOrMap(SpotMarketStatsSchema),
});
/** Inferred {@link SpotMarketStatsFrameSchema}. */
export type SpotMarketStatsFrame = z.output<typeof SpotMarketStatsFrameSchema>;
