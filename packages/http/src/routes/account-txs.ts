/**
 * GET `/api/v1/accountTxs`: Transactions of an account, index-paged (auth). Possibly retired from the newest spec (docs/protocol/rest.md#transactions).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { TxsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of accountTxs (camelCase; sent as snake_case), validated before any I/O.
 * @example AccountTxsParamsSchema.safeParse({ value: '1077', limit: 50 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AccountTxsParamsSchema = z
  .strictObject({
    /** Always `account_index` (the only lookup the venue documents). */
    by: z._default(z.literal('account_index'), 'account_index'),
    /** The account index as decimal text. */
    value: P.nonEmpty,
    /** Page size (`limit`), 1..100. */
    limit: P.limit(100),
    /** Start after this tx sequence index (paging); absent = newest first. */
    index: z.optional(z.int().check(z.gte(0))),
    /** Only these tx types (`types`, TX_TYPE numbers 0..255). */
    types: z.optional(z.array(z.int().check(z.gte(0), z.lte(255)))),
  })
  .check(z.superRefine(P.byValue({ account_index: 'int' })));
/** Input type of accountTxs. */
export type AccountTxsParams = z.input<typeof AccountTxsParamsSchema>;
/** Parsed response of accountTxs. */
export type AccountTxsResponse = z.output<typeof TxsSchema>;

/**
 * Route spec of accountTxs (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, accountTxsRoute, { value: '1077', limit: 50 })
 * @throws never (a value)
 */
export const accountTxsRoute = defineRoute({
  name: 'accountTxs',
  method: 'GET',
  path: '/api/v1/accountTxs',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: AccountTxsParamsSchema,
  response: TxsSchema,
});

/**
 * Transactions of an account, index-paged (auth). Possibly retired from the newest spec (docs/protocol/rest.md#transactions).
 * @example
 * const res = await accountTxs({ transport: createUndiciTransport({ baseUrl }) }, { value: '1077', limit: 50 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function accountTxs(
  ctx: RouteContext,
  params: AccountTxsParams,
  options?: CallOptions,
): Promise<AccountTxsResponse> {
  return callRoute(ctx, accountTxsRoute, params, options);
}
