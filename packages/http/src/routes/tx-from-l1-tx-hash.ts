/**
 * GET `/api/v1/txFromL1TxHash`: L2 transaction created by an L1 transaction.
 * Weight 50 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { EnrichedTxSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of txFromL1TxHash (camelCase; sent as snake_case), validated before any I/O.
 * @example TxFromL1TxHashParamsSchema.safeParse({ hash: '0xabc…' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const TxFromL1TxHashParamsSchema = z.strictObject({
  /** L1 (Ethereum) transaction hash of the deposit or bridge call. */
  hash: P.nonEmpty,
});
/** Input type of txFromL1TxHash. */
export type TxFromL1TxHashParams = z.input<typeof TxFromL1TxHashParamsSchema>;
/** Parsed response of txFromL1TxHash. */
export type TxFromL1TxHashResponse = z.output<typeof EnrichedTxSchema>;

/**
 * Route spec of txFromL1TxHash (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, txFromL1TxHashRoute, { hash: '0xabc…' })
 * @throws never (a value)
 */
export const txFromL1TxHashRoute = defineRoute({
  name: 'txFromL1TxHash',
  method: 'GET',
  path: '/api/v1/txFromL1TxHash',
  weight: 50,
  auth: 'none',
  kind: 'read',
  params: TxFromL1TxHashParamsSchema,
  response: EnrichedTxSchema,
});

/**
 * L2 transaction created by an L1 transaction.
 * @example
 * const res = await txFromL1TxHash({ transport: createUndiciTransport({ baseUrl }) }, { hash: '0xabc…' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function txFromL1TxHash(
  ctx: RouteContext,
  params: TxFromL1TxHashParams,
  options?: CallOptions,
): Promise<TxFromL1TxHashResponse> {
  return callRoute(ctx, txFromL1TxHashRoute, params, options);
}
