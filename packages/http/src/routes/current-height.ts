/**
 * GET `/api/v1/currentHeight`: Current block height (older API; also on WS channel `height`).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import { type CurrentHeight, CurrentHeightSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';

/**
 * Parameters of currentHeight (camelCase; sent as snake_case), validated before any I/O.
 * @example CurrentHeightParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const CurrentHeightParamsSchema = z.strictObject({});
/** Input type of currentHeight. */
export type CurrentHeightParams = z.input<typeof CurrentHeightParamsSchema>;
/** Parsed response of currentHeight. */
export type CurrentHeightResponse = CurrentHeight;

/**
 * Route spec of currentHeight (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, currentHeightRoute, {})
 * @throws never (a value)
 */
export const currentHeightRoute = defineRoute({
  name: 'currentHeight',
  method: 'GET',
  path: '/api/v1/currentHeight',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: CurrentHeightParamsSchema,
  response: CurrentHeightSchema,
});

/**
 * Current block height (older API; also on WS channel `height`).
 * @example
 * const res = await currentHeight({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function currentHeight(
  ctx: RouteContext,
  params: CurrentHeightParams = {},
  options?: CallOptions,
): Promise<CurrentHeightResponse> {
  return callRoute(ctx, currentHeightRoute, params, options);
}
