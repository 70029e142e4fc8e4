/**
 * `account_orders/{market}/{account}` and `account_all_orders/{account}` channels
 * (docs/protocol/websocket.md#channels). `orders` arrives as `{"{market}": Order[]}`; parsed as a flat `Order[]`
 * (each order carries `market_index`).
 */
import * as z from 'zod';
import { OrderSchema } from '../rest/orders.js';
import { IntSchema, flatListOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `account_orders` frame.
 *
 * @example
 * const r = AccountOrdersFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountOrdersFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_orders', 'update/account_orders']),
  channel: z.string(),
  account: z.nullish(IntSchema),
  nonce: z.nullish(IntSchema),
  timestamp: z.nullish(TimestampMsSchema),
  orders: flatListOf(OrderSchema),
});
/** Inferred {@link AccountOrdersFrameSchema}. */
export type AccountOrdersFrame = z.output<typeof AccountOrdersFrameSchema>;

/**
 * `account_all_orders` frame.
 *
 * @example
 * const r = AccountAllOrdersFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountAllOrdersFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_all_orders', 'update/account_all_orders']),
  channel: z.string(),
  account: z.nullish(IntSchema),
  timestamp: z.nullish(TimestampMsSchema),
  orders: flatListOf(OrderSchema),
});
/** Inferred {@link AccountAllOrdersFrameSchema}. */
export type AccountAllOrdersFrame = z.output<typeof AccountAllOrdersFrameSchema>;
