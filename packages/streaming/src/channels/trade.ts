import { type LighterParseError, type Trade, type WsChannelFrame, safeParseWsFrame } from '@lighter-ts/models';
import { type BaseChannelEvent, type ChannelDefinition, baseEvent, marketPart } from '../channel.js';

/**
 * Event of the `trade` channel. Trades are the frame's rows parsed by models' `TradeFrameSchema` (decimals stay
 * strings, unknown keys kept); `raw` is the frame as sent.
 */
export interface TradeEvent extends BaseChannelEvent {
  /** Market index of the channel (perps 0-254, spot 2048+). */
  readonly marketIndex: number;
  /** Trades of this frame (prices/sizes stay decimal strings); the snapshot replays recent history. */
  readonly trades: readonly Trade[];
  /** Trades from liquidations (`liquidation_trades`), same row shape as `trades`. */
  readonly liquidationTrades: readonly Trade[];
  /**
   * Why the frame did not validate against models' schema (naming the field and the value received); the event
   * then carries no trades (read `raw`). Undefined when the frame validated.
   */
  readonly parseError: LighterParseError | undefined;
}

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
          // One parse path: models' frame schema, the same one parseWsFrame users get.
          const r = safeParseWsFrame(frame.raw);
          const typed = r.ok && r.frame.kind === 'trade' ? (r.frame as WsChannelFrame<'trade'>) : undefined;
          return [
            {
              ...baseEvent(frame, channel),
              marketIndex: params.marketIndex,
              trades: typed?.trades ?? [],
              liquidationTrades: typed?.liquidation_trades ?? [],
              parseError: r.ok ? undefined : r.error,
            },
          ];
        },
        reset() {},
      };
    },
  };
}
