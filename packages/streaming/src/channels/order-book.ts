import { safeParseOrderBookPayload } from '@lighter-ts/models/internal';
import {
  type BaseChannelEvent,
  type ChannelDefinition,
  type ChannelHandler,
  baseEvent,
  marketPart,
} from '../channel.js';
import type { JsonObject } from '../frames.js';
import { type BookLevel, L2OrderBook } from '../order-book.js';

/** Parameters of {@link orderBookChannel}. */
export interface OrderBookChannelParams {
  /** Market index (perps 0–254, spot 2048+). */
  readonly marketIndex: number;
}

/** Event of the `order_book` channel, emitted after the frame was applied. */
export interface OrderBookEvent extends BaseChannelEvent {
  /** Market index of the channel (perps 0-254, spot 2048+). */
  readonly marketIndex: number;
  /** The maintained book (live object: read it in the handler, or copy with `depth()`). */
  readonly book: L2OrderBook;
  /** Venue nonce of this frame; the next update's `begin_nonce` must equal it. */
  readonly nonce: number;
  /** `begin_nonce` of the frame (0 for snapshots). */
  readonly beginNonce: number;
  /** Levels carried by this frame (size "0…" = deleted). */
  readonly asks: readonly BookLevel[];
  /** Bid levels carried by this frame (size `"0"` = deleted). */
  readonly bids: readonly BookLevel[];
}

/** The parts of an `order_book` frame the book needs. */
interface BookFrame {
  readonly asks: BookLevel[];
  readonly bids: BookLevel[];
  readonly nonce: number;
  readonly beginNonce: number;
  readonly offset: number | undefined;
}

/**
 * @internal the frame's `order_book` object through models' one parse path (fast check, schema fallback), mapped to
 * the book's input; undefined when unusable.
 */
export function parseOrderBookPayload(raw: JsonObject): BookFrame | undefined {
  const r = safeParseOrderBookPayload(raw.order_book);
  if (!r.ok) return undefined;
  const { asks, bids, nonce, begin_nonce, offset } = r.payload;
  // The book compares nonces with ===: past 2^53 two different nonces could compare equal.
  if (!Number.isSafeInteger(nonce)) return undefined;
  const outer = raw.offset;
  return {
    asks,
    bids,
    nonce,
    beginNonce: begin_nonce ?? 0,
    offset: offset ?? (typeof outer === 'number' && Number.isSafeInteger(outer) ? outer : undefined),
  };
}

/**
 * `order_book/{market}`: snapshot then 50 ms batches of changed levels, kept as an exact
 * {@link L2OrderBook}. A `begin_nonce` that does not continue the book (gap, duplicate, out of
 * order) or an unparseable frame triggers a `reset` and a resync from a fresh snapshot
 * (docs/protocol/websocket.md#order-book-sequencing; docs/protocol/client-behaviour.md `a944d3e365`).
 *
 * @example
 * const sub = ws.subscribe(orderBookChannel({ marketIndex: 0 }));
 * sub.on('data', (e) => console.log(e.book.bestBid(), e.book.bestAsk()));
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad market index
 */
export function orderBookChannel(params: OrderBookChannelParams): ChannelDefinition<OrderBookEvent> {
  const channel = `order_book/${marketPart('marketIndex', params.marketIndex, false)}`;
  const marketIndex = params.marketIndex;
  return {
    kind: 'order_book',
    channel,
    requiresAuth: false,
    createHandler(): ChannelHandler<OrderBookEvent> {
      const book = new L2OrderBook();
      return {
        handle(frame, ctx) {
          const p = parseOrderBookPayload(frame.raw);
          if (!p) {
            if (book.ready || frame.phase === 'snapshot') {
              book.clear();
              ctx.resync('invalid');
            }
            return [];
          }
          if (frame.phase === 'snapshot') {
            try {
              book.applySnapshot(p);
            } catch {
              book.clear();
              ctx.resync('invalid');
              return [];
            }
          } else {
            const r = book.applyUpdate(p);
            if (r === 'not_ready') return [];
            if (r !== 'applied') {
              book.clear();
              ctx.resync(r);
              return [];
            }
          }
          return [
            {
              ...baseEvent(frame, channel),
              marketIndex,
              book,
              nonce: p.nonce,
              beginNonce: p.beginNonce,
              asks: p.asks,
              bids: p.bids,
            },
          ];
        },
        reset() {
          book.clear();
        },
      };
    },
  };
}
