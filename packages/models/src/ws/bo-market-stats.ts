/**
 * `bo_market_stats/{market|all}` channel: statistics of binary-option markets, which `market_stats` and
 * `spot_market_stats` leave out (docs/protocol/binary-options.md#websocket). The channel is official; its field
 * list is not published, so each entry only requires `market_id` and keeps every other field.
 */
import * as z from 'zod/mini';
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
  /** Binary (Up/Down) market id, 1000-2000 so far (docs/protocol/binary-options.md#market-ids). */
  market_id: MarketIdSchema,
  /** Market symbol; field unverified (the payload list is unpublished). */
  symbol: z.nullish(z.string()),
  /** Last trade price in USDC per share, decimal string between 0 and the cap (`"0.55"`); field unverified. */
  last_trade_price: z.nullish(DecimalStringSchema),
  /** Mid of best bid and ask in USDC per share, decimal string; field unverified. */
  mid_price: z.nullish(DecimalStringSchema),
  /** Open interest in shares, decimal string; field unverified. */
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
  /** `subscribed/bo_market_stats` for the snapshot, `update/bo_market_stats` for later figures. */
  type: z.enum(['subscribed/bo_market_stats', 'update/bo_market_stats']),
  /** Inbound channel name: `bo_market_stats:{market}` or `bo_market_stats:all`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds as a plain integer; absent on some frames. */
  timestamp: z.nullish(IntSchema),
  /**
   * Stats of binary markets: one object for a single market, a map keyed by market id for `all`; parsed to an
   * array, `[]` when `null` or absent.
   */
  bo_market_stats: z.pipe(
    z.nullish(singleOrMap(BoMarketStatsSchema)),
    z.transform((v) => v ?? []),
  ),
});
/** Inferred {@link BoMarketStatsFrameSchema}. */
export type BoMarketStatsFrame = z.output<typeof BoMarketStatsFrameSchema>;
