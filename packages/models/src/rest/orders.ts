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
import { AccountIndexParam, AuthParam, CursorParam, Limit100Param, MarketIdParam, MarketTypeParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${ACCOUNT_ACTIVE_ORDERS_ROUTE.path}` with method ACCOUNT_ACTIVE_ORDERS_ROUTE.method
 * @throws never (a constant)
 */
export const ACCOUNT_ACTIVE_ORDERS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/accountActiveOrders',
  weight: 300,
  auth: true,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${ACCOUNT_INACTIVE_ORDERS_ROUTE.path}` with method ACCOUNT_INACTIVE_ORDERS_ROUTE.method
 * @throws never (a constant)
 */
export const ACCOUNT_INACTIVE_ORDERS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/accountInactiveOrders',
  weight: 100,
  auth: true,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${ACCOUNT_ORDERS_ROUTE.path}` with method ACCOUNT_ORDERS_ROUTE.method
 * @throws never (a constant)
 */
export const ACCOUNT_ORDERS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/accountOrders',
  weight: 300,
  auth: true,
  encoding: 'query',
};

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
  order_id: z.nullish(IdStringSchema),
  client_order_id: z.nullish(IdStringSchema),
  market_index: MarketIdSchema,
  owner_account_index: IntSchema,
  initial_base_amount: DecimalStringSchema,
  price: DecimalStringSchema,
  nonce: z.nullish(IntSchema),
  remaining_base_amount: DecimalStringSchema,
  is_ask: BoolSchema,
  base_size: z.nullish(IntSchema),
  base_price: z.nullish(IntSchema),
  filled_base_amount: z.nullish(DecimalStringSchema),
  filled_quote_amount: z.nullish(DecimalStringSchema),
  side: z.string().nullish(),
  type: lenientEnum(ORDER_TYPE_NAME),
  time_in_force: lenientEnum([...TIME_IN_FORCE_NAME, 'Unknown'] as const),
  reduce_only: BoolSchema,
  trigger_price: z.nullish(DecimalStringSchema),
  order_expiry: z.nullish(IntSchema),
  status: lenientEnum(Object.values(ORDER_STATUS)),
  trigger_status: z.nullish(lenientEnum(Object.values(TRIGGER_STATUS))),
  trigger_time: z.nullish(TimestampMsSchema),
  parent_order_index: z.nullish(IntSchema),
  parent_order_id: z.nullish(IdStringSchema),
  to_trigger_order_id_0: z.nullish(IdStringSchema),
  to_trigger_order_id_1: z.nullish(IdStringSchema),
  to_cancel_order_id_0: z.nullish(IdStringSchema),
  integrator_fee_collector_index: z.nullish(IdStringSchema),
  integrator_taker_fee: z.nullish(IdStringSchema),
  integrator_maker_fee: z.nullish(IdStringSchema),
  block_height: z.nullish(IntSchema),
  timestamp: z.nullish(TimestampMsSchema),
  created_at: z.nullish(TimestampMsSchema),
  updated_at: z.nullish(TimestampMsSchema),
  transaction_time: z.nullish(TimestampMicrosSchema),
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
 * Query of `accountActiveOrders` (`market_id` optional in newer servers).
 *
 * @example
 * const r = AccountActiveOrdersParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountActiveOrdersParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  marketId: MarketIdParam.optional(),
  marketType: MarketTypeParam.optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link AccountActiveOrdersParamsSchema}. */
export type AccountActiveOrdersParams = z.input<typeof AccountActiveOrdersParamsSchema>;

/**
 * Query of `accountInactiveOrders`; `betweenTimestamps` is `"{start_s}-{end_s}"`.
 *
 * @example
 * const r = AccountInactiveOrdersParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountInactiveOrdersParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  limit: Limit100Param,
  marketId: MarketIdParam.optional(),
  askFilter: z.union([z.literal(-1), z.literal(0), z.literal(1)]).optional(),
  betweenTimestamps: z
    .string()
    .regex(/^\d+-\d+$/)
    .optional(),
  cursor: CursorParam.optional(),
  marketType: MarketTypeParam.optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link AccountInactiveOrdersParamsSchema}. */
export type AccountInactiveOrdersParams = z.input<typeof AccountInactiveOrdersParamsSchema>;

/**
 * Query of `accountOrders`: lookup by up to 20 client order indexes.
 *
 * @example
 * const r = AccountOrdersParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountOrdersParamsSchema = z.strictObject({
  clientOrderIndexes: z.array(z.number().int().min(0)).min(1).max(20),
  accountIndex: AccountIndexParam.optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link AccountOrdersParamsSchema}. */
export type AccountOrdersParams = z.input<typeof AccountOrdersParamsSchema>;

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
