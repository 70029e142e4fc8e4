/**
 * GET `/api/v1/publicPoolsMetadata`: Public pool listing (index-paged).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: optional (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { PublicPoolsMetadataSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of publicPoolsMetadata (camelCase; sent as snake_case), validated before any I/O.
 * @example PublicPoolsMetadataParamsSchema.safeParse({ index: 0, limit: 20 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const PublicPoolsMetadataParamsSchema = z.strictObject({
  /** Start from this pool account index (paging; 0 = from the first). */
  index: z.int().check(z.gte(0)),
  /** Page size (`limit`), 1..100. */
  limit: P.limit(100),
  /** Which pools: `all`, `user`, `protocol`, those of `account_index`, or `stake` pools. */
  filter: z.optional(z.enum(['all', 'user', 'protocol', 'account_index', 'stake'])),
  /** With `filter: account_index`: the account whose pool shares are listed. */
  accountIndex: z.optional(P.accountIndex),
});
/** Input type of publicPoolsMetadata. */
export type PublicPoolsMetadataParams = z.input<typeof PublicPoolsMetadataParamsSchema>;
/** Parsed response of publicPoolsMetadata. */
export type PublicPoolsMetadataResponse = z.output<typeof PublicPoolsMetadataSchema>;

/**
 * Route spec of publicPoolsMetadata (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, publicPoolsMetadataRoute, { index: 0, limit: 20 })
 * @throws never (a value)
 */
export const publicPoolsMetadataRoute = defineRoute({
  name: 'publicPoolsMetadata',
  method: 'GET',
  path: '/api/v1/publicPoolsMetadata',
  weight: 300,
  auth: 'optional',
  kind: 'read',
  params: PublicPoolsMetadataParamsSchema,
  response: PublicPoolsMetadataSchema,
});

/**
 * Public pool listing (index-paged).
 * @example
 * const res = await publicPoolsMetadata({ transport: createUndiciTransport({ baseUrl }) }, { index: 0, limit: 20 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function publicPoolsMetadata(
  ctx: RouteContext,
  params: PublicPoolsMetadataParams,
  options?: CallOptions,
): Promise<PublicPoolsMetadataResponse> {
  return callRoute(ctx, publicPoolsMetadataRoute, params, options);
}
