/**
 * GET `/api/v1/fastwithdraw/info`: Fast-withdraw limits of an account (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { FastWithdrawInfoSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of fastWithdrawInfo (camelCase; sent as snake_case), validated before any I/O.
 * @example FastWithdrawInfoParamsSchema.safeParse({ accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const FastWithdrawInfoParamsSchema = z.strictObject({
  /** Account asking for the fast-withdraw pool limits (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
});
/** Input type of fastWithdrawInfo. */
export type FastWithdrawInfoParams = z.input<typeof FastWithdrawInfoParamsSchema>;
/** Parsed response of fastWithdrawInfo. */
export type FastWithdrawInfoResponse = z.output<typeof FastWithdrawInfoSchema>;

/**
 * Route spec of fastWithdrawInfo (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, fastWithdrawInfoRoute, { accountIndex: 1077 })
 * @throws never (a value)
 */
export const fastWithdrawInfoRoute = defineRoute({
  name: 'fastWithdrawInfo',
  method: 'GET',
  path: '/api/v1/fastwithdraw/info',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: FastWithdrawInfoParamsSchema,
  response: FastWithdrawInfoSchema,
});

/**
 * Fast-withdraw limits of an account (auth).
 * @example
 * const res = await fastWithdrawInfo({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function fastWithdrawInfo(
  ctx: RouteContext,
  params: FastWithdrawInfoParams,
  options?: CallOptions,
): Promise<FastWithdrawInfoResponse> {
  return callRoute(ctx, fastWithdrawInfoRoute, params, options);
}
