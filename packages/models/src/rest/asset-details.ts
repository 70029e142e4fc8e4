/** `GET /api/v1/assetDetails` response (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Asset). */
import * as z from 'zod/mini';
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
  /** Asset index (1 ETH, 2 LIT, 3 USDC on mainnet; `ASSET_ID`). */
  asset_id: IntSchema,
  /** Asset symbol (`"USDC"`). */
  symbol: z.string(),
  /** Decimals of the token on L1 (18 for ETH, 6 for USDC). */
  l1_decimals: z.nullish(IntSchema),
  /** Decimals of L2 amounts in older data (replaced by `size_decimals`). */
  decimals: z.nullish(IntSchema),
  /** Decimals of L2 amounts of this asset (2026 data): an amount on the wire = value × 10^size_decimals. */
  size_decimals: z.nullish(IntSchema),
  /** Decimals of this asset's index price (2026 data). */
  price_decimals: z.nullish(IntSchema),
  /** Smallest L2 transfer, decimal string in coin units. */
  min_transfer_amount: z.nullish(DecimalStringSchema),
  /** Smallest withdrawal to L1, decimal string in coin units. */
  min_withdrawal_amount: z.nullish(DecimalStringSchema),
  /** Whether the asset counts as margin: `enabled`, `disabled` or `priced_only` (2026 data). */
  margin_mode: z.nullish(lenientEnum(['enabled', 'disabled', 'priced_only'] as const)),
  /** Index price, USDC decimal string. */
  index_price: z.nullish(DecimalStringSchema),
  /** Token contract on L1, `0x` hex (zero address for native ETH). */
  l1_address: z.nullish(z.string()),
  /** Loan-to-value of the asset as collateral, decimal fraction (`"0.7000"` = 70 %; 2026 data). */
  loan_to_value: z.nullish(DecimalStringSchema),
  /** Collateral value fraction at which liquidation starts, decimal fraction (`"0.8500"`; 2026 data). */
  liquidation_threshold: z.nullish(DecimalStringSchema),
  /** Fraction of the asset's value credited when it is liquidated, decimal fraction (2026 data). */
  liquidation_factor: z.nullish(DecimalStringSchema),
  /** Fee charged when the asset is liquidated, decimal fraction (`"0.020000"` = 2 %; 2026 data). */
  liquidation_fee: z.nullish(DecimalStringSchema),
  /** Venue-wide cap on the asset as collateral, coin units decimal string (`"0"` = none; 2026 data). */
  global_supply_cap: z.nullish(DecimalStringSchema),
  /** Per-account cap on the asset as collateral, coin units decimal string (`"0"` = none; 2026 data). */
  user_supply_cap: z.nullish(DecimalStringSchema),
  /** Amount multiplier of the asset, decimal string (`"1.000000000000000000"` on ordinary assets; 2026 data). */
  multiplier: z.nullish(DecimalStringSchema),
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
  /** The requested asset, or all of them for `asset_id` 0; `null` becomes `[]`. */
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
