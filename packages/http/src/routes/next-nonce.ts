/**
 * GET `/api/v1/nextNonce`: Next nonce to use for an (account, API key) pair (docs/protocol/transactions.md#nonces).
 * Weight 6 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { NextNonceSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of nextNonce (camelCase; sent as snake_case), validated before any I/O.
 * @example NextNonceParamsSchema.safeParse({ accountIndex: 1077, apiKeyIndex: 3 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const NextNonceParamsSchema = z.strictObject({
  /** Account the tx will be signed for (`account_index`). */
  accountIndex: P.accountIndex,
  /** API key slot that will sign it (`api_key_index`), 0..254; each (account, key) pair has its own nonce. */
  apiKeyIndex: z.int().check(z.gte(0), z.lte(254)),
});
/** Input type of nextNonce. */
export type NextNonceParams = z.input<typeof NextNonceParamsSchema>;
/** Parsed response of nextNonce. */
export type NextNonceResponse = z.output<typeof NextNonceSchema>;

/**
 * Route spec of nextNonce (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, nextNonceRoute, { accountIndex: 1077, apiKeyIndex: 3 })
 * @throws never (a value)
 */
export const nextNonceRoute = defineRoute({
  name: 'nextNonce',
  method: 'GET',
  path: '/api/v1/nextNonce',
  weight: 6,
  auth: 'none',
  kind: 'read',
  params: NextNonceParamsSchema,
  response: NextNonceSchema,
});

/**
 * Next nonce to use for an (account, API key) pair (docs/protocol/transactions.md#nonces).
 * @example
 * const res = await nextNonce({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, apiKeyIndex: 3 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function nextNonce(
  ctx: RouteContext,
  params: NextNonceParams,
  options?: CallOptions,
): Promise<NextNonceResponse> {
  return callRoute(ctx, nextNonceRoute, params, options);
}
