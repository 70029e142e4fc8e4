/**
 * GET `/api/v1/assetDetails`: Asset metadata (decimals, min transfer/withdraw amounts); `assetId` 0 or omitted = all.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { AssetDetailsSchema } from '@lighter-ts/models';

/**
 * Parameters of assetDetails (camelCase; sent as snake_case), validated before any I/O.
 * @example AssetDetailsParamsSchema.safeParse({ assetId: 3 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const AssetDetailsParamsSchema = z.strictObject({
  /** Asset index (`asset_id`); 0 or absent = every asset. */
  assetId: z.optional(z.int().check(z.gte(0), z.lte(32767))),
});
/** Input type of assetDetails. */
export type AssetDetailsParams = z.input<typeof AssetDetailsParamsSchema>;
/** Parsed response of assetDetails. */
export type AssetDetailsResponse = z.output<typeof AssetDetailsSchema>;

/**
 * Route spec of assetDetails (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, assetDetailsRoute, { assetId: 3 })
 * @throws never (a value)
 */
export const assetDetailsRoute = defineRoute({
  name: 'assetDetails',
  method: 'GET',
  path: '/api/v1/assetDetails',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: AssetDetailsParamsSchema,
  response: AssetDetailsSchema,
});

/**
 * Asset metadata (decimals, min transfer/withdraw amounts); `assetId` 0 or omitted = all.
 * @example
 * const res = await assetDetails({ transport: createUndiciTransport({ baseUrl }) }, { assetId: 3 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function assetDetails(
  ctx: RouteContext,
  params: AssetDetailsParams = {},
  options?: CallOptions,
): Promise<AssetDetailsResponse> {
  return callRoute(ctx, assetDetailsRoute, params, options);
}
