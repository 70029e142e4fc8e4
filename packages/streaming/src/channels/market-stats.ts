import { type LighterParseError, type WsChannelFrame, safeParseWsFrame } from '@lighter-ts/models';
import { type BaseChannelEvent, type ChannelDefinition, baseEvent, marketPart, objectField } from '../channel.js';
import type { JsonObject } from '../frames.js';

/** The three market-stats channel kinds (perp, spot, binary option). */
export type MarketStatsKind = 'market_stats' | 'spot_market_stats' | 'bo_market_stats';

/** Event of `market_stats` / `spot_market_stats` / `bo_market_stats`: stats keyed by market id. */
export interface MarketStatsEvent<K extends MarketStatsKind = MarketStatsKind> extends BaseChannelEvent {
  /** Always a map keyed by market id, also for a single-market subscription (each entry as the venue sent it). */
  readonly stats: Readonly<Record<string, JsonObject>>;
  /**
   * The frame parsed by models' schema for the channel: its stats as an array of typed entries (decimals as
   * strings, one per market). Undefined when the frame did not validate (then read `stats`).
   */
  readonly typed: WsChannelFrame<K> | undefined;
  /** Why `typed` is undefined: models' parse error naming the field and the value; undefined when it validated. */
  readonly parseError: LighterParseError | undefined;
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

/** @internal shared by market_stats, spot_market_stats and bo_market_stats. */
export function statsChannel<K extends MarketStatsKind>(
  kind: K,
  market: number | 'all',
): ChannelDefinition<MarketStatsEvent<K>> {
  const channel = `${kind}/${marketPart('market', market, true)}`;
  return {
    kind,
    channel,
    requiresAuth: false,
    createHandler() {
      return {
        handle(frame) {
          // One parse path: models' frame schema, the same one parseWsFrame users get.
          const r = safeParseWsFrame(frame.raw);
          const typed = r.ok && r.frame.kind === kind ? (r.frame as WsChannelFrame<K>) : undefined;
          return [
            {
              ...baseEvent(frame, channel),
              stats: statsMap(objectField(frame.raw, kind)),
              typed,
              parseError: r.ok ? undefined : r.error,
            },
          ];
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
}): ChannelDefinition<MarketStatsEvent<'market_stats'>> {
  return statsChannel('market_stats', params.market);
}
