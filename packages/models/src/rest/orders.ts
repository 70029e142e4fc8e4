/**
 * `Orders` response of the account order routes `accountActiveOrders`, `accountInactiveOrders`, `accountOrders`
 * (docs/protocol/rest.md#orders, docs/protocol/rest.md#response-models Order).
 */
import * as z from 'zod/mini';
import { ORDER_STATUS, ORDER_TYPE_NAME, TIME_IN_FORCE_NAME, TRIGGER_STATUS } from '../constants/order.js';
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
  /** Venue order index (up to 2^60−1: beyond 2^53 a JS number is inexact, use `order_id`). */
  order_index: IntSchema,
  /** Client order index the order was created with (0 = none, up to 2^48−1). */
  client_order_index: IntSchema,
  /** Exact decimal text of `order_index`; absent in older data. */
  order_id: z.nullish(IdStringSchema),
  /** Exact decimal text of `client_order_index`; absent in older data. */
  client_order_id: z.nullish(IdStringSchema),
  /** Market index of the order. */
  market_index: MarketIdSchema,
  /** Account index of the order's owner. */
  owner_account_index: IntSchema,
  /** Size when placed, base-asset decimal string. */
  initial_base_amount: DecimalStringSchema,
  /** Limit price, quote decimal string (the worst acceptable price for market orders). */
  price: DecimalStringSchema,
  /** Nonce of the tx that created the order. */
  nonce: z.nullish(IntSchema),
  /** Size still open, base-asset decimal string. */
  remaining_base_amount: DecimalStringSchema,
  /** true for a sell (ask), false for a buy (bid). */
  is_ask: BoolSchema,
  /** Size in wire units (integer, size × 10^size_decimals). */
  base_size: z.nullish(IntSchema),
  /** Price in wire ticks (integer, price × 10^price_decimals). */
  base_price: z.nullish(IntSchema),
  /** Size filled so far, base-asset decimal string. */
  filled_base_amount: z.nullish(DecimalStringSchema),
  /** Quote amount filled so far, USDC decimal string. */
  filled_quote_amount: z.nullish(DecimalStringSchema),
  /** `"buy"`, `"sell"` or `""`; marked for removal by the venue, read `is_ask` instead. */
  side: z.nullish(z.string()),
  /** Order type (`limit`, `market`, `stop-loss`, …, `ORDER_TYPE_NAME`); unknown types pass through. */
  type: lenientEnum(ORDER_TYPE_NAME),
  /** `good-till-time`, `immediate-or-cancel`, `post-only` or `Unknown` (capital U on the wire). */
  time_in_force: lenientEnum([...TIME_IN_FORCE_NAME, 'Unknown'] as const),
  /** Whether the order may only reduce a position. */
  reduce_only: BoolSchema,
  /** Trigger price of stop/take-profit orders, quote decimal string (`"0.00"` when none). */
  trigger_price: z.nullish(DecimalStringSchema),
  /** When the order expires, Unix ms. */
  order_expiry: z.nullish(IntSchema),
  /** `open`, `filled`, `canceled-*` … (`ORDER_STATUS`, docs/protocol/enums.md); unknown statuses pass through. */
  status: lenientEnum(Object.values(ORDER_STATUS)),
  /** `na`, `ready`, `mark-price`, `twap`, `parent-order` (`TRIGGER_STATUS`); unknown values pass through. */
  trigger_status: z.nullish(lenientEnum(Object.values(TRIGGER_STATUS))),
  /** When the trigger fired, Unix ms (`0` when it has not). */
  trigger_time: z.nullish(TimestampMsSchema),
  /** Order index of the parent of a child (TP/SL, TWAP slice) order; 0 when none. */
  parent_order_index: z.nullish(IntSchema),
  /** Exact decimal text of `parent_order_index`. */
  parent_order_id: z.nullish(IdStringSchema),
  /** First order this one triggers when it fills (grouped orders, OTO); `"0"` when none. */
  to_trigger_order_id_0: z.nullish(IdStringSchema),
  /** Second order this one triggers when it fills (OTOCO); `"0"` when none. */
  to_trigger_order_id_1: z.nullish(IdStringSchema),
  /** Order this one cancels when it fills (OCO); `"0"` when none. */
  to_cancel_order_id_0: z.nullish(IdStringSchema),
  /** Account index collecting the integrator fee, as text; `"0"` when none (docs/protocol/transactions.md#integrators). */
  integrator_fee_collector_index: z.nullish(IdStringSchema),
  /** Integrator taker fee, 1e-6 units, as text; `"0"` when none. */
  integrator_taker_fee: z.nullish(IdStringSchema),
  /** Integrator maker fee, 1e-6 units, as text; `"0"` when none. */
  integrator_maker_fee: z.nullish(IdStringSchema),
  /** L2 block of the last change to the order. */
  block_height: z.nullish(IntSchema),
  /** Time of the last change, seconds or ms depending on the source (docs/protocol/rest.md#conventions). */
  timestamp: z.nullish(TimestampMsSchema),
  /** When the order was created, seconds or ms depending on the source. */
  created_at: z.nullish(TimestampMsSchema),
  /** When the order last changed, seconds or ms depending on the source. */
  updated_at: z.nullish(TimestampMsSchema),
  /** Time of the tx that last changed the order, Unix µs. */
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
  /** Opaque cursor of the next page (`accountInactiveOrders`); empty or absent on the last page. */
  next_cursor: z.nullish(z.string()),
  /** The orders; `null` becomes `[]`. */
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
