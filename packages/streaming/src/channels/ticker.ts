import { type BaseChannelEvent, type ChannelDefinition, baseEvent, marketPart, objectField } from '../channel.js';
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
}

function level(v: unknown): BookLevel | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const l = v as { price?: unknown; size?: unknown };
  return typeof l.price === 'string' && typeof l.size === 'string' ? { price: l.price, size: l.size } : undefined;
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
          const t = objectField(frame.raw, 'ticker');
          const nonce = frame.raw.nonce;
          return [
            {
              ...baseEvent(frame, channel),
              marketIndex: params.marketIndex,
              symbol: typeof t.s === 'string' ? t.s : undefined,
              nonce: typeof nonce === 'number' ? nonce : undefined,
              bestBid: level(t.b),
              bestAsk: level(t.a),
            },
          ];
        },
        reset() {},
      };
    },
  };
}
