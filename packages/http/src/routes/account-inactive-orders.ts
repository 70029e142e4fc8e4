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
  /** Account whose filled, canceled and expired orders are listed (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Page size (`limit`), 1..100. Above 100 the venue answers 20001. */
  limit: P.limit(100),
  /** Only orders of this market (`market_id`); absent = every market. */
  marketId: z.optional(P.marketId),
  /** Side filter (`ask_filter`): 1 = asks (sells) only, 0 = bids (buys) only, -1 = both. */
  askFilter: z.optional(z.union([z.literal(-1), z.literal(0), z.literal(1)])),
  /** Time window `'{start_s}-{end_s}'` in Unix seconds (`between_timestamps`). */
  betweenTimestamps: z.optional(z.string().check(z.regex(/^\d+-\d+$/, "expected '{start_s}-{end_s}'"))),
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
  /** Market kind to list (`market_type`): `perp`, `spot` or `all` (default on the venue). */
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
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function accountInactiveOrders(
  ctx: RouteContext,
  params: AccountInactiveOrdersParams,
  options?: CallOptions,
): Promise<AccountInactiveOrdersResponse> {
  return callRoute(ctx, accountInactiveOrdersRoute, params, options);
}
