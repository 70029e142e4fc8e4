/**
 * `OrderBookDepth {asks, bids, offset, nonce}`: a model in the spec that no current route returns
 * (docs/protocol/websocket.md#order-book-sequencing); kept for fixtures and simulators.
 */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { OrderBookLevelSchema } from '../ws/order-book.js';

/**
 * `OrderBookDepth` (levels, not orders).
 *
 * @example
 * const r = OrderBookDepthSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookDepthSchema = z.looseObject({
  ...ResultCodeShape,
  /** Ask levels (`price`, `size` decimal strings), best (lowest) first; `null` on the wire becomes `[]`. */
  asks: listOf(OrderBookLevelSchema),
  /** Bid levels (`price`, `size` decimal strings), best (highest) first; `null` on the wire becomes `[]`. */
  bids: listOf(OrderBookLevelSchema),
  /** Per-API-server counter that jumps on reconnect: not a continuity check (docs/protocol/websocket.md#order-book-sequencing). */
  offset: z.nullish(IntSchema),
  /** Matching-engine nonce of the snapshot, compared with the next update's `begin_nonce`; absent in old data. */
  nonce: z.nullish(IntSchema),
});
/** Inferred {@link OrderBookDepthSchema}. */
export type OrderBookDepth = z.output<typeof OrderBookDepthSchema>;

/**
 * Parse an `OrderBookDepth` body.
 *
 * @example
 * parseOrderBookDepth(body).asks[0]?.price; // '2352.74'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseOrderBookDepth(raw: unknown): WithRaw<OrderBookDepth> {
  return parseWith(OrderBookDepthSchema, raw, 'OrderBookDepth');
}
