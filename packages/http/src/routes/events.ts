/**
 * GET `/api/v1/events`: binary-option (Up/Down) events and their markets; page with `cursor` = `next_cursor`.
 * Weight 300 (assumed: undocumented, docs/protocol/binary-options.md#events); auth: none.
 */
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as z from 'zod/mini';
import { EventsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Query of `events`. Every parameter is optional; only the ones a recorded call used are known
 * (`active`, `limit`, `tag`, `sort`, `order`, `cursor`), the full list is unverified.
 *
 * @example
 * EventsParamsSchema.parse({ active: true, tag: 'btc-updown-15m', limit: 2, sort: 'start_at', order: 'asc' });
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const EventsParamsSchema = z.strictObject({
  /** `true` for events still open for trading only. */
  active: z.optional(z.boolean()),
  /** Series tag filter, e.g. `btc-updown-15m`. */
  tag: z.optional(z.string().check(z.minLength(1))),
  /** Events per page, 1..100 (the upper bound is an assumption; the venue's is unpublished). */
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  /** Field to sort by, e.g. `start_at`. */
  sort: z.optional(z.string().check(z.minLength(1))),
  /** Sort direction, `asc` or `desc`. */
  order: z.optional(z.enum(['asc', 'desc'])),
  /** The previous page's `next_cursor` (an event id). */
  cursor: z.optional(z.union([z.int().check(z.minimum(0)), P.cursorParam])),
});
/** Input of `EventsParamsSchema` (the route's `params`), validated before any I/O. */
export type EventsParams = z.input<typeof EventsParamsSchema>;

/** Parsed response of events. */
export type EventsResponse = z.output<typeof EventsSchema>;

/**
 * Route spec of events (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, eventsRoute, { active: true, tag: 'btc-updown-15m', limit: 2 })
 * @throws never (a value)
 */
export const eventsRoute = defineRoute({
  name: 'events',
  method: 'GET',
  path: '/api/v1/events',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: EventsParamsSchema,
  response: EventsSchema,
});

/**
 * binary-option (Up/Down) events and their markets; page with `cursor` = `next_cursor`.
 * @example
 * const res = await events({ transport: createUndiciTransport({ baseUrl }) }, { active: true, tag: 'btc-updown-15m', limit: 2 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function events(ctx: RouteContext, params: EventsParams, options?: CallOptions): Promise<EventsResponse> {
  return callRoute(ctx, eventsRoute, params, options);
}
