/**
 * The typed stats entry of one market from a `market_stats`, `spot_market_stats` or `bo_market_stats` event.
 * One parse path (issue 13): streaming parsed the frame with models' frame schema, so a frame that validated is
 * only searched here. models refuses the frame as a whole when any one market's entry is bad (an `all`
 * subscription carries every market), so a refused frame is read for our market alone with models' entry schema:
 * a bad sibling market never hides ours.
 */
import {
  type BoMarketStats,
  BoMarketStatsSchema,
  type MarketStats,
  MarketStatsSchema,
  type SpotMarketStats,
  SpotMarketStatsSchema,
} from '@lighter-ts/models';
import type { MarketStatsEvent } from '@lighter-ts/streaming';
import type { RowSchema } from '../venue/frame-rows.js';

function rawEntry<T>(event: MarketStatsEvent, marketIndex: number, schema: RowSchema<T>): T | undefined {
  const raw = event.stats[String(marketIndex)];
  if (raw === undefined) return undefined;
  const r = schema.safeParse(raw);
  return r.success ? r.data : undefined;
}

/**
 * The perp market's entry of a `market_stats` event, or undefined when the frame has none that can be read.
 * @example perpStatsOf(e, 0)?.mark_price // '2064.47'
 * @throws never
 */
export function perpStatsOf(event: MarketStatsEvent<'market_stats'>, marketIndex: number): MarketStats | undefined {
  if (event.typed !== undefined) return event.typed.market_stats.find((s) => s.market_id === marketIndex);
  return rawEntry(event, marketIndex, MarketStatsSchema);
}

/**
 * The spot market's entry of a `spot_market_stats` event, or undefined when the frame has none that can be read.
 * @example spotStatsOf(e, 2048)?.index_price // '3000.10'
 * @throws never
 */
export function spotStatsOf(
  event: MarketStatsEvent<'spot_market_stats'>,
  marketIndex: number,
): SpotMarketStats | undefined {
  if (event.typed !== undefined) return event.typed.spot_market_stats.find((s) => s.market_id === marketIndex);
  return rawEntry(event, marketIndex, SpotMarketStatsSchema);
}

/**
 * The binary market's entry of a `bo_market_stats` event, or undefined when the frame has none that can be read.
 * @example boStatsOf(e, 1001)?.last_trade_price // '0.55'
 * @throws never
 */
export function boStatsOf(event: MarketStatsEvent<'bo_market_stats'>, marketIndex: number): BoMarketStats | undefined {
  if (event.typed !== undefined) return event.typed.bo_market_stats.find((s) => s.market_id === marketIndex);
  return rawEntry(event, marketIndex, BoMarketStatsSchema);
}

/**
 * A decimal the venue may send empty (`""` on an empty book): undefined when empty or absent.
 * @example presentDecimal('') // undefined
 * @throws never
 */
export function presentDecimal(value: string | null | undefined): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : value;
}
