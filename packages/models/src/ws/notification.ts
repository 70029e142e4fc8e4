/** `notification/{account}` channel (docs/protocol/websocket.md#channels). */
import * as z from 'zod';
import { BoolSchema, IntSchema, lenientEnum, listOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * One notification (`kind` liquidation | deleverage | announcement).
 *
 * @example
 * const r = NotificationSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const NotificationSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  created_at: z.nullish(TimestampMsSchema),
  updated_at: z.nullish(TimestampMsSchema),
  kind: z.nullish(lenientEnum(['liquidation', 'deleverage', 'announcement'] as const)),
  account_index: z.nullish(IntSchema),
  content: z.unknown().optional(),
  ack: z.nullish(BoolSchema),
  acked_at: z.nullish(TimestampMsSchema),
});
/** Inferred {@link NotificationSchema}. */
export type Notification = z.output<typeof NotificationSchema>;

/**
 * `notification` frame.
 *
 * @example
 * const r = NotificationFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const NotificationFrameSchema = z.looseObject({
  type: z.enum(['subscribed/notification', 'update/notification']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  notifs: listOf(NotificationSchema),
});
/** Inferred {@link NotificationFrameSchema}. */
export type NotificationFrame = z.output<typeof NotificationFrameSchema>;
