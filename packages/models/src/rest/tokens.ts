/** Read-only API tokens: `GET /tokens`, `POST /tokens/create`, `POST /tokens/revoke` (docs/protocol/rest.md#authentication, docs/protocol/rest.md#accounts). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { BoolSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam } from './params.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${TOKENS_ROUTE.path}` with method TOKENS_ROUTE.method
 * @throws never (a constant)
 */
export const TOKENS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/tokens',
  weight: 3000,
  auth: true,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${TOKENS_CREATE_ROUTE.path}` with method TOKENS_CREATE_ROUTE.method
 * @throws never (a constant)
 */
export const TOKENS_CREATE_ROUTE: RouteInfo = {
  method: 'POST',
  path: '/api/v1/tokens/create',
  weight: 23000,
  auth: true,
  encoding: 'form',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${TOKENS_REVOKE_ROUTE.path}` with method TOKENS_REVOKE_ROUTE.method
 * @throws never (a constant)
 */
export const TOKENS_REVOKE_ROUTE: RouteInfo = {
  method: 'POST',
  path: '/api/v1/tokens/revoke',
  weight: 3000,
  auth: true,
  encoding: 'form',
};

/**
 * One read-only token (the `token` value itself is a secret and redacted in errors).
 *
 * @example
 * const r = ApiTokenSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ApiTokenSchema = z.looseObject({
  token_id: z.nullish(IntSchema),
  name: z.string().nullish(),
  account_index: z.nullish(IntSchema),
  expiry: z.nullish(IntSchema),
  sub_account_access: z.nullish(BoolSchema),
  revoked: z.nullish(BoolSchema),
  scopes: z.string().nullish(),
  token: z.string().nullish(),
});
/** Inferred {@link ApiTokenSchema}. */
export type ApiToken = z.output<typeof ApiTokenSchema>;

/**
 * `RespGetApiTokens`.
 *
 * @example
 * const r = ApiTokensSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ApiTokensSchema = z.looseObject({
  ...ResultCodeShape,
  api_tokens: listOf(ApiTokenSchema),
});
/** Inferred {@link ApiTokensSchema}. */
export type ApiTokens = z.output<typeof ApiTokensSchema>;

/**
 * `RespRevokeApiToken`.
 *
 * @example
 * const r = RevokeApiTokenSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const RevokeApiTokenSchema = z.looseObject({
  ...ResultCodeShape,
  token_id: z.nullish(IntSchema),
  revoked: z.nullish(BoolSchema),
});
/** Inferred {@link RevokeApiTokenSchema}. */
export type RevokeApiToken = z.output<typeof RevokeApiTokenSchema>;

/**
 * Form of `tokens/create` (expiry 1 day … 10 years, name ≤ 50 chars).
 *
 * @example
 * const r = CreateApiTokenParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const CreateApiTokenParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  name: z.string().min(1).max(50),
  expiry: z.number().int().min(0),
  subAccountAccess: z.boolean().optional(),
  scopes: z.string().optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link CreateApiTokenParamsSchema}. */
export type CreateApiTokenParams = z.input<typeof CreateApiTokenParamsSchema>;

/**
 * Parse a `tokens` response.
 *
 * @example
 * parseApiTokens(body).api_tokens.length;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseApiTokens(raw: unknown): WithRaw<ApiTokens> {
  return parseWith(ApiTokensSchema, raw, 'ApiTokens');
}

/**
 * Parse a `tokens/revoke` response.
 *
 * @example
 * parseRevokeApiToken(body).revoked;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseRevokeApiToken(raw: unknown): WithRaw<RevokeApiToken> {
  return parseWith(RevokeApiTokenSchema, raw, 'RevokeApiToken');
}
