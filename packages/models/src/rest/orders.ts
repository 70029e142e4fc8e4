/**
 * Account order routes: `accountActiveOrders`, `accountInactiveOrders`, `accountOrders`
 * (docs/protocol/rest.md#orders, docs/protocol/rest.md#response-models Order). All return `Orders`.
 */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import {
  BoolSchema,
  DecimalStringSchema,
  IdStringSchema,
  IntSchema,
  MarketIdSchema,
  ResultCodeShape,
  lenientEnum,
  listOf,
} from '../schemas/primitives.js';
import { ORDER_STATUS, ORDER_TYPE_NAME, TIME_IN_FORCE_NAME, TRIGGER_STATUS } from '../constants/order.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * One order as REST and WS account channels send it. `order_id` / `client_order_id` are the exact
 * string twins of the indexes; `base_size`/`base_price` are raw venue integers. Timestamps: `timestamp`,
 * `created_at`, `updated_at` may be seconds or ms (docs/protocol/rest.md#conventions); `transaction_time` is µs.
 *
 * @example
 * const r = OrderSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderSchema = z.looseObject({
  order_index: IntSchema,
  client_order_index: IntSchema,
  order_id: IdStringSchema.nullish(),
  client_order_id: IdStringSchema.nullish(),
  market_index: MarketIdSchema,
  owner_account_index: IntSchema,
  initial_base_amount: DecimalStringSchema,
  price: DecimalStringSchema,
  nonce: IntSchema.nullish(),
  remaining_base_amount: DecimalStringSchema,
  is_ask: BoolSchema,
  base_size: IntSchema.nullish(),
  base_price: IntSchema.nullish(),
  filled_base_amount: DecimalStringSchema.nullish(),
  filled_quote_amount: DecimalStringSchema.nullish(),
  side: z.string().nullish(),
  type: lenientEnum(ORDER_TYPE_NAME),
  time_in_force: lenientEnum([...TIME_IN_FORCE_NAME, 'Unknown'] as const),
  reduce_only: BoolSchema,
  trigger_price: DecimalStringSchema.nullish(),
  order_expiry: IntSchema.nullish(),
  status: lenientEnum(Object.values(ORDER_STATUS)),
  trigger_status: lenientEnum(Object.values(TRIGGER_STATUS)).nullish(),
  trigger_time: TimestampMsSchema.nullish(),
  parent_order_index: IntSchema.nullish(),
  parent_order_id: IdStringSchema.nullish(),
  to_trigger_order_id_0: IdStringSchema.nullish(),
  to_trigger_order_id_1: IdStringSchema.nullish(),
  to_cancel_order_id_0: IdStringSchema.nullish(),
  integrator_fee_collector_index: IdStringSchema.nullish(),
  integrator_taker_fee: IdStringSchema.nullish(),
  integrator_maker_fee: IdStringSchema.nullish(),
  block_height: IntSchema.nullish(),
  timestamp: TimestampMsSchema.nullish(),
  created_at: TimestampMsSchema.nullish(),
  updated_at: TimestampMsSchema.nullish(),
  transaction_time: TimestampMicrosSchema.nullish(),
});
/** Inferred {@link OrderSchema}. */
export type Order = z.output<typeof OrderSchema>;

/**
 * `Orders` response.
 *
 * @example
 * const r = OrdersSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrdersSchema = z.looseObject({
  ...ResultCodeShape,
  next_cursor: z.string().nullish(),
  orders: listOf(OrderSchema),
});
/** Inferred {@link OrdersSchema}. */
export type Orders = z.output<typeof OrdersSchema>;

/**
 * Parse an `Orders` response (active, inactive or by client ids).
 *
 * @example
 * parseOrders(body).orders[0]?.status; // 'open'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseOrders(raw: unknown): WithRaw<Orders> {
  return parseWith(OrdersSchema, raw, 'Orders');
}
