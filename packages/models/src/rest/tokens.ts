/** Read-only API tokens: `GET /tokens`, `POST /tokens/revoke` responses (docs/protocol/rest.md#authentication, docs/protocol/rest.md#read-only-tokens). */
import * as z from 'zod/mini';
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
  /** Token id, used by `tokens/revoke`. */
  token_id: z.nullish(IntSchema),
  /** Name given at creation (1–50 characters). */
  name: z.nullish(z.string()),
  /** Account the token reads. */
  account_index: z.nullish(IntSchema),
  /** Expiry, Unix seconds (1 day to 10 years after creation). */
  expiry: z.nullish(IntSchema),
  /** Whether the token also reads the owner's sub-accounts (`ro:…:all:…`). */
  sub_account_access: z.nullish(BoolSchema),
  /** Whether the token has been revoked. */
  revoked: z.nullish(BoolSchema),
  /** Scopes (`read.*`, the only one the venue grants). */
  scopes: z.nullish(z.string()),
  /** The token text `ro:{account}:{single|all}:{expiry}:{hex}`: a secret, redacted from errors and logs. */
  token: z.nullish(z.string()),
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
  /** The account's read-only tokens (at most 10); `null` becomes `[]`. */
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
  /** Id of the token that was revoked. */
  token_id: z.nullish(IntSchema),
  /** true once the token is revoked. */
  revoked: z.nullish(BoolSchema),
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
