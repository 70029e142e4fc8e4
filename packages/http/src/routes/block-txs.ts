/**
 * GET `/api/v1/blockTxs`: Transactions of a block (older API).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { TxsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of blockTxs (camelCase; sent as snake_case), validated before any I/O.
 * @example BlockTxsParamsSchema.safeParse({ by: 'block_height', value: '1000' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const BlockTxsParamsSchema = z
  .strictObject({
    /** `block_height` (value = height) or `block_commitment` (value = commitment hash). */
    by: z.enum(['block_height', 'block_commitment']),
    /** The block height as decimal text or the commitment, per `by`. */
    value: P.nonEmpty,
  })
  .check(z.superRefine(P.byValue({ block_height: 'int' })));
/** Input type of blockTxs. */
export type BlockTxsParams = z.input<typeof BlockTxsParamsSchema>;
/** Parsed response of blockTxs. */
export type BlockTxsResponse = z.output<typeof TxsSchema>;

/**
 * Route spec of blockTxs (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, blockTxsRoute, { by: 'block_height', value: '1000' })
 * @throws never (a value)
 */
export const blockTxsRoute = defineRoute({
  name: 'blockTxs',
  method: 'GET',
  path: '/api/v1/blockTxs',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: BlockTxsParamsSchema,
  response: TxsSchema,
});

/**
 * Transactions of a block (older API).
 * @example
 * const res = await blockTxs({ transport: createUndiciTransport({ baseUrl }) }, { by: 'block_height', value: '1000' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function blockTxs(ctx: RouteContext, params: BlockTxsParams, options?: CallOptions): Promise<BlockTxsResponse> {
  return callRoute(ctx, blockTxsRoute, params, options);
}
