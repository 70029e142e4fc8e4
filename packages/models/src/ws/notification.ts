/** `notification/{account}` channel (docs/protocol/websocket.md#channels). */
import * as z from 'zod/mini';
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
  /** Notification id as sent (string or number); pass it back when acknowledging. */
  id: z.union([z.string(), z.number()]),
  /** Creation time, Unix milliseconds. */
  created_at: z.nullish(TimestampMsSchema),
  /** Last change time, Unix milliseconds. */
  updated_at: z.nullish(TimestampMsSchema),
  /** `liquidation`, `deleverage` or `announcement`; a value the venue adds later passes through as a string. */
  kind: z.nullish(lenientEnum(['liquidation', 'deleverage', 'announcement'] as const)),
  /** Account the notification is for. */
  account_index: z.nullish(IntSchema),
  /** Kind-specific body (shape unpublished), kept as sent. */
  content: z.optional(z.unknown()),
  /** Whether the notification was acknowledged (`true`/`false`, or `1`/`0` on the wire). */
  ack: z.nullish(BoolSchema),
  /** Acknowledgement time, Unix milliseconds; absent while unacknowledged. */
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
  /** `subscribed/notification` for the snapshot, `update/notification` for new or changed notifications. */
  type: z.enum(['subscribed/notification', 'update/notification']),
  /** Inbound channel name, `:`-separated: `notification:{account}`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** The notifications; `[]` when `null` or absent. */
  notifs: listOf(NotificationSchema),
});
/** Inferred {@link NotificationFrameSchema}. */
export type NotificationFrame = z.output<typeof NotificationFrameSchema>;
