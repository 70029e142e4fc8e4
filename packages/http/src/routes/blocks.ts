/**
 * GET `/api/v1/blocks`: Blocks, index-paged (older API).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { BlocksResponseSchema } from '../schemas/system.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of blocks (camelCase; sent as snake_case), validated before any I/O.
 * @example BlocksParamsSchema.safeParse({ limit: 10 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const BlocksParamsSchema = z.strictObject({
  /** Page size (`limit`), 1..100. */
  limit: P.limit(100),
  /** Start from this block height (paging). */
  index: z.optional(z.int().check(z.gte(0))),
  /** Order by height: `asc` or `desc`. */
  sort: z.optional(z.enum(['asc', 'desc'])),
});
/** Input type of blocks. */
export type BlocksParams = z.input<typeof BlocksParamsSchema>;
/** Parsed response of blocks. */
export type BlocksResponse = z.output<typeof BlocksResponseSchema>;

/**
 * Route spec of blocks (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, blocksRoute, { limit: 10 })
 * @throws never (a value)
 */
export const blocksRoute = defineRoute({
  name: 'blocks',
  method: 'GET',
  path: '/api/v1/blocks',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: BlocksParamsSchema,
  response: BlocksResponseSchema,
});

/**
 * Blocks, index-paged (older API).
 * @example
 * const res = await blocks({ transport: createUndiciTransport({ baseUrl }) }, { limit: 10 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function blocks(ctx: RouteContext, params: BlocksParams, options?: CallOptions): Promise<BlocksResponse> {
  return callRoute(ctx, blocksRoute, params, options);
}
