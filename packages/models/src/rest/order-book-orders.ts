/** `GET /api/v1/orderBookOrders`: individual resting orders, not levels (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models SimpleOrder). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IdStringSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { MarketIdParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMicrosSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${ORDER_BOOK_ORDERS_ROUTE.path}` with method ORDER_BOOK_ORDERS_ROUTE.method
 * @throws never (a constant)
 */
export const ORDER_BOOK_ORDERS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/orderBookOrders',
  weight: 300,
  auth: false,
  encoding: 'query',
};

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
  order_expiry: z.nullish(IntSchema),
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
  total_asks: z.nullish(IntSchema),
  asks: listOf(SimpleOrderSchema),
  total_bids: z.nullish(IntSchema),
  bids: listOf(SimpleOrderSchema),
});
/** Inferred {@link OrderBookOrdersSchema}. */
export type OrderBookOrders = z.output<typeof OrderBookOrdersSchema>;

/**
 * Query: `market_id` required, `limit` 1..250 required.
 *
 * @example
 * const r = OrderBookOrdersParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookOrdersParamsSchema = z.strictObject({
  marketId: MarketIdParam,
  limit: z.number().int().min(1).max(250),
});
/** Inferred {@link OrderBookOrdersParamsSchema}. */
export type OrderBookOrdersParams = z.input<typeof OrderBookOrdersParamsSchema>;

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
