import type { ChannelDefinition } from '../channel.js';
import { type MarketStatsEvent, statsChannel } from './market-stats.js';

/**
 * `bo_market_stats/{market|all}`: statistics of binary-option (Up/Down) markets, which `market_stats` and
 * `spot_market_stats` leave out (docs/protocol/binary-options.md#websocket). Same single/map rule as
 * market_stats; the per-market fields are unpublished, so `stats` keeps each entry raw and `typed` holds models'
 * lenient parse (`market_id` required, unknown fields kept). Ref-counted like every channel.
 * @example ws.subscribe(boMarketStatsChannel({ market: 'all' })).on('data', (e) => console.log(e.stats['1001']));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad market
 */
export function boMarketStatsChannel(params: {
  /** Binary-option market id, or `'all'` for every binary-option market in one stream. */
  readonly market: number | 'all';
}): ChannelDefinition<MarketStatsEvent<'bo_market_stats'>> {
  return statsChannel('bo_market_stats', params.market);
}
