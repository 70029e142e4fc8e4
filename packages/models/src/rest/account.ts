/** `GET /api/v1/account`: detailed accounts with positions and assets (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import {
  BoolSchema,
  DecimalStringSchema,
  IntSchema,
  MarketIdSchema,
  ResultCodeShape,
  lenientEnum,
  listOf,
} from '../schemas/primitives.js';
import { AccountShape } from './accounts-by-l1-address.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * One position. `sign` 1 long / −1 short; `initial_margin_fraction` is a percent string in REST
 * (`"10.00"`); `margin_mode` 0 cross / 1 isolated (docs/protocol/rest.md#response-models).
 *
 * @example
 * const r = AccountPositionSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountPositionSchema = z.looseObject({
  market_id: MarketIdSchema,
  symbol: z.string().nullish(),
  initial_margin_fraction: DecimalStringSchema.nullish(),
  open_order_count: IntSchema.nullish(),
  pending_order_count: IntSchema.nullish(),
  position_tied_order_count: IntSchema.nullish(),
  sign: IntSchema,
  position: DecimalStringSchema,
  avg_entry_price: DecimalStringSchema.nullish(),
  position_value: DecimalStringSchema.nullish(),
  unrealized_pnl: DecimalStringSchema.nullish(),
  realized_pnl: DecimalStringSchema.nullish(),
  liquidation_price: DecimalStringSchema.nullish(),
  total_funding_paid_out: DecimalStringSchema.nullish(),
  margin_mode: IntSchema.nullish(),
  allocated_margin: DecimalStringSchema.nullish(),
  total_discount: DecimalStringSchema.nullish(),
});
/** Inferred {@link AccountPositionSchema}. */
export type AccountPosition = z.output<typeof AccountPositionSchema>;

/**
 * One asset balance (coin units).
 *
 * @example
 * const r = AccountAssetSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountAssetSchema = z.looseObject({
  symbol: z.string(),
  asset_id: IntSchema,
  balance: DecimalStringSchema,
  locked_balance: DecimalStringSchema.nullish(),
  margin_mode: lenientEnum(['enabled', 'disabled', 'priced_only'] as const).nullish(),
  margin_balance: DecimalStringSchema.nullish(),
});
/** Inferred {@link AccountAssetSchema}. */
export type AccountAsset = z.output<typeof AccountAssetSchema>;

/**
 * A pending unlock of pool/staking shares.
 *
 * @example
 * const r = PendingUnlockSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PendingUnlockSchema = z.looseObject({
  unlock_timestamp: TimestampMsSchema.nullish(),
  asset_index: IntSchema.nullish(),
  amount: DecimalStringSchema.nullish(),
});

/**
 * An integrator approved by the account (fees in 1e-6 units).
 *
 * @example
 * const r = ApprovedIntegratorSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ApprovedIntegratorSchema = z.looseObject({
  account_index: IntSchema,
  name: z.string().nullish(),
  max_perps_taker_fee: IntSchema.nullish(),
  max_perps_maker_fee: IntSchema.nullish(),
  max_spot_taker_fee: IntSchema.nullish(),
  max_spot_maker_fee: IntSchema.nullish(),
  approval_expiry: IntSchema.nullish(),
});

/**
 * Public pool share held by the account.
 *
 * @example
 * const r = PublicPoolShareSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PublicPoolShareSchema = z.looseObject({
  public_pool_index: IntSchema.nullish(),
  shares_amount: IntSchema.nullish(),
  entry_usdc: DecimalStringSchema.nullish(),
});

/**
 * `DetailedAccount` = Account + positions, assets, totals.
 *
 * @example
 * const r = DetailedAccountSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const DetailedAccountSchema = z.looseObject({
  ...AccountShape,
  account_index: IntSchema.nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  can_invite: BoolSchema.nullish(),
  referral_points_percentage: DecimalStringSchema.nullish(),
  created_at: TimestampMsSchema.nullish(),
  can_rfq: BoolSchema.nullish(),
  positions: listOf(AccountPositionSchema),
  assets: listOf(AccountAssetSchema),
  total_asset_value: DecimalStringSchema.nullish(),
  cross_asset_value: DecimalStringSchema.nullish(),
  cross_initial_margin_requirement: DecimalStringSchema.nullish(),
  cross_maintenance_margin_requirement: DecimalStringSchema.nullish(),
  pool_info: z.looseObject({}).nullish(),
  shares: listOf(PublicPoolShareSchema),
  pending_unlocks: listOf(PendingUnlockSchema),
  approved_integrators: listOf(ApprovedIntegratorSchema),
});
/** Inferred {@link DetailedAccountSchema}. */
export type DetailedAccount = z.output<typeof DetailedAccountSchema>;

/**
 * `DetailedAccounts` response.
 *
 * @example
 * const r = DetailedAccountsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const DetailedAccountsSchema = z.looseObject({
  ...ResultCodeShape,
  total: IntSchema.nullish(),
  accounts: listOf(DetailedAccountSchema),
});
/** Inferred {@link DetailedAccountsSchema}. */
export type DetailedAccounts = z.output<typeof DetailedAccountsSchema>;

/**
 * Parse an `account` response.
 *
 * @example
 * parseDetailedAccounts(body).accounts[0]?.positions[0]?.avg_entry_price; // '2669.84'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseDetailedAccounts(raw: unknown): WithRaw<DetailedAccounts> {
  return parseWith(DetailedAccountsSchema, raw, 'DetailedAccounts');
}
