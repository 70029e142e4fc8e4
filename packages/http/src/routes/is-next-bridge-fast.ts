/**
 * GET `/api/v1/bridges/isNextBridgeFast`: Whether the next bridge of an address is fast.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import { type ResultCode, ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of isNextBridgeFast (camelCase; sent as snake_case), validated before any I/O.
 * @example IsNextBridgeFastParamsSchema.safeParse({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const IsNextBridgeFastParamsSchema = z.strictObject({
  /** Owner address whose next deposit is checked for the fast bridge. */
  l1Address: P.l1Address,
});
/** Input type of isNextBridgeFast. */
export type IsNextBridgeFastParams = z.input<typeof IsNextBridgeFastParamsSchema>;
/** Parsed response of isNextBridgeFast. */
export type IsNextBridgeFastResponse = ResultCode;

/**
 * Route spec of isNextBridgeFast (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, isNextBridgeFastRoute, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' })
 * @throws never (a value)
 */
export const isNextBridgeFastRoute = defineRoute({
  name: 'isNextBridgeFast',
  method: 'GET',
  path: '/api/v1/bridges/isNextBridgeFast',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: IsNextBridgeFastParamsSchema,
  response: ResultCodeSchema,
});

/**
 * Whether the next bridge of an address is fast.
 * @example
 * const res = await isNextBridgeFast({ transport: createUndiciTransport({ baseUrl }) }, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function isNextBridgeFast(
  ctx: RouteContext,
  params: IsNextBridgeFastParams,
  options?: CallOptions,
): Promise<IsNextBridgeFastResponse> {
  return callRoute(ctx, isNextBridgeFastRoute, params, options);
}
