/** `GET /api/v1/apikeys` and `GET /api/v1/getMakerOnlyApiKeys` (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models ApiKey). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { AccountIndexParam, ApiKeyIndexParam, AuthParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMicrosSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${API_KEYS_ROUTE.path}` with method API_KEYS_ROUTE.method
 * @throws never (a constant)
 */
export const API_KEYS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/apikeys',
  weight: 150,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${MAKER_ONLY_API_KEYS_ROUTE.path}` with method MAKER_ONLY_API_KEYS_ROUTE.method
 * @throws never (a constant)
 */
export const MAKER_ONLY_API_KEYS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/getMakerOnlyApiKeys',
  weight: 300,
  auth: true,
  encoding: 'query',
};

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
  nonce: z.nullish(IntSchema),
  public_key: z.string(),
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
  api_keys: listOf(ApiKeySchema),
});
/** Inferred {@link AccountApiKeysSchema}. */
export type AccountApiKeys = z.output<typeof AccountApiKeysSchema>;

/**
 * Query of `apikeys`: `api_key_index` 255 (default) = all keys.
 *
 * @example
 * const r = ApiKeysParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ApiKeysParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  apiKeyIndex: ApiKeyIndexParam.optional(),
});
/** Inferred {@link ApiKeysParamsSchema}. */
export type ApiKeysParams = z.input<typeof ApiKeysParamsSchema>;

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
 * Query of `getMakerOnlyApiKeys`.
 *
 * @example
 * const r = MakerOnlyApiKeysParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const MakerOnlyApiKeysParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  auth: AuthParam.optional(),
});
/** Inferred {@link MakerOnlyApiKeysParamsSchema}. */
export type MakerOnlyApiKeysParams = z.input<typeof MakerOnlyApiKeysParamsSchema>;

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
