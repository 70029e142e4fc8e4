/**
 * POST `/api/v1/setMakerOnlyApiKeys`: restricts api keys of an account to maker-only traffic
 * (post-only creates, modifies of post-only orders, cancels; other txs answer 62007). The call
 * replaces the whole set and `[]` clears it; indexes must be >= 4, at most one call per hour,
 * premium accounts only (docs/protocol/transactions.md#maker-only-api-keys). Not retried.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import { API_KEY_INDEX, type ResultCode, ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/** Highest api key index a key can be registered in. */

/**
 * Parameters of setMakerOnlyApiKeys (camelCase; `apiKeyIndexes` is sent as a JSON array string), validated before any I/O.
 * @example SetMakerOnlyApiKeysParamsSchema.safeParse({ accountIndex: 1077, apiKeyIndexes: [4, 5] }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const SetMakerOnlyApiKeysParamsSchema = z.strictObject({
  /** Account whose maker-only set is replaced (`account_index`); needs auth; once per hour. */
  accountIndex: P.accountIndex,
  /** The whole new set of maker-only key slots (4..254; slots 0..3 are reserved), sent as a JSON array string. */
  apiKeyIndexes: z
    .array(z.int().check(z.gte(API_KEY_INDEX.FIRST_UNRESERVED), z.lte(API_KEY_INDEX.MAX)))
    .check(z.maxLength(API_KEY_INDEX.MAX)),
});
/** Input type of setMakerOnlyApiKeys. */
export type SetMakerOnlyApiKeysParams = z.input<typeof SetMakerOnlyApiKeysParamsSchema>;
/** Parsed response of setMakerOnlyApiKeys. */
export type SetMakerOnlyApiKeysResponse = ResultCode;

/**
 * Route spec of setMakerOnlyApiKeys (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, setMakerOnlyApiKeysRoute, { accountIndex: 1077, apiKeyIndexes: [4] })
 * @throws never (a value)
 */
export const setMakerOnlyApiKeysRoute = defineRoute({
  name: 'setMakerOnlyApiKeys',
  method: 'POST',
  path: '/api/v1/setMakerOnlyApiKeys',
  weight: 300,
  auth: 'required',
  kind: 'write',
  params: SetMakerOnlyApiKeysParamsSchema,
  encode: (p) => ({ account_index: String(p.accountIndex), api_key_indexes: JSON.stringify(p.apiKeyIndexes) }),
  response: ResultCodeSchema,
});

/**
 * Replaces the set of maker-only api keys of an account (`[]` clears it).
 * @example
 * await setMakerOnlyApiKeys(http.context, { accountIndex: 1077, apiKeyIndexes: [4] }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O): an index below 4 or above 254, naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function setMakerOnlyApiKeys(
  ctx: RouteContext,
  params: SetMakerOnlyApiKeysParams,
  options?: CallOptions,
): Promise<SetMakerOnlyApiKeysResponse> {
  return callRoute(ctx, setMakerOnlyApiKeysRoute, params, options);
}
