/**
 * POST `/api/v1/tokens/revoke`: Revoke a read-only API token (auth).
 * Weight 3000 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { RevokeApiTokenSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of tokensRevoke (camelCase; sent as snake_case), validated before any I/O.
 * @example TokensRevokeParamsSchema.safeParse({ accountIndex: 1077, tokenId: 5 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const TokensRevokeParamsSchema = z.strictObject({
  /** Account that owns the token (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Id of the token to revoke (`token_id`), from `tokens`. */
  tokenId: z.int().check(z.gte(0)),
});
/** Input type of tokensRevoke. */
export type TokensRevokeParams = z.input<typeof TokensRevokeParamsSchema>;
/** Parsed response of tokensRevoke. */
export type TokensRevokeResponse = z.output<typeof RevokeApiTokenSchema>;

/**
 * Route spec of tokensRevoke (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, tokensRevokeRoute, { accountIndex: 1077, tokenId: 5 })
 * @throws never (a value)
 */
export const tokensRevokeRoute = defineRoute({
  name: 'tokensRevoke',
  method: 'POST',
  path: '/api/v1/tokens/revoke',
  weight: 3000,
  auth: 'required',
  kind: 'write',
  params: TokensRevokeParamsSchema,
  response: RevokeApiTokenSchema,
});

/**
 * Revoke a read-only API token (auth).
 * @example
 * const res = await tokensRevoke({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, tokenId: 5 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function tokensRevoke(
  ctx: RouteContext,
  params: TokensRevokeParams,
  options?: CallOptions,
): Promise<TokensRevokeResponse> {
  return callRoute(ctx, tokensRevokeRoute, params, options);
}
