/**
 * GET `/api/v1/accountInactiveOrders`: Filled/cancelled orders of an account, cursor-paged (auth).
 * Weight 100 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { OrdersSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of accountInactiveOrders (camelCase; sent as snake_case), validated before any I/O.
 * @example AccountInactiveOrdersParamsSchema.safeParse({ accountIndex: 1077, limit: 100 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AccountInactiveOrdersParamsSchema = z.strictObject({
  accountIndex: P.accountIndex,
  limit: P.limit(100),
  marketId: z.optional(P.marketId),
  askFilter: z.optional(z.union([z.literal(-1), z.literal(0), z.literal(1)])),
  betweenTimestamps: z.optional(z.string().check(z.regex(/^\d+-\d+$/, "expected '{start_s}-{end_s}'"))),
  cursor: z.optional(P.cursorParam),
  marketType: z.optional(z.enum(['all', 'perp', 'spot'])),
});
/** Input type of accountInactiveOrders. */
export type AccountInactiveOrdersParams = z.input<typeof AccountInactiveOrdersParamsSchema>;
/** Parsed response of accountInactiveOrders. */
export type AccountInactiveOrdersResponse = z.output<typeof OrdersSchema>;

/**
 * Route spec of accountInactiveOrders (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, accountInactiveOrdersRoute, { accountIndex: 1077, limit: 100 })
 * @throws never (a value)
 */
export const accountInactiveOrdersRoute = defineRoute({
  name: 'accountInactiveOrders',
  method: 'GET',
  path: '/api/v1/accountInactiveOrders',
  weight: 100,
  auth: 'required',
  kind: 'read',
  params: AccountInactiveOrdersParamsSchema,
  response: OrdersSchema,
});

/**
 * Filled/cancelled orders of an account, cursor-paged (auth).
 * @example
 * const res = await accountInactiveOrders({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, limit: 100 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterParseError | AbortedError}
 */
export function accountInactiveOrders(
  ctx: RouteContext,
  params: AccountInactiveOrdersParams,
  options?: CallOptions,
): Promise<AccountInactiveOrdersResponse> {
  return callRoute(ctx, accountInactiveOrdersRoute, params, options);
}
