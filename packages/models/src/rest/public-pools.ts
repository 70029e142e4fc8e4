/** `GET /api/v1/publicPoolsMetadata` (docs/protocol/rest.md#accounts). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, FloatSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam, Limit100Param } from './params.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${PUBLIC_POOLS_METADATA_ROUTE.path}` with method PUBLIC_POOLS_METADATA_ROUTE.method
 * @throws never (a constant)
 */
export const PUBLIC_POOLS_METADATA_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/publicPoolsMetadata',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * One public pool (loose: only the identifying fields are typed).
 *
 * @example
 * const r = PublicPoolMetadataSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PublicPoolMetadataSchema = z.looseObject({
  code: z.nullish(IntSchema),
  account_index: IntSchema,
  account_type: z.nullish(IntSchema),
  name: z.string().nullish(),
  l1_address: z.string().nullish(),
  annual_percentage_yield: z.nullish(FloatSchema),
  status: z.nullish(IntSchema),
  operator_fee: z.nullish(DecimalStringSchema),
  total_asset_value: z.nullish(DecimalStringSchema),
  total_shares: z.nullish(IntSchema),
});
/** Inferred {@link PublicPoolMetadataSchema}. */
export type PublicPoolMetadata = z.output<typeof PublicPoolMetadataSchema>;

/**
 * `RespPublicPoolsMetadata` response.
 *
 * @example
 * const r = PublicPoolsMetadataSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PublicPoolsMetadataSchema = z.looseObject({
  ...ResultCodeShape,
  public_pools: listOf(PublicPoolMetadataSchema),
});
/** Inferred {@link PublicPoolsMetadataSchema}. */
export type PublicPoolsMetadata = z.output<typeof PublicPoolsMetadataSchema>;

/**
 * Query of `publicPoolsMetadata` (index-style paging).
 *
 * @example
 * const r = PublicPoolsMetadataParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PublicPoolsMetadataParamsSchema = z.strictObject({
  index: z.number().int().min(0),
  limit: Limit100Param,
  filter: z.enum(['all', 'user', 'protocol', 'account_index', 'stake']).optional(),
  accountIndex: AccountIndexParam.optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link PublicPoolsMetadataParamsSchema}. */
export type PublicPoolsMetadataParams = z.input<typeof PublicPoolsMetadataParamsSchema>;

/**
 * Parse a `publicPoolsMetadata` response.
 *
 * @example
 * parsePublicPoolsMetadata(body).public_pools[0]?.account_index;
 * @throws {LighterParseError} when the payload does not match
 */
export function parsePublicPoolsMetadata(raw: unknown): WithRaw<PublicPoolsMetadata> {
  return parseWith(PublicPoolsMetadataSchema, raw, 'PublicPoolsMetadata');
}
