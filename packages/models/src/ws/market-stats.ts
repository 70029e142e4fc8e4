/**
 * `market_stats/{market|all}` and `spot_market_stats/{market|all}` channels (docs/protocol/websocket.md#channels).
 * One market sends an object, `all` sends a map keyed by market id; both parse to a flat array.
 */
import * as z from 'zod';
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
  market_id: MarketIdSchema,
  symbol: z.string().nullish(),
  index_price: z.nullish(DecimalStringSchema),
  mark_price: z.nullish(DecimalStringSchema),
  mid_price: z.nullish(DecimalStringSchema),
  open_interest: z.nullish(DecimalStringSchema),
  open_interest_limit: z.nullish(DecimalStringSchema),
  funding_clamp_small: z.nullish(DecimalStringSchema),
  funding_clamp_big: z.nullish(DecimalStringSchema),
  base_interest_rate: z.nullish(DecimalStringSchema),
  last_trade_price: z.nullish(DecimalStringSchema),
  current_funding_rate: z.nullish(DecimalStringSchema),
  funding_rate: z.nullish(DecimalStringSchema),
  funding_timestamp: z.nullish(TimestampMsSchema),
  daily_base_token_volume: z.nullish(FloatSchema),
  daily_quote_token_volume: z.nullish(FloatSchema),
  daily_price_low: z.nullish(FloatSchema),
  daily_price_high: z.nullish(FloatSchema),
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
  market_id: MarketIdSchema,
  symbol: z.string().nullish(),
  index_price: z.nullish(DecimalStringSchema),
  mid_price: z.nullish(DecimalStringSchema),
  last_trade_price: z.nullish(DecimalStringSchema),
  daily_base_token_volume: z.nullish(FloatSchema),
  daily_quote_token_volume: z.nullish(FloatSchema),
  daily_price_low: z.nullish(FloatSchema),
  daily_price_high: z.nullish(FloatSchema),
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
export function singleOrMap<T extends z.ZodType>(item: T) {
  // A single market's stats has `market_id` at top level; the `all` map does not.
  return z.unknown().transform((v, ctx): z.output<T>[] => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const entries = 'market_id' in v ? [v] : Object.values(v);
      const out: z.output<T>[] = [];
      for (const [i, entry] of entries.entries()) {
        const r = item.safeParse(entry);
        if (!r.success) {
          const key = 'market_id' in v ? [] : [Object.keys(v)[i] ?? String(i)];
          for (const issue of r.error.issues) ctx.addIssue({ ...issue, path: [...key, ...issue.path] } as never);
          return z.NEVER;
        }
        out.push(r.data as z.output<T>);
      }
      return out;
    }
    ctx.addIssue({ code: 'custom', message: 'market stats object or map' });
    return z.NEVER;
  });
}

/**
 * `market_stats` frame; `market_stats` parsed to an array (one entry for a single market).
 *
 * @example
 * const r = MarketStatsFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const MarketStatsFrameSchema = z.looseObject({
  type: z.enum(['subscribed/market_stats', 'update/market_stats']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
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
  type: z.enum(['subscribed/spot_market_stats', 'update/spot_market_stats']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  spot_market_stats: singleOrMap(SpotMarketStatsSchema),
});
/** Inferred {@link SpotMarketStatsFrameSchema}. */
export type SpotMarketStatsFrame = z.output<typeof SpotMarketStatsFrameSchema>;
