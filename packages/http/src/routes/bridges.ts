/**
 * GET `/api/v1/bridges`: Bridge transfers of an L1 address.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import { type Bridges, BridgesSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of bridges (camelCase; sent as snake_case), validated before any I/O.
 * @example BridgesParamsSchema.safeParse({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const BridgesParamsSchema = z.strictObject({
  /** Owner address whose bridge (deposit) records are listed. */
  l1Address: P.l1Address,
});
/** Input type of bridges. */
export type BridgesParams = z.input<typeof BridgesParamsSchema>;
/** Parsed response of bridges. */
export type BridgesResponse = Bridges;

/**
 * Route spec of bridges (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, bridgesRoute, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' })
 * @throws never (a value)
 */
export const bridgesRoute = defineRoute({
  name: 'bridges',
  method: 'GET',
  path: '/api/v1/bridges',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: BridgesParamsSchema,
  response: BridgesSchema,
});

/**
 * Bridge transfers of an L1 address.
 * @example
 * const res = await bridges({ transport: createUndiciTransport({ baseUrl }) }, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function bridges(ctx: RouteContext, params: BridgesParams, options?: CallOptions): Promise<BridgesResponse> {
  return callRoute(ctx, bridgesRoute, params, options);
}
