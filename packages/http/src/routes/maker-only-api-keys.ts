/**
 * GET `/api/v1/getMakerOnlyApiKeys`: API key indexes restricted to maker-only traffic (auth).
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { MakerOnlyApiKeysSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of getMakerOnlyApiKeys (camelCase; sent as snake_case), validated before any I/O.
 * @example GetMakerOnlyApiKeysParamsSchema.safeParse({ accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const GetMakerOnlyApiKeysParamsSchema = z.strictObject({
  /** Account whose maker-only API key set is read (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
});
/** Input type of getMakerOnlyApiKeys. */
export type GetMakerOnlyApiKeysParams = z.input<typeof GetMakerOnlyApiKeysParamsSchema>;
/** Parsed response of getMakerOnlyApiKeys. */
export type GetMakerOnlyApiKeysResponse = z.output<typeof MakerOnlyApiKeysSchema>;

/**
 * Route spec of getMakerOnlyApiKeys (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, getMakerOnlyApiKeysRoute, { accountIndex: 1077 })
 * @throws never (a value)
 */
export const getMakerOnlyApiKeysRoute = defineRoute({
  name: 'getMakerOnlyApiKeys',
  method: 'GET',
  path: '/api/v1/getMakerOnlyApiKeys',
  weight: 300,
  auth: 'required',
  kind: 'read',
  params: GetMakerOnlyApiKeysParamsSchema,
  response: MakerOnlyApiKeysSchema,
});

/**
 * API key indexes restricted to maker-only traffic (auth).
 * @example
 * const res = await getMakerOnlyApiKeys({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function getMakerOnlyApiKeys(
  ctx: RouteContext,
  params: GetMakerOnlyApiKeysParams,
  options?: CallOptions,
): Promise<GetMakerOnlyApiKeysResponse> {
  return callRoute(ctx, getMakerOnlyApiKeysRoute, params, options);
}
