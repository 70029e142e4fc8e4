/**
 * GET `/api/v1/transfer/history`: Transfer history (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { TransferHistorySchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of transferHistory (camelCase; sent as snake_case), validated before any I/O.
 * @example TransferHistoryParamsSchema.safeParse({ accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const TransferHistoryParamsSchema = z.strictObject({
  /** Account whose transfers are listed (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Opaque `next_cursor` from the previous page; omit for the first page. */
  cursor: z.optional(P.cursorParam),
  /** Transfer kind: L2 transfer, pool share mint/burn, stake/unstake, or `all`. */
  type: z.optional(z.enum(['all', 'L2Transfer', 'L2MintShares', 'L2BurnShares', 'L2StakeAssets', 'L2UnstakeAssets'])),
});
/** Input type of transferHistory. */
export type TransferHistoryParams = z.input<typeof TransferHistoryParamsSchema>;
/** Parsed response of transferHistory. */
export type TransferHistoryResponse = z.output<typeof TransferHistorySchema>;

/**
 * Route spec of transferHistory (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, transferHistoryRoute, { accountIndex: 1077 })
 * @throws never (a value)
 */
export const transferHistoryRoute = defineRoute({
  name: 'transferHistory',
  method: 'GET',
  path: '/api/v1/transfer/history',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: TransferHistoryParamsSchema,
  response: TransferHistorySchema,
});

/**
 * Transfer history (auth).
 * @example
 * const res = await transferHistory({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function transferHistory(
  ctx: RouteContext,
  params: TransferHistoryParams,
  options?: CallOptions,
): Promise<TransferHistoryResponse> {
  return callRoute(ctx, transferHistoryRoute, params, options);
}
