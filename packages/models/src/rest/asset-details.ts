/** `GET /api/v1/assetDetails` (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Asset). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, ResultCodeShape, lenientEnum, listOf } from '../schemas/primitives.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${ASSET_DETAILS_ROUTE.path}` with method ASSET_DETAILS_ROUTE.method
 * @throws never (a constant)
 */
export const ASSET_DETAILS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/assetDetails',
  weight: 300,
  auth: false,
  encoding: 'query',
};

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
  l1_decimals: z.nullish(IntSchema),
  decimals: z.nullish(IntSchema),
  size_decimals: z.nullish(IntSchema),
  price_decimals: z.nullish(IntSchema),
  min_transfer_amount: z.nullish(DecimalStringSchema),
  min_withdrawal_amount: z.nullish(DecimalStringSchema),
  margin_mode: z.nullish(lenientEnum(['enabled', 'disabled', 'priced_only'] as const)),
  index_price: z.nullish(DecimalStringSchema),
  l1_address: z.string().nullish(),
  loan_to_value: z.nullish(DecimalStringSchema),
  liquidation_threshold: z.nullish(DecimalStringSchema),
  liquidation_factor: z.nullish(DecimalStringSchema),
  liquidation_fee: z.nullish(DecimalStringSchema),
  global_supply_cap: z.nullish(DecimalStringSchema),
  user_supply_cap: z.nullish(DecimalStringSchema),
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
  asset_details: listOf(AssetSchema),
});
/** Inferred {@link AssetDetailsSchema}. */
export type AssetDetails = z.output<typeof AssetDetailsSchema>;

/**
 * Query: `asset_id` (0 = all).
 *
 * @example
 * const r = AssetDetailsParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AssetDetailsParamsSchema = z.strictObject({
  assetId: z.number().int().min(0).max(32767).optional(),
});
/** Inferred {@link AssetDetailsParamsSchema}. */
export type AssetDetailsParams = z.input<typeof AssetDetailsParamsSchema>;

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
