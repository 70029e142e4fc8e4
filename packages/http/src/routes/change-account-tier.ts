/**
 * POST `/api/v1/changeAccountTier`: Switch account tier (auth; no open positions/orders; errors 62001-62006). Not retried.
 * Weight 3000 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import { type ResultCode, ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of changeAccountTier (camelCase; sent as snake_case), validated before any I/O.
 * @example ChangeAccountTierParamsSchema.safeParse({ accountIndex: 1077, newTier: 'premium' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const ChangeAccountTierParamsSchema = z.strictObject({
  /** Account to move (`account_index`); needs auth, no open orders or positions, 24 h since the last change. */
  accountIndex: P.accountIndex,
  /** Target fee/rate-limit tier (`new_tier`): `standard`, `premium` or `plus`. */
  newTier: z.enum(['standard', 'premium', 'plus']),
});
/** Input type of changeAccountTier. */
export type ChangeAccountTierParams = z.input<typeof ChangeAccountTierParamsSchema>;
/** Parsed response of changeAccountTier. */
export type ChangeAccountTierResponse = ResultCode;

/**
 * Route spec of changeAccountTier (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, changeAccountTierRoute, { accountIndex: 1077, newTier: 'premium' })
 * @throws never (a value)
 */
export const changeAccountTierRoute = defineRoute({
  name: 'changeAccountTier',
  method: 'POST',
  path: '/api/v1/changeAccountTier',
  weight: 3000,
  auth: 'required',
  kind: 'write',
  params: ChangeAccountTierParamsSchema,
  response: ResultCodeSchema,
});

/**
 * Switch account tier (auth; no open positions/orders; errors 62001-62006). Not retried.
 * @example
 * const res = await changeAccountTier({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, newTier: 'premium' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function changeAccountTier(
  ctx: RouteContext,
  params: ChangeAccountTierParams,
  options?: CallOptions,
): Promise<ChangeAccountTierResponse> {
  return callRoute(ctx, changeAccountTierRoute, params, options);
}
