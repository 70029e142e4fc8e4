/** `GET /api/v1/apikeys` and `GET /api/v1/getMakerOnlyApiKeys` responses (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models ApiKey). */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { TimestampMicrosSchema } from '../schemas/timestamp.js';

/**
 * One registered API key (`public_key` hex).
 *
 * @example
 * const r = ApiKeySchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ApiKeySchema = z.looseObject({
  /** Account the key signs for. */
  account_index: IntSchema,
  /** Key slot 0…254 (docs/protocol/transactions.md#api-keys). */
  api_key_index: IntSchema,
  /** Next nonce of this key, as `nextNonce` reports it. */
  nonce: z.nullish(IntSchema),
  /** Public key, hex (80 zeros for a slot that was never registered [T]). */
  public_key: z.string(),
  /** Time of the last tx that changed the key, Unix µs. */
  transaction_time: z.nullish(TimestampMicrosSchema),
});
/** Inferred {@link ApiKeySchema}. */
export type ApiKey = z.output<typeof ApiKeySchema>;

/**
 * `AccountApiKeys` response.
 *
 * @example
 * const r = AccountApiKeysSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountApiKeysSchema = z.looseObject({
  ...ResultCodeShape,
  /** The requested key, or every slot when `api_key_index` was 255; `null` becomes `[]`. */
  api_keys: listOf(ApiKeySchema),
});
/** Inferred {@link AccountApiKeysSchema}. */
export type AccountApiKeys = z.output<typeof AccountApiKeysSchema>;

/**
 * `getMakerOnlyApiKeys` response.
 *
 * @example
 * const r = MakerOnlyApiKeysSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const MakerOnlyApiKeysSchema = z.looseObject({
  ...ResultCodeShape,
  /** Key indexes (≥ 4) restricted to post-only orders (docs/protocol/transactions.md#maker-only-api-keys). */
  api_key_indexes: listOf(IntSchema),
});
/** Inferred {@link MakerOnlyApiKeysSchema}. */
export type MakerOnlyApiKeys = z.output<typeof MakerOnlyApiKeysSchema>;

/**
 * Parse an `apikeys` response.
 *
 * @example
 * parseAccountApiKeys(body).api_keys[0]?.public_key;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseAccountApiKeys(raw: unknown): WithRaw<AccountApiKeys> {
  return parseWith(AccountApiKeysSchema, raw, 'AccountApiKeys');
}

/**
 * Parse a `getMakerOnlyApiKeys` response.
 *
 * @example
 * parseMakerOnlyApiKeys({ code: 200, api_key_indexes: [3] }).api_key_indexes; // [3]
 * @throws {LighterParseError} when the payload does not match
 */
export function parseMakerOnlyApiKeys(raw: unknown): WithRaw<MakerOnlyApiKeys> {
  return parseWith(MakerOnlyApiKeysSchema, raw, 'MakerOnlyApiKeys');
}
