/**
 * GET `/`: Venue status; `timestamp` in Unix seconds (the only server-time source, docs/protocol/networks.md#hosts-and-chain-ids).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { StatusSchema } from '@lighter-ts/models';

/**
 * Parameters of status (camelCase; sent as snake_case), validated before any I/O.
 * @example StatusParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const StatusParamsSchema = z.strictObject({});
/** Input type of status. */
export type StatusParams = z.input<typeof StatusParamsSchema>;
/** Parsed response of status. */
export type StatusResponse = z.output<typeof StatusSchema>;

/**
 * Route spec of status (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, statusRoute, {})
 * @throws never (a value)
 */
export const statusRoute = defineRoute({
  name: 'status',
  method: 'GET',
  path: '/',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: StatusParamsSchema,
  response: StatusSchema,
});

/**
 * Venue status; `timestamp` in Unix seconds (the only server-time source, docs/protocol/networks.md#hosts-and-chain-ids).
 * @example
 * const res = await status({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function status(ctx: RouteContext, params: StatusParams = {}, options?: CallOptions): Promise<StatusResponse> {
  return callRoute(ctx, statusRoute, params, options);
}
