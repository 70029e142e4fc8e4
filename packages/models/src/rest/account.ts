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
import { CursorParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${ACCOUNT_ROUTE.path}` with method ACCOUNT_ROUTE.method
 * @throws never (a constant)
 */
export const ACCOUNT_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/account',
  weight: 300,
  auth: false,
  encoding: 'query',
};

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
  initial_margin_fraction: z.nullish(DecimalStringSchema),
  open_order_count: z.nullish(IntSchema),
  pending_order_count: z.nullish(IntSchema),
  position_tied_order_count: z.nullish(IntSchema),
  sign: IntSchema,
  position: DecimalStringSchema,
  avg_entry_price: z.nullish(DecimalStringSchema),
  position_value: z.nullish(DecimalStringSchema),
  unrealized_pnl: z.nullish(DecimalStringSchema),
  realized_pnl: z.nullish(DecimalStringSchema),
  liquidation_price: z.nullish(DecimalStringSchema),
  total_funding_paid_out: z.nullish(DecimalStringSchema),
  margin_mode: z.nullish(IntSchema),
  allocated_margin: z.nullish(DecimalStringSchema),
  total_discount: z.nullish(DecimalStringSchema),
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
  locked_balance: z.nullish(DecimalStringSchema),
  margin_mode: z.nullish(lenientEnum(['enabled', 'disabled', 'priced_only'] as const)),
  margin_balance: z.nullish(DecimalStringSchema),
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
  unlock_timestamp: z.nullish(TimestampMsSchema),
  asset_index: z.nullish(IntSchema),
  amount: z.nullish(DecimalStringSchema),
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
  max_perps_taker_fee: z.nullish(IntSchema),
  max_perps_maker_fee: z.nullish(IntSchema),
  max_spot_taker_fee: z.nullish(IntSchema),
  max_spot_maker_fee: z.nullish(IntSchema),
  approval_expiry: z.nullish(IntSchema),
});

/**
 * Public pool share held by the account.
 *
 * @example
 * const r = PublicPoolShareSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PublicPoolShareSchema = z.looseObject({
  public_pool_index: z.nullish(IntSchema),
  shares_amount: z.nullish(IntSchema),
  entry_usdc: z.nullish(DecimalStringSchema),
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
  account_index: z.nullish(IntSchema),
  name: z.string().nullish(),
  description: z.string().nullish(),
  can_invite: z.nullish(BoolSchema),
  referral_points_percentage: z.nullish(DecimalStringSchema),
  created_at: z.nullish(TimestampMsSchema),
  can_rfq: z.nullish(BoolSchema),
  positions: listOf(AccountPositionSchema),
  assets: listOf(AccountAssetSchema),
  total_asset_value: z.nullish(DecimalStringSchema),
  cross_asset_value: z.nullish(DecimalStringSchema),
  cross_initial_margin_requirement: z.nullish(DecimalStringSchema),
  cross_maintenance_margin_requirement: z.nullish(DecimalStringSchema),
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
  total: z.nullish(IntSchema),
  accounts: listOf(DetailedAccountSchema),
});
/** Inferred {@link DetailedAccountsSchema}. */
export type DetailedAccounts = z.output<typeof DetailedAccountsSchema>;

/**
 * Query: `by` index|l1_address, `value`; newer `active_only`, `cursor`.
 *
 * @example
 * const r = AccountParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountParamsSchema = z.strictObject({
  by: z.enum(['index', 'l1_address']),
  value: z.string().min(1),
  activeOnly: z.boolean().optional(),
  cursor: CursorParam.optional(),
});
/** Inferred {@link AccountParamsSchema}. */
export type AccountParams = z.input<typeof AccountParamsSchema>;

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
