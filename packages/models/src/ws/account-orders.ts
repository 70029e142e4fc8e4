/**
 * `account_orders/{market}/{account}` and `account_all_orders/{account}` channels
 * (docs/protocol/websocket.md#channels). `orders` arrives as `{"{market}": Order[]}`; parsed as a flat `Order[]`
 * (each order carries `market_index`).
 */
import * as z from 'zod/mini';
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
  /** `subscribed/account_orders` for the snapshot (replace), `update/account_orders` for changed orders (merge). */
  type: z.enum(['subscribed/account_orders', 'update/account_orders']),
  /** Inbound channel name: `account_orders:{market}:{account}` (older docs show `account_orders:{market}` only). */
  channel: z.string(),
  /** Account index the orders belong to; absent on some venue versions. */
  account: z.nullish(IntSchema),
  /** Nonce the venue attaches to the update (recorded frames repeat the changed order's `nonce`); meaning unpublished. */
  nonce: z.nullish(IntSchema),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** Changed or open orders, `{"{market}": Order[]}` on the wire, parsed flat (each carries `market_index`). */
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
  /** `subscribed/account_all_orders` for the snapshot (replace), `update/account_all_orders` for changes (merge). */
  type: z.enum(['subscribed/account_all_orders', 'update/account_all_orders']),
  /** Inbound channel name, `:`-separated: `account_all_orders:{account}`. */
  channel: z.string(),
  /** Account index the orders belong to; absent on some venue versions. */
  account: z.nullish(IntSchema),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** Orders on every market, `{"{market}": Order[]}` on the wire, parsed flat (each carries `market_index`). */
  orders: flatListOf(OrderSchema),
});
/** Inferred {@link AccountAllOrdersFrameSchema}. */
export type AccountAllOrdersFrame = z.output<typeof AccountAllOrdersFrameSchema>;
