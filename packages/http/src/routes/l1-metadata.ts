/**
 * GET `/api/v1/l1Metadata`: L1 address metadata (referrals) (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { L1MetadataSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of l1Metadata (camelCase; sent as snake_case), validated before any I/O.
 * @example L1MetadataParamsSchema.safeParse({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const L1MetadataParamsSchema = z.strictObject({
  /** Owner address whose L1 metadata is read. */
  l1Address: P.l1Address,
});
/** Input type of l1Metadata. */
export type L1MetadataParams = z.input<typeof L1MetadataParamsSchema>;
/** Parsed response of l1Metadata. */
export type L1MetadataResponse = z.output<typeof L1MetadataSchema>;

/**
 * Route spec of l1Metadata (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, l1MetadataRoute, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' })
 * @throws never (a value)
 */
export const l1MetadataRoute = defineRoute({
  name: 'l1Metadata',
  method: 'GET',
  path: '/api/v1/l1Metadata',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: L1MetadataParamsSchema,
  response: L1MetadataSchema,
});

/**
 * L1 address metadata (referrals) (auth).
 * @example
 * const res = await l1Metadata({ transport: createUndiciTransport({ baseUrl }) }, { l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function l1Metadata(
  ctx: RouteContext,
  params: L1MetadataParams,
  options?: CallOptions,
): Promise<L1MetadataResponse> {
  return callRoute(ctx, l1MetadataRoute, params, options);
}
