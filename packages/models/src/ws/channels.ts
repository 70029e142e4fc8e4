/**
 * Outbound control messages (docs/protocol/websocket.md#frames-and-lifecycle). The channel names themselves, and which
 * channels need auth, are declared once, by the channel factories of @lighter-ts/streaming.
 */
import * as z from 'zod';

/**
 * `{"type":"subscribe","channel":"order_book/0"}` (+ `auth` for private channels).
 *
 * @example
 * const r = WsSubscribeRequestSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WsSubscribeRequestSchema = z.strictObject({
  type: z.literal('subscribe'),
  channel: z.string().min(1),
  auth: z.string().min(1).optional(),
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
  type: z.literal('unsubscribe'),
  channel: z.string().min(1),
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
export const WS_PING = Object.freeze({ type: 'ping' as const });
/**
 * Reply to a server `ping`.
 *
 * @example
 * import { WS_PONG } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const WS_PONG = Object.freeze({ type: 'pong' as const });
