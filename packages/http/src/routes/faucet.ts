/**
 * GET `/api/v1/faucet`: Testnet faucet. Not retried (it has an effect).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import { type ResultCode, ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of faucet (camelCase; sent as snake_case), validated before any I/O.
 * @example FaucetParamsSchema.safeParse({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', doL1Transfer: false }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const FaucetParamsSchema = z.strictObject({
  /** Testnet account owner to fund. */
  l1Address: P.l1Address,
  /** Venue flag `do_l1_transfer` (testnet faucet), forwarded as is; its effect is not documented. */
  doL1Transfer: z.boolean(),
});
/** Input type of faucet. */
export type FaucetParams = z.input<typeof FaucetParamsSchema>;
/** Parsed response of faucet. */
export type FaucetResponse = ResultCode;

/**
 * Route spec of faucet (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, faucetRoute, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', doL1Transfer: false })
 * @throws never (a value)
 */
export const faucetRoute = defineRoute({
  name: 'faucet',
  method: 'GET',
  path: '/api/v1/faucet',
  weight: 300,
  auth: 'none',
  kind: 'write',
  params: FaucetParamsSchema,
  response: ResultCodeSchema,
});

/**
 * Testnet faucet. Not retried (it has an effect).
 * @example
 * const res = await faucet({ transport: createUndiciTransport({ baseUrl }) }, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', doL1Transfer: false }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function faucet(ctx: RouteContext, params: FaucetParams, options?: CallOptions): Promise<FaucetResponse> {
  return callRoute(ctx, faucetRoute, params, options);
}
