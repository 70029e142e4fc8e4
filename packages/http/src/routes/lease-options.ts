/**
 * GET `/api/v1/leaseOptions`: LIT lease options.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import { type ResultCode, ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';

/**
 * Parameters of leaseOptions (camelCase; sent as snake_case), validated before any I/O.
 * @example LeaseOptionsParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const LeaseOptionsParamsSchema = z.strictObject({});
/** Input type of leaseOptions. */
export type LeaseOptionsParams = z.input<typeof LeaseOptionsParamsSchema>;
/** Parsed response of leaseOptions. */
export type LeaseOptionsResponse = ResultCode;

/**
 * Route spec of leaseOptions (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, leaseOptionsRoute, {})
 * @throws never (a value)
 */
export const leaseOptionsRoute = defineRoute({
  name: 'leaseOptions',
  method: 'GET',
  path: '/api/v1/leaseOptions',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: LeaseOptionsParamsSchema,
  response: ResultCodeSchema,
});

/**
 * LIT lease options.
 * @example
 * const res = await leaseOptions({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function leaseOptions(
  ctx: RouteContext,
  params: LeaseOptionsParams = {},
  options?: CallOptions,
): Promise<LeaseOptionsResponse> {
  return callRoute(ctx, leaseOptionsRoute, params, options);
}
