/** `GET /api/v1/publicPoolsMetadata` response (docs/protocol/rest.md#accounts). */
import * as z from 'zod/mini';
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
  /** Per-row result code (`0` on nested rows); absent on some versions. */
  code: z.nullish(IntSchema),
  /** Account index of the pool (pools are accounts; the LLP is 2^48−2 on mainnet). */
  account_index: IntSchema,
  /** Account type (2 public pool, 4 staking pool, `ACCOUNT_TYPE`). */
  account_type: z.nullish(IntSchema),
  /** Pool name. */
  name: z.nullish(z.string()),
  /** L1 address of the pool's operator, `0x` hex. */
  l1_address: z.nullish(z.string()),
  /** Annual percentage yield, percent (JSON float, display only). */
  annual_percentage_yield: z.nullish(FloatSchema),
  /** Pool status code (a venue enum whose values are not documented). */
  status: z.nullish(IntSchema),
  /** Operator's fee on profits, decimal string. */
  operator_fee: z.nullish(DecimalStringSchema),
  /** Total value of the pool, USDC decimal string. */
  total_asset_value: z.nullish(DecimalStringSchema),
  /** Total shares issued (integer count). */
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
  /** Pools of the page (index paging: `index` + `limit`); `null` becomes `[]`. */
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
