/**
 * GET `/api/v1/tokens`: Read-only API tokens of an account (auth).
 * Weight 3000 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { ApiTokensSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of tokens (camelCase; sent as snake_case), validated before any I/O.
 * @example TokensParamsSchema.safeParse({ accountIndex: 1077 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const TokensParamsSchema = z.strictObject({
  /** Account whose read-only tokens are listed (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
});
/** Input type of tokens. */
export type TokensParams = z.input<typeof TokensParamsSchema>;
/** Parsed response of tokens. */
export type TokensResponse = z.output<typeof ApiTokensSchema>;

/**
 * Route spec of tokens (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, tokensRoute, { accountIndex: 1077 })
 * @throws never (a value)
 */
export const tokensRoute = defineRoute({
  name: 'tokens',
  method: 'GET',
  path: '/api/v1/tokens',
  weight: 3000,
  auth: 'required',
  kind: 'read',
  params: TokensParamsSchema,
  response: ApiTokensSchema,
});

/**
 * Read-only API tokens of an account (auth).
 * @example
 * const res = await tokens({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function tokens(ctx: RouteContext, params: TokensParams, options?: CallOptions): Promise<TokensResponse> {
  return callRoute(ctx, tokensRoute, params, options);
}
