/**
 * GET `/api/v1/deposit/history`: Deposit history (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { DepositHistorySchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of depositHistory (camelCase; sent as snake_case), validated before any I/O.
 * @example DepositHistoryParamsSchema.safeParse({ accountIndex: 1077, l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const DepositHistoryParamsSchema = z.strictObject({
  /** Account whose deposits are listed (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Owner address the deposits came from. */
  l1Address: P.l1Address,
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
  /** Deposit state: `all`, `pending` or `claimable`. */
  filter: z.optional(z.enum(['all', 'pending', 'claimable'])),
});
/** Input type of depositHistory. */
export type DepositHistoryParams = z.input<typeof DepositHistoryParamsSchema>;
/** Parsed response of depositHistory. */
export type DepositHistoryResponse = z.output<typeof DepositHistorySchema>;

/**
 * Route spec of depositHistory (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, depositHistoryRoute, { accountIndex: 1077, l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' })
 * @throws never (a value)
 */
export const depositHistoryRoute = defineRoute({
  name: 'depositHistory',
  method: 'GET',
  path: '/api/v1/deposit/history',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: DepositHistoryParamsSchema,
  response: DepositHistorySchema,
});

/**
 * Deposit history (auth).
 * @example
 * const res = await depositHistory({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function depositHistory(
  ctx: RouteContext,
  params: DepositHistoryParams,
  options?: CallOptions,
): Promise<DepositHistoryResponse> {
  return callRoute(ctx, depositHistoryRoute, params, options);
}
