/**
 * GET `/api/v1/announcement`: Venue announcements.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { AnnouncementsSchema } from '@lighter-ts/models';

/**
 * Parameters of announcement (camelCase; sent as snake_case), validated before any I/O.
 * @example AnnouncementParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AnnouncementParamsSchema = z.strictObject({});
/** Input type of announcement. */
export type AnnouncementParams = z.input<typeof AnnouncementParamsSchema>;
/** Parsed response of announcement. */
export type AnnouncementResponse = z.output<typeof AnnouncementsSchema>;

/**
 * Route spec of announcement (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, announcementRoute, {})
 * @throws never (a value)
 */
export const announcementRoute = defineRoute({
  name: 'announcement',
  method: 'GET',
  path: '/api/v1/announcement',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: AnnouncementParamsSchema,
  response: AnnouncementsSchema,
});

/**
 * Venue announcements.
 * @example
 * const res = await announcement({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function announcement(
  ctx: RouteContext,
  params: AnnouncementParams = {},
  options?: CallOptions,
): Promise<AnnouncementResponse> {
  return callRoute(ctx, announcementRoute, params, options);
}
