/**
 * GET `/api/v1/apikeys`: Registered API keys of an account (`apiKeyIndex` 255 or omitted = all).
 * Weight 150 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { AccountApiKeysSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of apiKeys (camelCase; sent as snake_case), validated before any I/O.
 * @example ApiKeysParamsSchema.safeParse({ accountIndex: 1077, apiKeyIndex: 3 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const ApiKeysParamsSchema = z.strictObject({
  /** Account whose registered API keys are listed (`account_index`). */
  accountIndex: P.accountIndex,
  /** One key slot 0..254, or 255 / absent for every slot. */
  apiKeyIndex: z.optional(P.apiKeyIndex),
});
/** Input type of apiKeys. */
export type ApiKeysParams = z.input<typeof ApiKeysParamsSchema>;
/** Parsed response of apiKeys. */
export type ApiKeysResponse = z.output<typeof AccountApiKeysSchema>;

/**
 * Route spec of apiKeys (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, apiKeysRoute, { accountIndex: 1077, apiKeyIndex: 3 })
 * @throws never (a value)
 */
export const apiKeysRoute = defineRoute({
  name: 'apiKeys',
  method: 'GET',
  path: '/api/v1/apikeys',
  weight: 150,
  auth: 'none',
  kind: 'read',
  params: ApiKeysParamsSchema,
  response: AccountApiKeysSchema,
});

/**
 * Registered API keys of an account (`apiKeyIndex` 255 or omitted = all).
 * @example
 * const res = await apiKeys({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, apiKeyIndex: 3 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function apiKeys(ctx: RouteContext, params: ApiKeysParams, options?: CallOptions): Promise<ApiKeysResponse> {
  return callRoute(ctx, apiKeysRoute, params, options);
}
