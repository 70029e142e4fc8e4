/**
 * GET `/api/v1/accountActiveOrders`: Open orders of an account (auth); `marketId` optional in the newer API.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { OrdersSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of accountActiveOrders (camelCase; sent as snake_case), validated before any I/O.
 * @example AccountActiveOrdersParamsSchema.safeParse({ accountIndex: 1077, marketId: 0 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AccountActiveOrdersParamsSchema = z.strictObject({
  /** Account whose resting orders are listed (`account_index`); needs an auth token for it. */
  accountIndex: P.accountIndex,
  /** Only orders of this market (`market_id`); absent = every market (newer venue versions). */
  marketId: z.optional(P.marketId),
  /** Market kind to list (`market_type`): `perp`, `spot` or `all` (default on the venue). */
  marketType: z.optional(z.enum(['all', 'perp', 'spot'])),
});
/** Input type of accountActiveOrders. */
export type AccountActiveOrdersParams = z.input<typeof AccountActiveOrdersParamsSchema>;
/** Parsed response of accountActiveOrders. */
export type AccountActiveOrdersResponse = z.output<typeof OrdersSchema>;

/**
 * Route spec of accountActiveOrders (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, accountActiveOrdersRoute, { accountIndex: 1077, marketId: 0 })
 * @throws never (a value)
 */
export const accountActiveOrdersRoute = defineRoute({
  name: 'accountActiveOrders',
  method: 'GET',
  path: '/api/v1/accountActiveOrders',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: AccountActiveOrdersParamsSchema,
  response: OrdersSchema,
});

/**
 * Open orders of an account (auth); `marketId` optional in the newer API.
 * @example
 * const res = await accountActiveOrders({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, marketId: 0 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function accountActiveOrders(
  ctx: RouteContext,
  params: AccountActiveOrdersParams,
  options?: CallOptions,
): Promise<AccountActiveOrdersResponse> {
  return callRoute(ctx, accountActiveOrdersRoute, params, options);
}
