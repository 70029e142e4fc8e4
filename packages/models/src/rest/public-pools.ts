/** `GET /api/v1/publicPoolsMetadata` (docs/protocol/rest.md#accounts). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, FloatSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';

/**
 * One public pool (loose: only the identifying fields are typed).
 *
 * @example
 * const r = PublicPoolMetadataSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PublicPoolMetadataSchema = z.looseObject({
  code: IntSchema.nullish(),
  account_index: IntSchema,
  account_type: IntSchema.nullish(),
  name: z.string().nullish(),
  l1_address: z.string().nullish(),
  annual_percentage_yield: FloatSchema.nullish(),
  status: IntSchema.nullish(),
  operator_fee: DecimalStringSchema.nullish(),
  total_asset_value: DecimalStringSchema.nullish(),
  total_shares: IntSchema.nullish(),
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
 * Parse a `publicPoolsMetadata` response.
 *
 * @example
 * parsePublicPoolsMetadata(body).public_pools[0]?.account_index;
 * @throws {LighterParseError} when the payload does not match
 */
export function parsePublicPoolsMetadata(raw: unknown): WithRaw<PublicPoolsMetadata> {
  return parseWith(PublicPoolsMetadataSchema, raw, 'PublicPoolsMetadata');
}
