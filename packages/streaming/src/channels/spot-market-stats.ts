import type { ChannelDefinition } from '../channel.js';
import { type MarketStatsEvent, statsChannel } from './market-stats.js';

/**
 * `spot_market_stats/{market|all}`: spot market stats, same single/map rule as market_stats
 * (docs/protocol/websocket.md#channels). Ref-counted like every channel.
 * @example ws.subscribe(spotMarketStatsChannel({ market: 2048 }));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad market
 */
export function spotMarketStatsChannel(params: {
  /** Spot market index (2048+) or `'all'` for every spot market in one stream. */
  readonly market: number | 'all';
}): ChannelDefinition<MarketStatsEvent<'spot_market_stats'>> {
  return statsChannel('spot_market_stats', params.market);
}
