import { type LighterParseError, type OrderBookLevel, type WsChannelFrame, safeParseWsFrame } from '@lighter-ts/models';
import { type BaseChannelEvent, type ChannelDefinition, baseEvent, marketPart } from '../channel.js';
import type { BookLevel } from '../order-book.js';

/** Event of the `ticker` (best bid/offer) channel. */
export interface TickerEvent extends BaseChannelEvent {
  /** Market index of the channel (perps 0-254, spot 2048+). */
  readonly marketIndex: number;
  /** Market symbol (`ticker.s`), e.g. `ETH`; undefined when absent. */
  readonly symbol: string | undefined;
  /** Book nonce the best levels were taken at; undefined on venue versions that omit it. */
  readonly nonce: number | undefined;
  /** Undefined on thin markets with an empty side (docs/protocol/client-behaviour.md `2dffc60e85`). */
  readonly bestBid: BookLevel | undefined;
  /** Lowest ask (price and size as decimal strings); undefined when the ask side is empty. */
  readonly bestAsk: BookLevel | undefined;
  /**
   * Why the frame did not validate against models' `TickerFrameSchema` (naming the field and the value received);
   * symbol, nonce and both sides are then undefined (read `raw`). Undefined when the frame validated.
   */
  readonly parseError: LighterParseError | undefined;
}

// The book's level is exactly {price, size}: extra venue keys stay on `raw`.
function level(l: OrderBookLevel | null | undefined): BookLevel | undefined {
  return l == null ? undefined : { price: l.price, size: l.size };
}

/**
 * `ticker/{market}`: best bid and ask (docs/protocol/websocket.md#channels).
 * @example ws.subscribe(tickerChannel({ marketIndex: 0 })).on('data', (t) => console.log(t.bestBid));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad market index
 */
export function tickerChannel(params: { readonly marketIndex: number }): ChannelDefinition<TickerEvent> {
  const channel = `ticker/${marketPart('marketIndex', params.marketIndex, false)}`;
  return {
    kind: 'ticker',
    channel,
    requiresAuth: false,
    createHandler() {
      return {
        handle(frame) {
          // One parse path: models' frame schema, the same one parseWsFrame users get.
          const r = safeParseWsFrame(frame.raw);
          const typed = r.ok && r.frame.kind === 'ticker' ? (r.frame as WsChannelFrame<'ticker'>) : undefined;
          return [
            {
              ...baseEvent(frame, channel),
              marketIndex: params.marketIndex,
              symbol: typed?.ticker.s ?? undefined,
              nonce: typed?.nonce ?? undefined,
              bestBid: level(typed?.ticker.b),
              bestAsk: level(typed?.ticker.a),
              parseError: r.ok ? undefined : r.error,
            },
          ];
        },
        reset() {},
      };
    },
  };
}
