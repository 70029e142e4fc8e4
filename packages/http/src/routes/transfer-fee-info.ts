/**
 * GET `/api/v1/transferFeeInfo`: USDC fee of an L2 transfer (auth).
 * Weight 500 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { TransferFeeInfoSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of transferFeeInfo (camelCase; sent as snake_case), validated before any I/O.
 * @example TransferFeeInfoParamsSchema.safeParse({ accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const TransferFeeInfoParamsSchema = z.strictObject({
  /** Sending account (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Receiving account (`to_account_index`); the fee differs for own sub-accounts. */
  toAccountIndex: z.optional(P.accountIndex),
});
/** Input type of transferFeeInfo. */
export type TransferFeeInfoParams = z.input<typeof TransferFeeInfoParamsSchema>;
/** Parsed response of transferFeeInfo. */
export type TransferFeeInfoResponse = z.output<typeof TransferFeeInfoSchema>;

/**
 * Route spec of transferFeeInfo (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, transferFeeInfoRoute, { accountIndex: 1077 })
 * @throws never (a value)
 */
export const transferFeeInfoRoute = defineRoute({
  name: 'transferFeeInfo',
  method: 'GET',
  path: '/api/v1/transferFeeInfo',
  weight: 500,
  auth: 'required',
  kind: 'read',
  params: TransferFeeInfoParamsSchema,
  response: TransferFeeInfoSchema,
});

/**
 * USDC fee of an L2 transfer (auth).
 * @example
 * const res = await transferFeeInfo({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function transferFeeInfo(
  ctx: RouteContext,
  params: TransferFeeInfoParams,
  options?: CallOptions,
): Promise<TransferFeeInfoResponse> {
  return callRoute(ctx, transferFeeInfoRoute, params, options);
}
