/** `ticker/{market}` channel: best bid/offer (docs/protocol/websocket.md#channels). */
import * as z from 'zod/mini';
import { IntSchema } from '../schemas/primitives.js';
import { OrderBookLevelSchema } from './order-book.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Inner `ticker`: `s` symbol, `a` best ask, `b` best bid (prices may be `""` on an empty book).
 *
 * @example
 * const r = TickerPayloadSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TickerPayloadSchema = z.looseObject({
  /** Market symbol, e.g. `ETH`. */
  s: z.nullish(z.string()),
  /** Best ask `{price, size}` (decimal strings; `""` when the ask side is empty). */
  a: z.nullish(OrderBookLevelSchema),
  /** Best bid `{price, size}` (decimal strings; `""` when the bid side is empty). */
  b: z.nullish(OrderBookLevelSchema),
  /** Time of the last top-of-book change, Unix microseconds. */
  last_updated_at: z.nullish(TimestampMicrosSchema),
});
/** Inferred {@link TickerPayloadSchema}. */
export type TickerPayload = z.output<typeof TickerPayloadSchema>;

/**
 * `ticker` frame.
 *
 * @example
 * const r = TickerFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TickerFrameSchema = z.looseObject({
  /** `subscribed/ticker` for the first quote, `update/ticker` for each change of the best bid or ask. */
  type: z.enum(['subscribed/ticker', 'update/ticker']),
  /** Inbound channel name, `:`-separated: `ticker:{market}`. */
  channel: z.string(),
  /** Sequence number the venue attaches to the quote; meaning unpublished, not needed for continuity. */
  nonce: z.nullish(IntSchema),
  /** Time of the last top-of-book change, Unix microseconds. */
  last_updated_at: z.nullish(TimestampMicrosSchema),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** The best bid and ask. */
  ticker: TickerPayloadSchema,
});
/** Inferred {@link TickerFrameSchema}. */
export type TickerFrame = z.output<typeof TickerFrameSchema>;
