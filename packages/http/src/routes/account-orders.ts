/**
 * GET `/api/v1/accountOrders`: Look up orders by client order index (max 20, sent comma-separated) (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { OrdersSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of accountOrders (camelCase; sent as snake_case), validated before any I/O.
 * @example AccountOrdersParamsSchema.safeParse({ clientOrderIndexes: [123, 456] }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AccountOrdersParamsSchema = z.strictObject({
  /** Client order indexes to look up (`client_order_indexes`, comma-separated on the wire), 1..20. */
  clientOrderIndexes: z.array(P.int64).check(z.minLength(1), z.maxLength(20)),
  /** Account that placed them (`account_index`); the token's account when absent. */
  accountIndex: z.optional(P.accountIndex),
});
/** Input type of accountOrders. */
export type AccountOrdersParams = z.input<typeof AccountOrdersParamsSchema>;
/** Parsed response of accountOrders. */
export type AccountOrdersResponse = z.output<typeof OrdersSchema>;

/**
 * Route spec of accountOrders (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, accountOrdersRoute, { clientOrderIndexes: [123, 456] })
 * @throws never (a value)
 */
export const accountOrdersRoute = defineRoute({
  name: 'accountOrders',
  method: 'GET',
  path: '/api/v1/accountOrders',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: AccountOrdersParamsSchema,
  response: OrdersSchema,
});

/**
 * Look up orders by client order index (max 20, sent comma-separated) (auth).
 * @example
 * const res = await accountOrders({ transport: createUndiciTransport({ baseUrl }) }, { clientOrderIndexes: [123, 456] }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function accountOrders(
  ctx: RouteContext,
  params: AccountOrdersParams,
  options?: CallOptions,
): Promise<AccountOrdersResponse> {
  return callRoute(ctx, accountOrdersRoute, params, options);
}
