/** `GET /api/v1/apikeys` and `GET /api/v1/getMakerOnlyApiKeys` (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models ApiKey). */
import * as z from 'zod';
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
  account_index: IntSchema,
  api_key_index: IntSchema,
  nonce: IntSchema.nullish(),
  public_key: z.string(),
  transaction_time: TimestampMicrosSchema.nullish(),
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
