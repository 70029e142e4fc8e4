/**
 * Outbound control messages (docs/protocol/websocket.md#frames-and-lifecycle). The channel names themselves, and which
 * channels need auth, are declared once, by the channel factories of @lighter-ts/streaming.
 */
import * as z from 'zod/mini';

/**
 * `{"type":"subscribe","channel":"order_book/0"}` (+ `auth` for private channels).
 *
 * @example
 * const r = WsSubscribeRequestSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsSubscribeRequestSchema = z.strictObject({
  /** Always `subscribe`. */
  type: z.literal('subscribe'),
  /** Outbound channel name with `/` separators (`order_book/0`, `account_orders/0/1234`), as the channel factories of @lighter-ts/streaming build it. */
  channel: z.string().check(z.minLength(1)),
  /** Auth token, required on private channels (account, pool and notification channels); omitted on public ones. A secret: never log it. */
  auth: z.optional(z.string().check(z.minLength(1))),
});
/** Inferred {@link WsSubscribeRequestSchema}. */
export type WsSubscribeRequest = z.output<typeof WsSubscribeRequestSchema>;

/**
 * `{"type":"unsubscribe","channel":"order_book/0"}`.
 *
 * @example
 * const r = WsUnsubscribeRequestSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsUnsubscribeRequestSchema = z.strictObject({
  /** Always `unsubscribe`. */
  type: z.literal('unsubscribe'),
  /** The channel to drop, in the outbound `/` form used to subscribe; the server answers with an `unsubscribed` frame. */
  channel: z.string().check(z.minLength(1)),
});
/** Inferred {@link WsUnsubscribeRequestSchema}. */
export type WsUnsubscribeRequest = z.output<typeof WsUnsubscribeRequestSchema>;

/**
 * The app-level ping and pong frames (docs/protocol/websocket.md#frames-and-lifecycle).
 *
 * @example
 * import { WS_PING } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const WS_PING = Object.freeze({
  /** `ping`: a client keepalive; send something at least every 2 minutes or the venue drops the socket. */
  type: 'ping' as const,
});
/**
 * Reply to a server `ping`.
 *
 * @example
 * import { WS_PONG } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const WS_PONG = Object.freeze({
  /** `pong`: the answer to a server `ping`; without it the venue closes with 1008 "no pong". */
  type: 'pong' as const,
});
