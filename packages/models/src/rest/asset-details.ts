/** `GET /api/v1/assetDetails` (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Asset). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, ResultCodeShape, lenientEnum, listOf } from '../schemas/primitives.js';

/**
 * One asset. Older data has `decimals`; 2026 data has `size_decimals` / `price_decimals` and
 * collateral parameters (`rest/lts_asset_details_excerpt.json`).
 *
 * @example
 * const r = AssetSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AssetSchema = z.looseObject({
  asset_id: IntSchema,
  symbol: z.string(),
  l1_decimals: IntSchema.nullish(),
  decimals: IntSchema.nullish(),
  size_decimals: IntSchema.nullish(),
  price_decimals: IntSchema.nullish(),
  min_transfer_amount: DecimalStringSchema.nullish(),
  min_withdrawal_amount: DecimalStringSchema.nullish(),
  margin_mode: lenientEnum(['enabled', 'disabled', 'priced_only'] as const).nullish(),
  index_price: DecimalStringSchema.nullish(),
  l1_address: z.string().nullish(),
  loan_to_value: DecimalStringSchema.nullish(),
  liquidation_threshold: DecimalStringSchema.nullish(),
  liquidation_factor: DecimalStringSchema.nullish(),
  liquidation_fee: DecimalStringSchema.nullish(),
  global_supply_cap: DecimalStringSchema.nullish(),
  user_supply_cap: DecimalStringSchema.nullish(),
  multiplier: DecimalStringSchema.nullish(),
});
/** Inferred {@link AssetSchema}. */
export type Asset = z.output<typeof AssetSchema>;

/**
 * `AssetDetails` response.
 *
 * @example
 * const r = AssetDetailsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AssetDetailsSchema = z.looseObject({
  ...ResultCodeShape,
  asset_details: listOf(AssetSchema),
});
/** Inferred {@link AssetDetailsSchema}. */
export type AssetDetails = z.output<typeof AssetDetailsSchema>;

/**
 * Parse an `assetDetails` response.
 *
 * @example
 * parseAssetDetails(body).asset_details[0]?.symbol; // 'USDC'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseAssetDetails(raw: unknown): WithRaw<AssetDetails> {
  return parseWith(AssetDetailsSchema, raw, 'AssetDetails');
}
