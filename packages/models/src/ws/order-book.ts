/**
 * `order_book/{market}` channel: `subscribed/order_book` snapshot then `update/order_book` deltas
 * (lighter-api.md §5.2, §5.3). A level with size `"0"` deletes it; `begin_nonce` of an update must
 * equal the previous frame's `nonce`; snapshots carry `begin_nonce: 0`.
 */
import { z } from 'zod';
import { DecimalStringSchema, IntSchema, listOf } from '../schemas/primitives.js';

/** One price level (exact decimal strings). */
export const OrderBookLevelSchema = z.looseObject({
  price: DecimalStringSchema,
  size: DecimalStringSchema,
});
/** Inferred {@link OrderBookLevelSchema}. */
export type OrderBookLevel = z.output<typeof OrderBookLevelSchema>;

/** Inner `order_book` object of a snapshot/update. */
export const OrderBookPayloadSchema = z.looseObject({
  code: IntSchema.nullish(),
  asks: listOf(OrderBookLevelSchema),
  bids: listOf(OrderBookLevelSchema),
  offset: IntSchema.nullish(),
  nonce: IntSchema,
  begin_nonce: IntSchema.nullish(),
  /** Microseconds. */
  last_updated_at: IntSchema.nullish(),
});
/** Inferred {@link OrderBookPayloadSchema}. */
export type OrderBookPayload = z.output<typeof OrderBookPayloadSchema>;

/** Snapshot or update frame of `order_book`. */
export const OrderBookFrameSchema = z.looseObject({
  type: z.enum(['subscribed/order_book', 'update/order_book']),
  channel: z.string(),
  offset: IntSchema.nullish(),
  last_updated_at: IntSchema.nullish(),
  /** Milliseconds. */
  timestamp: IntSchema.nullish(),
  order_book: OrderBookPayloadSchema,
});
/** Inferred {@link OrderBookFrameSchema}. */
export type OrderBookFrame = z.output<typeof OrderBookFrameSchema>;
