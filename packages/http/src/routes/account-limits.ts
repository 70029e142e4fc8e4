/**
 * GET `/api/v1/accountLimits`: Account tier and limits (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { AccountLimitsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of accountLimits (camelCase; sent as snake_case), validated before any I/O.
 * @example AccountLimitsParamsSchema.safeParse({ accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AccountLimitsParamsSchema = z.strictObject({
  /** Account whose tier and rate-limit quotas are read (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
});
/** Input type of accountLimits. */
export type AccountLimitsParams = z.input<typeof AccountLimitsParamsSchema>;
/** Parsed response of accountLimits. */
export type AccountLimitsResponse = z.output<typeof AccountLimitsSchema>;

/**
 * Route spec of accountLimits (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, accountLimitsRoute, { accountIndex: 1077 })
 * @throws never (a value)
 */
export const accountLimitsRoute = defineRoute({
  name: 'accountLimits',
  method: 'GET',
  path: '/api/v1/accountLimits',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: AccountLimitsParamsSchema,
  response: AccountLimitsSchema,
});

/**
 * Account tier and limits (auth).
 * @example
 * const res = await accountLimits({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function accountLimits(
  ctx: RouteContext,
  params: AccountLimitsParams,
  options?: CallOptions,
): Promise<AccountLimitsResponse> {
  return callRoute(ctx, accountLimitsRoute, params, options);
}
