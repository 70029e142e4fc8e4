/**
 * POST `/api/v1/notification/ack`: Acknowledge a notification (auth).
 * Weight 3000 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import { type ResultCode, ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of notificationAck (camelCase; sent as snake_case), validated before any I/O.
 * @example NotificationAckParamsSchema.safeParse({ notifId: 'n-1', accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const NotificationAckParamsSchema = z.strictObject({
  /** Notification id from the account's notification stream (`notif_id`). */
  notifId: P.nonEmpty,
  /** Account the notification belongs to (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
});
/** Input type of notificationAck. */
export type NotificationAckParams = z.input<typeof NotificationAckParamsSchema>;
/** Parsed response of notificationAck. */
export type NotificationAckResponse = ResultCode;

/**
 * Route spec of notificationAck (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, notificationAckRoute, { notifId: 'n-1', accountIndex: 1077 })
 * @throws never (a value)
 */
export const notificationAckRoute = defineRoute({
  name: 'notificationAck',
  method: 'POST',
  path: '/api/v1/notification/ack',
  weight: 3000,
  auth: 'required',
  kind: 'write',
  params: NotificationAckParamsSchema,
  response: ResultCodeSchema,
});

/**
 * Acknowledge a notification (auth).
 * @example
 * const res = await notificationAck({ transport: createUndiciTransport({ baseUrl }) }, { notifId: 'n-1', accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function notificationAck(
  ctx: RouteContext,
  params: NotificationAckParams,
  options?: CallOptions,
): Promise<NotificationAckResponse> {
  return callRoute(ctx, notificationAckRoute, params, options);
}
