/**
 * GET `/api/v1/withdraw/history`: Withdrawal history (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { WithdrawHistorySchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of withdrawHistory (camelCase; sent as snake_case), validated before any I/O.
 * @example WithdrawHistoryParamsSchema.safeParse({ accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const WithdrawHistoryParamsSchema = z.strictObject({
  /** Account whose withdrawals are listed (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
  /** Withdrawal state: `all`, `pending` or `claimable`. */
  filter: z.optional(z.enum(['all', 'pending', 'claimable'])),
});
/** Input type of withdrawHistory. */
export type WithdrawHistoryParams = z.input<typeof WithdrawHistoryParamsSchema>;
/** Parsed response of withdrawHistory. */
export type WithdrawHistoryResponse = z.output<typeof WithdrawHistorySchema>;

/**
 * Route spec of withdrawHistory (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, withdrawHistoryRoute, { accountIndex: 1077 })
 * @throws never (a value)
 */
export const withdrawHistoryRoute = defineRoute({
  name: 'withdrawHistory',
  method: 'GET',
  path: '/api/v1/withdraw/history',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: WithdrawHistoryParamsSchema,
  response: WithdrawHistorySchema,
});

/**
 * Withdrawal history (auth).
 * @example
 * const res = await withdrawHistory({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function withdrawHistory(
  ctx: RouteContext,
  params: WithdrawHistoryParams,
  options?: CallOptions,
): Promise<WithdrawHistoryResponse> {
  return callRoute(ctx, withdrawHistoryRoute, params, options);
}
