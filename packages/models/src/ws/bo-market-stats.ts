/**
 * `bo_market_stats/{market|all}` channel: statistics of binary-option markets, which `market_stats` and
 * `spot_market_stats` leave out (docs/protocol/binary-options.md#websocket). The channel is official; its field
 * list is not published, so each entry only requires `market_id` and keeps every other field.
 */
import * as z from 'zod';
import { DecimalStringSchema, IntSchema, MarketIdSchema } from '../schemas/primitives.js';
import { singleOrMap } from './market-stats.js';

/**
 * Stats of one binary market (lenient: unknown fields kept).
 *
 * @example
 * const r = BoMarketStatsSchema.safeParse({ market_id: 1001, last_trade_price: '0.55' });
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BoMarketStatsSchema = z.looseObject({
  market_id: MarketIdSchema,
  symbol: z.string().nullish(),
  last_trade_price: z.nullish(DecimalStringSchema),
  mid_price: z.nullish(DecimalStringSchema),
  open_interest: z.nullish(DecimalStringSchema),
});
/** Inferred {@link BoMarketStatsSchema}. */
export type BoMarketStats = z.output<typeof BoMarketStatsSchema>;

/**
 * `bo_market_stats` frame; the stats parse to an array (one entry for a single market, every entry for `all`).
 *
 * @example
 * const f = parseWsFrame(text); if (f.kind === 'bo_market_stats') f.bo_market_stats[0]?.market_id;
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BoMarketStatsFrameSchema = z.looseObject({
  type: z.enum(['subscribed/bo_market_stats', 'update/bo_market_stats']),
  channel: z.string(),
  timestamp: z.nullish(IntSchema),
  bo_market_stats: singleOrMap(BoMarketStatsSchema)
    .nullish()
    .transform((v) => v ?? []),
});
/** Inferred {@link BoMarketStatsFrameSchema}. */
export type BoMarketStatsFrame = z.output<typeof BoMarketStatsFrameSchema>;
