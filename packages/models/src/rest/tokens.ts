/** Read-only API tokens: `GET /tokens`, `POST /tokens/create`, `POST /tokens/revoke` (docs/protocol/rest.md#authentication, docs/protocol/rest.md#accounts). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { BoolSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';

/**
 * One read-only token (the `token` value itself is a secret and redacted in errors).
 *
 * @example
 * const r = ApiTokenSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ApiTokenSchema = z.looseObject({
  token_id: IntSchema.nullish(),
  name: z.string().nullish(),
  account_index: IntSchema.nullish(),
  expiry: IntSchema.nullish(),
  sub_account_access: BoolSchema.nullish(),
  revoked: BoolSchema.nullish(),
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
  token_id: IntSchema.nullish(),
  revoked: BoolSchema.nullish(),
});
/** Inferred {@link RevokeApiTokenSchema}. */
export type RevokeApiToken = z.output<typeof RevokeApiTokenSchema>;

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
