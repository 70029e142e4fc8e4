/**
 * GET `/api/v1/referral/userReferrals`: Referrals of an L1 address (auth).
 * Weight 3000 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { ReferralsResponseSchema } from '../schemas/system.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of userReferrals (camelCase; sent as snake_case), validated before any I/O.
 * @example UserReferralsParamsSchema.safeParse({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const UserReferralsParamsSchema = z.strictObject({
  /** Owner address whose referrals are listed. */
  l1Address: P.l1Address,
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
});
/** Input type of userReferrals. */
export type UserReferralsParams = z.input<typeof UserReferralsParamsSchema>;
/** Parsed response of userReferrals. */
export type UserReferralsResponse = z.output<typeof ReferralsResponseSchema>;

/**
 * Route spec of userReferrals (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, userReferralsRoute, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' })
 * @throws never (a value)
 */
export const userReferralsRoute = defineRoute({
  name: 'userReferrals',
  method: 'GET',
  path: '/api/v1/referral/userReferrals',
  weight: 3000,
  auth: 'required',
  kind: 'read',
  params: UserReferralsParamsSchema,
  response: ReferralsResponseSchema,
});

/**
 * Referrals of an L1 address (auth).
 * @example
 * const res = await userReferrals({ transport: createUndiciTransport({ baseUrl }) }, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function userReferrals(
  ctx: RouteContext,
  params: UserReferralsParams,
  options?: CallOptions,
): Promise<UserReferralsResponse> {
  return callRoute(ctx, userReferralsRoute, params, options);
}
