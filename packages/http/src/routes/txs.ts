/**
 * GET `/api/v1/txs`: Latest transactions, index-paged (older API).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { TxsSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of txs (camelCase; sent as snake_case), validated before any I/O.
 * @example TxsParamsSchema.safeParse({ limit: 20 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const TxsParamsSchema = z.strictObject({
  /** Page size (`limit`), 1..100. */
  limit: P.limit(100),
  /** Start after this sequence index (paging); absent = newest. */
  index: z.optional(z.int().check(z.gte(0))),
});
/** Input type of txs. */
export type TxsParams = z.input<typeof TxsParamsSchema>;
/** Parsed response of txs. */
export type TxsResponse = z.output<typeof TxsSchema>;

/**
 * Route spec of txs (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, txsRoute, { limit: 20 })
 * @throws never (a value)
 */
export const txsRoute = defineRoute({
  name: 'txs',
  method: 'GET',
  path: '/api/v1/txs',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: TxsParamsSchema,
  response: TxsSchema,
});

/**
 * Latest transactions, index-paged (older API).
 * @example
 * const res = await txs({ transport: createUndiciTransport({ baseUrl }) }, { limit: 20 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function txs(ctx: RouteContext, params: TxsParams, options?: CallOptions): Promise<TxsResponse> {
  return callRoute(ctx, txsRoute, params, options);
}
