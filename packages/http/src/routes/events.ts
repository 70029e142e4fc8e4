/**
 * GET `/api/v1/events`: binary-option (Up/Down) events and their markets; page with `cursor` = `next_cursor`.
 * Weight 300 (assumed: undocumented, docs/protocol/binary-options.md#events); auth: none.
 */
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { EventsParamsSchema, EventsSchema } from '@lighter-ts/models';
import type * as z from 'zod/mini';

/**
 * Parameters schema (the models one: one home for the binary-option query rules), validated before any I/O.
 * @example EventsParamsSchema.safeParse({}).success
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export { EventsParamsSchema };

/** Input type of events (camelCase; sent as snake_case), validated before any I/O by the models schema. */
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
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterParseError | AbortedError}
 */
export function events(ctx: RouteContext, params: EventsParams, options?: CallOptions): Promise<EventsResponse> {
  return callRoute(ctx, eventsRoute, params, options);
}
