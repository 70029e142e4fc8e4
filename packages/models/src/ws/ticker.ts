/** `ticker/{market}` channel: best bid/offer (docs/protocol/websocket.md#channels). */
import * as z from 'zod';
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
  s: z.string().nullish(),
  a: OrderBookLevelSchema.nullish(),
  b: OrderBookLevelSchema.nullish(),
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
  type: z.enum(['subscribed/ticker', 'update/ticker']),
  channel: z.string(),
  nonce: z.nullish(IntSchema),
  last_updated_at: z.nullish(TimestampMicrosSchema),
  timestamp: z.nullish(TimestampMsSchema),
  ticker: TickerPayloadSchema,
});
/** Inferred {@link TickerFrameSchema}. */
export type TickerFrame = z.output<typeof TickerFrameSchema>;
