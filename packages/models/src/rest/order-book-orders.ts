/** `GET /api/v1/orderBookOrders` response: individual resting orders, not levels (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models SimpleOrder). */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IdStringSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { TimestampMicrosSchema } from '../schemas/timestamp.js';

/**
 * One resting order. `order_id` is the exact string twin of `order_index`.
 *
 * @example
 * const r = SimpleOrderSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SimpleOrderSchema = z.looseObject({
  /** Venue order index (up to 2^60−1: beyond 2^53 a JS number is inexact, use `order_id`). */
  order_index: IntSchema,
  /** Exact decimal text of `order_index`. */
  order_id: IdStringSchema,
  /** Account index of the order's owner. */
  owner_account_index: IntSchema,
  /** Size when placed, base-asset decimal string. */
  initial_base_amount: DecimalStringSchema,
  /** Size still resting, base-asset decimal string. */
  remaining_base_amount: DecimalStringSchema,
  /** Limit price, quote decimal string. */
  price: DecimalStringSchema,
  /** When the order expires, Unix ms. */
  order_expiry: z.nullish(IntSchema),
  /** Time of the tx that last changed the order, Unix µs; absent in older data. */
  transaction_time: z.nullish(TimestampMicrosSchema),
});
/** Inferred {@link SimpleOrderSchema}. */
export type SimpleOrder = z.output<typeof SimpleOrderSchema>;

/**
 * `OrderBookOrders` response.
 *
 * @example
 * const r = OrderBookOrdersSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookOrdersSchema = z.looseObject({
  ...ResultCodeShape,
  /** Number of ask orders returned. */
  total_asks: z.nullish(IntSchema),
  /** Resting sell orders, best price first, up to `limit`; `null` becomes `[]`. */
  asks: listOf(SimpleOrderSchema),
  /** Number of bid orders returned. */
  total_bids: z.nullish(IntSchema),
  /** Resting buy orders, best price first, up to `limit`; `null` becomes `[]`. */
  bids: listOf(SimpleOrderSchema),
});
/** Inferred {@link OrderBookOrdersSchema}. */
export type OrderBookOrders = z.output<typeof OrderBookOrdersSchema>;

/**
 * Parse an `orderBookOrders` response.
 *
 * @example
 * parseOrderBookOrders(body).asks[0]?.price; // '2361.32'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseOrderBookOrders(raw: unknown): WithRaw<OrderBookOrders> {
  return parseWith(OrderBookOrdersSchema, raw, 'OrderBookOrders');
}
