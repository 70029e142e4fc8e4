import { type BaseChannelEvent, type ChannelDefinition, arrayField, baseEvent, marketPart } from '../channel.js';
import type { JsonObject } from '../frames.js';

/** Event of the `trade` channel. Trades are passed as sent (decimal strings kept). */
export interface TradeEvent extends BaseChannelEvent {
  /** Market index of the channel (perps 0-254, spot 2048+). */
  readonly marketIndex: number;
  /** Trades of this frame as sent (prices/sizes stay decimal strings); the snapshot replays recent history. */
  readonly trades: readonly JsonObject[];
  /** Trades from liquidations (`liquidation_trades`), same row shape as `trades`. */
  readonly liquidationTrades: readonly JsonObject[];
}

const objects = (a: unknown[]): JsonObject[] =>
  a.filter((x): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x));

/**
 * `trade/{market}`: public trades and liquidation trades (docs/protocol/websocket.md#channels).
 * @example ws.subscribe(tradeChannel({ marketIndex: 0 })).on('data', (e) => console.log(e.trades.length));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad market index
 */
export function tradeChannel(params: { readonly marketIndex: number }): ChannelDefinition<TradeEvent> {
  const channel = `trade/${marketPart('marketIndex', params.marketIndex, false)}`;
  return {
    kind: 'trade',
    channel,
    requiresAuth: false,
    createHandler() {
      return {
        handle(frame) {
          return [
            {
              ...baseEvent(frame, channel),
              marketIndex: params.marketIndex,
              trades: objects(arrayField(frame.raw, 'trades')),
              liquidationTrades: objects(arrayField(frame.raw, 'liquidation_trades')),
            },
          ];
        },
        reset() {},
      };
    },
  };
}
