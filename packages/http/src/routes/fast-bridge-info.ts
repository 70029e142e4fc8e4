/**
 * GET `/api/v1/fastbridge/info`: Fast-bridge status.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import { type ResultCode, ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';

/**
 * Parameters of fastBridgeInfo (camelCase; sent as snake_case), validated before any I/O.
 * @example FastBridgeInfoParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const FastBridgeInfoParamsSchema = z.strictObject({});
/** Input type of fastBridgeInfo. */
export type FastBridgeInfoParams = z.input<typeof FastBridgeInfoParamsSchema>;
/** Parsed response of fastBridgeInfo. */
export type FastBridgeInfoResponse = ResultCode;

/**
 * Route spec of fastBridgeInfo (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, fastBridgeInfoRoute, {})
 * @throws never (a value)
 */
export const fastBridgeInfoRoute = defineRoute({
  name: 'fastBridgeInfo',
  method: 'GET',
  path: '/api/v1/fastbridge/info',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: FastBridgeInfoParamsSchema,
  response: ResultCodeSchema,
});

/**
 * Fast-bridge status.
 * @example
 * const res = await fastBridgeInfo({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function fastBridgeInfo(
  ctx: RouteContext,
  params: FastBridgeInfoParams = {},
  options?: CallOptions,
): Promise<FastBridgeInfoResponse> {
  return callRoute(ctx, fastBridgeInfoRoute, params, options);
}
