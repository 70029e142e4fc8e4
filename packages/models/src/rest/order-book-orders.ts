/** `GET /api/v1/orderBookOrders`: individual resting orders, not levels (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models SimpleOrder). */
import * as z from 'zod';
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
  order_index: IntSchema,
  order_id: IdStringSchema,
  owner_account_index: IntSchema,
  initial_base_amount: DecimalStringSchema,
  remaining_base_amount: DecimalStringSchema,
  price: DecimalStringSchema,
  order_expiry: IntSchema.nullish(),
  transaction_time: TimestampMicrosSchema.nullish(),
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
  total_asks: IntSchema.nullish(),
  asks: listOf(SimpleOrderSchema),
  total_bids: IntSchema.nullish(),
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
