/**
 * `order_book/{market}` channel: `subscribed/order_book` snapshot then `update/order_book` deltas
 * (docs/protocol/websocket.md#channels, docs/protocol/websocket.md#order-book-sequencing). A level with size `"0"` deletes it; `begin_nonce` of an update must
 * equal the previous frame's `nonce`; snapshots carry `begin_nonce: 0`.
 */
import * as z from 'zod/mini';
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
  /** Level price in the quote asset (USDC for perps), exact decimal string; `""` on an empty ticker side. */
  price: DecimalStringSchema,
  /** Total resting size at the price in base units, decimal string; `"0"` in an update deletes the level. */
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
  /** Nested result code; `0` in recorded frames (not the REST `200` envelope). */
  code: z.nullish(IntSchema),
  /** Ask levels: the whole side in a snapshot, only changed levels in an update; `[]` when `null`. */
  asks: listOf(OrderBookLevelSchema),
  /** Bid levels: the whole side in a snapshot, only changed levels in an update; `[]` when `null`. */
  bids: listOf(OrderBookLevelSchema),
  /** Per-API-server counter: grows with each update but jumps on reconnect; never use it for continuity. */
  offset: z.nullish(IntSchema),
  /** Matching-engine sequence number after this frame; the next update's `begin_nonce` must equal it. */
  nonce: IntSchema,
  /** Sequence number this update starts from (the previous frame's `nonce`); `0` in snapshots. */
  begin_nonce: z.nullish(IntSchema),
  /** Time of the last book change, Unix microseconds. */
  last_updated_at: z.nullish(TimestampMicrosSchema),
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
  /** `subscribed/order_book` for the full snapshot (replace), `update/order_book` for changed levels (merge). */
  type: z.enum(['subscribed/order_book', 'update/order_book']),
  /** Inbound channel name, `:`-separated: `order_book:{market}`. */
  channel: z.string(),
  /** Per-API-server counter, as in `order_book.offset`; not continuous across reconnects. */
  offset: z.nullish(IntSchema),
  /** Time of the last book change, Unix microseconds. */
  last_updated_at: z.nullish(TimestampMicrosSchema),
  /** Server send time, Unix milliseconds. */
  timestamp: z.nullish(TimestampMsSchema),
  /** The levels and sequence numbers (docs/protocol/websocket.md#order-book-sequencing). */
  order_book: OrderBookPayloadSchema,
});
/** Inferred {@link OrderBookFrameSchema}. */
export type OrderBookFrame = z.output<typeof OrderBookFrameSchema>;
