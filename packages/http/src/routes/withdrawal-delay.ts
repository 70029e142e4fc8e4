/**
 * GET `/api/v1/withdrawalDelay`: Current secure-withdrawal delay in seconds.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { WithdrawalDelaySchema } from '@lighter-ts/models';

/**
 * Parameters of withdrawalDelay (camelCase; sent as snake_case), validated before any I/O.
 * @example WithdrawalDelayParamsSchema.safeParse({}).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const WithdrawalDelayParamsSchema = z.strictObject({});
/** Input type of withdrawalDelay. */
export type WithdrawalDelayParams = z.input<typeof WithdrawalDelayParamsSchema>;
/** Parsed response of withdrawalDelay. */
export type WithdrawalDelayResponse = z.output<typeof WithdrawalDelaySchema>;

/**
 * Route spec of withdrawalDelay (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, withdrawalDelayRoute, {})
 * @throws never (a value)
 */
export const withdrawalDelayRoute = defineRoute({
  name: 'withdrawalDelay',
  method: 'GET',
  path: '/api/v1/withdrawalDelay',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: WithdrawalDelayParamsSchema,
  response: WithdrawalDelaySchema,
});

/**
 * Current secure-withdrawal delay in seconds.
 * @example
 * const res = await withdrawalDelay({ transport: createUndiciTransport({ baseUrl }) }, {}, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function withdrawalDelay(
  ctx: RouteContext,
  params: WithdrawalDelayParams = {},
  options?: CallOptions,
): Promise<WithdrawalDelayResponse> {
  return callRoute(ctx, withdrawalDelayRoute, params, options);
}
