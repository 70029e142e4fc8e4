/**
 * `order_book/{market}` channel: `subscribed/order_book` snapshot then `update/order_book` deltas
 * (docs/protocol/websocket.md#channels, docs/protocol/websocket.md#order-book-sequencing). A level with size `"0"` deletes it; `begin_nonce` of an update must
 * equal the previous frame's `nonce`; snapshots carry `begin_nonce: 0`.
 */
import * as z from 'zod';
import { DecimalStringSchema, IntSchema, listOf } from '../schemas/primitives.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * One price level (exact decimal strings).
 *
 * @example
 * const r = OrderBookLevelSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookLevelSchema = z.looseObject({
  price: DecimalStringSchema,
  size: DecimalStringSchema,
});
/** Inferred {@link OrderBookLevelSchema}. */
export type OrderBookLevel = z.output<typeof OrderBookLevelSchema>;

/**
 * Inner `order_book` object of a snapshot/update.
 *
 * @example
 * const r = OrderBookPayloadSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookPayloadSchema = z.looseObject({
  code: IntSchema.nullish(),
  asks: listOf(OrderBookLevelSchema),
  bids: listOf(OrderBookLevelSchema),
  offset: IntSchema.nullish(),
  nonce: IntSchema,
  begin_nonce: IntSchema.nullish(),
  /** Microseconds. */
  last_updated_at: TimestampMicrosSchema.nullish(),
});
/** Inferred {@link OrderBookPayloadSchema}. */
export type OrderBookPayload = z.output<typeof OrderBookPayloadSchema>;

/**
 * Snapshot or update frame of `order_book`.
 *
 * @example
 * const r = OrderBookFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const OrderBookFrameSchema = z.looseObject({
  type: z.enum(['subscribed/order_book', 'update/order_book']),
  channel: z.string(),
  offset: IntSchema.nullish(),
  last_updated_at: TimestampMicrosSchema.nullish(),
  /** Milliseconds. */
  timestamp: TimestampMsSchema.nullish(),
  order_book: OrderBookPayloadSchema,
});
/** Inferred {@link OrderBookFrameSchema}. */
export type OrderBookFrame = z.output<typeof OrderBookFrameSchema>;
