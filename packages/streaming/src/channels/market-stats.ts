import { type BaseChannelEvent, type ChannelDefinition, baseEvent, marketPart, objectField } from '../channel.js';
import type { JsonObject } from '../frames.js';

/** Event of `market_stats` / `spot_market_stats`: stats keyed by market id. */
export interface MarketStatsEvent extends BaseChannelEvent {
  /** Always a map keyed by market id, also for a single-market subscription. */
  readonly stats: Readonly<Record<string, JsonObject>>;
}

/** @internal normalises the single-object / map-for-`all` forms (docs/protocol/websocket.md#channels). */
export function statsMap(payload: JsonObject): Record<string, JsonObject> {
  const id = payload.market_id;
  if (typeof id === 'number' || typeof id === 'string') return { [String(id)]: payload };
  const out: Record<string, JsonObject> = {};
  for (const [k, v] of Object.entries(payload)) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) out[k] = v as JsonObject;
  }
  return out;
}

/** @internal shared by market_stats and spot_market_stats. */
export function statsChannel(
  kind: 'market_stats' | 'spot_market_stats' | 'bo_market_stats',
  market: number | 'all',
): ChannelDefinition<MarketStatsEvent> {
  const channel = `${kind}/${marketPart('market', market, true)}`;
  return {
    kind,
    channel,
    requiresAuth: false,
    createHandler() {
      return {
        handle(frame) {
          return [{ ...baseEvent(frame, channel), stats: statsMap(objectField(frame.raw, kind)) }];
        },
        reset() {},
      };
    },
  };
}

/**
 * `market_stats/{market|all}`: mark/index price, funding, volume (docs/protocol/websocket.md#channels).
 * Subscribing the same channel twice shares one venue subscription (ref-counted; the venue
 * unsubscribe is sent when the last consumer leaves).
 * @example ws.subscribe(marketStatsChannel({ market: 'all' })).on('data', (e) => console.log(e.stats['0']?.mark_price));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad market
 */
export function marketStatsChannel(params: {
  /** Perp market index (0-254), or `'all'` for every perp market in one stream. */
  readonly market: number | 'all';
}): ChannelDefinition<MarketStatsEvent> {
  return statsChannel('market_stats', params.market);
}
