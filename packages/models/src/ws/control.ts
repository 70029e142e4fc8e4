/** WS control frames: connected, ping/pong, subscribed/unsubscribed acks, errors (docs/protocol/websocket.md#frames-and-lifecycle). */
import * as z from 'zod';
import { IntSchema } from '../schemas/primitives.js';

/**
 * `{"type":"connected","session_id":"…"}` sent on connect.
 *
 * @example
 * const r = ConnectedFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ConnectedFrameSchema = z.looseObject({
  type: z.literal('connected'),
  session_id: z.string().nullish(),
});
/** Inferred {@link ConnectedFrameSchema}. */
export type ConnectedFrame = z.output<typeof ConnectedFrameSchema>;

/**
 * `{"type":"ping"}`: must be answered with `{"type":"pong"}` (docs/protocol/websocket.md#frames-and-lifecycle).
 *
 * @example
 * const r = PingFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PingFrameSchema = z.looseObject({ type: z.literal('ping') });
/** Inferred {@link PingFrameSchema}. */
export type PingFrame = z.output<typeof PingFrameSchema>;

/**
 * `{"type":"pong"}`.
 *
 * @example
 * const r = PongFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PongFrameSchema = z.looseObject({ type: z.literal('pong') });
/** Inferred {@link PongFrameSchema}. */
export type PongFrame = z.output<typeof PongFrameSchema>;

/**
 * Bare `{"type":"subscribed","channel":…}` ack some channels send.
 *
 * @example
 * const r = SubscribedFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SubscribedFrameSchema = z.looseObject({
  type: z.literal('subscribed'),
  channel: z.string().nullish(),
});
/** Inferred {@link SubscribedFrameSchema}. */
export type SubscribedFrame = z.output<typeof SubscribedFrameSchema>;

/**
 * `{"type":"unsubscribed","channel":"order_book:0"}`.
 *
 * @example
 * const r = UnsubscribedFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const UnsubscribedFrameSchema = z.looseObject({
  type: z.literal('unsubscribed'),
  channel: z.string().nullish(),
});
/** Inferred {@link UnsubscribedFrameSchema}. */
export type UnsubscribedFrame = z.output<typeof UnsubscribedFrameSchema>;

const FlatErrorSchema = z.looseObject({
  type: z.literal('error'),
  code: z.nullish(IntSchema),
  message: z.string().nullish(),
});
const NestedErrorSchema = z.looseObject({
  error: z.looseObject({ code: z.nullish(IntSchema), message: z.string().nullish() }),
});

/**
 * Error frame in either form: `{"type":"error","code":N,"message":…}` or `{"error":{"code":N,…}}`
 * (docs/protocol/websocket.md#frames-and-lifecycle). Both parse to `{ type: 'error', code, message }`.
 *
 * @example
 * const r = ErrorFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ErrorFrameSchema = z.union([
  FlatErrorSchema.transform((f) => ({
    type: 'error' as const,
    code: f.code ?? undefined,
    message: f.message ?? undefined,
  })),
  NestedErrorSchema.transform((f) => ({
    type: 'error' as const,
    code: f.error.code ?? undefined,
    message: f.error.message ?? undefined,
  })),
]);
/** Inferred {@link ErrorFrameSchema}. */
export type ErrorFrame = z.output<typeof ErrorFrameSchema>;
