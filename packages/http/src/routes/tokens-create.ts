/**
 * POST `/api/v1/tokens/create`: Create a read-only API token (auth; expiry 1 day..10 years; codes 61001-61009).
 * Weight 23000 (docs/protocol/errors-and-limits.md#rate-limits); auth: required (docs/protocol/rest.md#authentication).
 */
import { type ResultCode, ResultCodeSchema } from '@lighter-ts/models';
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as P from '../schemas/params.js';

/**
 * Parameters of tokensCreate (camelCase; sent as snake_case), validated before any I/O.
 * @example TokensCreateParamsSchema.safeParse({ accountIndex: 1077, name: 'bot', expiry: 1893456000 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const TokensCreateParamsSchema = z.strictObject({
  /** Account the read-only token is for (`account_index`); needs auth. */
  accountIndex: P.accountIndex,
  /** Label of the token, 1..50 characters. */
  name: z.string().check(z.minLength(1), z.maxLength(50)),
  /** Expiry of the token, Unix seconds; the venue allows 1 day to 10 years. */
  expiry: z.int().check(z.gte(0)),
  /** `sub_account_access`: true = the token reads every sub-account (`all`), false = this account only (`single`). */
  subAccountAccess: z.optional(z.boolean()),
  /** Scopes of the token (`scopes`); the venue's default is `read.*`. */
  scopes: z.optional(z.string().check(z.minLength(1))),
});
/** Input type of tokensCreate. */
export type TokensCreateParams = z.input<typeof TokensCreateParamsSchema>;
/** Parsed response of tokensCreate. */
export type TokensCreateResponse = ResultCode;

/**
 * Route spec of tokensCreate (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, tokensCreateRoute, { accountIndex: 1077, name: 'bot', expiry: 1893456000 })
 * @throws never (a value)
 */
export const tokensCreateRoute = defineRoute({
  name: 'tokensCreate',
  method: 'POST',
  path: '/api/v1/tokens/create',
  weight: 23000,
  auth: 'required',
  kind: 'write',
  params: TokensCreateParamsSchema,
  response: ResultCodeSchema,
});

/**
 * Create a read-only API token (auth; expiry 1 day..10 years; codes 61001-61009).
 * @example
 * const res = await tokensCreate({ transport: createUndiciTransport({ baseUrl }) }, { accountIndex: 1077, name: 'bot', expiry: 1893456000 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function tokensCreate(
  ctx: RouteContext,
  params: TokensCreateParams,
  options?: CallOptions,
): Promise<TokensCreateResponse> {
  return callRoute(ctx, tokensCreateRoute, params, options);
}
