/**
 * GET `/api/v1/tx`: One transaction by hash or sequence index.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { EnrichedTxSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of tx (camelCase; sent as snake_case), validated before any I/O.
 * @example TxParamsSchema.safeParse({ by: 'hash', value: signed.txHash }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const TxParamsSchema = z
  .strictObject({
    /** `hash` (value = L2 tx hash) or `sequence_index` (value = its sequence number). */
    by: z.enum(['hash', 'sequence_index']),
    /** The tx hash or the sequence index as decimal text, per `by`. */
    value: P.nonEmpty,
  })
  .check(z.superRefine(P.byValue({ sequence_index: 'int' })));
/** Input type of tx. */
export type TxParams = z.input<typeof TxParamsSchema>;
/** Parsed response of tx. */
export type TxResponse = z.output<typeof EnrichedTxSchema>;

/**
 * Route spec of tx (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, txRoute, { by: 'hash', value: signed.txHash })
 * @throws never (a value)
 */
export const txRoute = defineRoute({
  name: 'tx',
  method: 'GET',
  path: '/api/v1/tx',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: TxParamsSchema,
  response: EnrichedTxSchema,
});

/**
 * One transaction by hash or sequence index.
 * @example
 * const res = await tx({ transport: createUndiciTransport({ baseUrl }) }, { by: 'hash', value: signed.txHash }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function tx(ctx: RouteContext, params: TxParams, options?: CallOptions): Promise<TxResponse> {
  return callRoute(ctx, txRoute, params, options);
}
