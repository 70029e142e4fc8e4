/** WS control frames: connected, ping/pong, subscribed/unsubscribed acks, errors (docs/protocol/websocket.md#frames-and-lifecycle). */
import * as z from 'zod/mini';
import { IntSchema } from '../schemas/primitives.js';

/**
 * `{"type":"connected","session_id":"…"}` sent on connect.
 *
 * @example
 * const r = ConnectedFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ConnectedFrameSchema = z.looseObject({
  /** Always `connected`: the first frame the server sends on a new socket. */
  type: z.literal('connected'),
  /** Server-side id of this connection (a UUID), useful in venue support requests; absent on some versions. */
  session_id: z.nullish(z.string()),
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
export const PingFrameSchema = z.looseObject({
  /** Always `ping`: an app-level keepalive the client must answer with `pong`, or the socket closes with 1008. */
  type: z.literal('ping'),
});
/** Inferred {@link PingFrameSchema}. */
export type PingFrame = z.output<typeof PingFrameSchema>;

/**
 * `{"type":"pong"}`.
 *
 * @example
 * const r = PongFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PongFrameSchema = z.looseObject({
  /** Always `pong`: the server's answer to a client `ping`. */
  type: z.literal('pong'),
});
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
  /** Always `subscribed`: a bare ack; most channels confirm with their first `subscribed/<kind>` snapshot instead. */
  type: z.literal('subscribed'),
  /** The channel confirmed, `:`-separated (`order_book:0`); absent on some acks. */
  channel: z.nullish(z.string()),
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
  /** Always `unsubscribed`: the answer to an `unsubscribe` request. */
  type: z.literal('unsubscribed'),
  /** The channel dropped, `:`-separated (`order_book:0`); absent on some acks. */
  channel: z.nullish(z.string()),
});
/** Inferred {@link UnsubscribedFrameSchema}. */
export type UnsubscribedFrame = z.output<typeof UnsubscribedFrameSchema>;

const FlatErrorSchema = z.looseObject({
  /** `error`: the flat form `{"type":"error","code":N,"message":…}`. */
  type: z.literal('error'),
  /** Venue error code (e.g. 30003 already subscribed, 30005 invalid channel). */
  code: z.nullish(IntSchema),
  /** Venue error text as sent. */
  message: z.nullish(z.string()),
});
const NestedErrorSchema = z.looseObject({
  /** The nested form `{"error":{"code":N,"message":…}}`, sent without a `type`. */
  error: z.looseObject({
    /** Venue error code, as in the flat form. */
    code: z.nullish(IntSchema),
    /** Venue error text as sent. */
    message: z.nullish(z.string()),
  }),
});

/** The one output shape both error forms parse to. */
function errorFrame(code: number | null | undefined, message: string | null | undefined) {
  return {
    /** Always `error`, whichever of the two wire forms arrived. */
    type: 'error' as const,
    /** Venue error code (e.g. 30003 already subscribed, 30005 invalid channel, 20001 auth field required). */
    code: code ?? undefined,
    /** Venue error text as sent (may name the channel); `undefined` when absent. */
    message: message ?? undefined,
  };
}

/**
 * Error frame in either form: `{"type":"error","code":N,"message":…}` or `{"error":{"code":N,…}}`
 * (docs/protocol/websocket.md#frames-and-lifecycle). Both parse to `{ type: 'error', code, message }`.
 *
 * @example
 * const r = ErrorFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ErrorFrameSchema = z.union([
  z.pipe(
    FlatErrorSchema,
    z.transform((f) => errorFrame(f.code, f.message)),
  ),
  z.pipe(
    NestedErrorSchema,
    z.transform((f) => errorFrame(f.error.code, f.error.message)),
  ),
]);
/** Inferred {@link ErrorFrameSchema}. */
export type ErrorFrame = z.output<typeof ErrorFrameSchema>;
