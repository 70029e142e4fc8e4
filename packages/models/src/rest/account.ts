/** `GET /api/v1/account`: detailed accounts with positions and assets (docs/protocol/rest.md#accounts, docs/protocol/rest.md#response-models). */
import * as z from 'zod/mini';
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
import { TimestampMsSchema } from '../schemas/timestamp.js';
import { AccountShape } from './accounts-by-l1-address.js';

/**
 * One position. `sign` 1 long / −1 short; `initial_margin_fraction` is a percent string in REST
 * (`"10.00"`); `margin_mode` 0 cross / 1 isolated (docs/protocol/rest.md#response-models).
 *
 * @example
 * const r = AccountPositionSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountPositionSchema = z.looseObject({
  /** Market index of the position. */
  market_id: MarketIdSchema,
  /** Market symbol (`"ETH"`); absent in some WS frames. */
  symbol: z.nullish(z.string()),
  /** Initial margin fraction in force, percent string (`"10.00"` = 10 % = 10x); REST differs from tx units (1/10000). */
  initial_margin_fraction: z.nullish(DecimalStringSchema),
  /** Open orders of the account on this market. */
  open_order_count: z.nullish(IntSchema),
  /** Orders on this market accepted but not yet on the book. */
  pending_order_count: z.nullish(IntSchema),
  /** Orders tied to the position (take-profit / stop-loss children). */
  position_tied_order_count: z.nullish(IntSchema),
  /** Direction: 1 long, −1 short (0 with a zero position on some versions). */
  sign: IntSchema,
  /** Absolute position size, base-asset decimal string (direction is in `sign`). */
  position: DecimalStringSchema,
  /** Average entry price, quote decimal string. */
  avg_entry_price: z.nullish(DecimalStringSchema),
  /** Position value at the mark price, USDC decimal string. */
  position_value: z.nullish(DecimalStringSchema),
  /** Unrealized PnL, USDC decimal string. */
  unrealized_pnl: z.nullish(DecimalStringSchema),
  /** Realized PnL, USDC decimal string. */
  realized_pnl: z.nullish(DecimalStringSchema),
  /** Mark price at which the position is liquidated, quote decimal string (`"0"` when none). */
  liquidation_price: z.nullish(DecimalStringSchema),
  /** Funding paid out over the position's life, USDC decimal string; omitted when empty. */
  total_funding_paid_out: z.nullish(DecimalStringSchema),
  /** 0 cross, 1 isolated (`MARGIN_MODE`). */
  margin_mode: z.nullish(IntSchema),
  /** Margin allocated to an isolated position, USDC decimal string (`"0.000000"` for cross). */
  allocated_margin: z.nullish(DecimalStringSchema),
  /** Total funding discount received, USDC decimal string; absent in older data. */
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
  /** Asset symbol (`"USDC"`, `"ETH"`). */
  symbol: z.string(),
  /** Asset index (`assetDetails`; 3 = USDC collateral). */
  asset_id: IntSchema,
  /** Total balance, decimal string in coin units. */
  balance: DecimalStringSchema,
  /** Part of `balance` locked by open spot orders, decimal string; absent in older data. */
  locked_balance: z.nullish(DecimalStringSchema),
  /** Whether the asset counts as margin: `enabled`, `disabled`, `priced_only` (2026 field). */
  margin_mode: z.nullish(lenientEnum(['enabled', 'disabled', 'priced_only'] as const)),
  /** Balance counted as margin, decimal string (2026 field). */
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
  /** When the amount becomes withdrawable, Unix ms. */
  unlock_timestamp: z.nullish(TimestampMsSchema),
  /** Asset index of the amount being unlocked. */
  asset_index: z.nullish(IntSchema),
  /** Amount being unlocked, decimal string in coin units. */
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
  /** Account index of the integrator (its fee collector). */
  account_index: IntSchema,
  /** Integrator's display name. */
  name: z.nullish(z.string()),
  /** Highest perp taker fee the integrator may charge, 1e-6 units (`1000` = 0.1 %). */
  max_perps_taker_fee: z.nullish(IntSchema),
  /** Highest perp maker fee the integrator may charge, 1e-6 units. */
  max_perps_maker_fee: z.nullish(IntSchema),
  /** Highest spot taker fee the integrator may charge, 1e-6 units. */
  max_spot_taker_fee: z.nullish(IntSchema),
  /** Highest spot maker fee the integrator may charge, 1e-6 units. */
  max_spot_maker_fee: z.nullish(IntSchema),
  /** When the approval expires, Unix ms. */
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
  /** Account index of the public pool. */
  public_pool_index: z.nullish(IntSchema),
  /** Shares held (integer count). */
  shares_amount: z.nullish(IntSchema),
  /** USDC paid in for these shares, decimal string (cost basis). */
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
  /** Same as `index` (the detailed model repeats it); absent on some versions. */
  account_index: z.nullish(IntSchema),
  /** Account name set by its owner. */
  name: z.nullish(z.string()),
  /** Account description set by its owner (public pools describe their strategy here). */
  description: z.nullish(z.string()),
  /** Whether the account may invite referrals. */
  can_invite: z.nullish(BoolSchema),
  /** Referral points share, decimal string; may be `""`. */
  referral_points_percentage: z.nullish(DecimalStringSchema),
  /** Account creation time, Unix ms (`0` in some data). */
  created_at: z.nullish(TimestampMsSchema),
  /** Whether the account may trade by request for quote (2026 field). */
  can_rfq: z.nullish(BoolSchema),
  /** Open positions, one per market; `null` becomes `[]`. */
  positions: listOf(AccountPositionSchema),
  /** Asset balances (spot and collateral); `null` becomes `[]`. */
  assets: listOf(AccountAssetSchema),
  /** Total account value, USDC decimal string. */
  total_asset_value: z.nullish(DecimalStringSchema),
  /** Value of the cross-margin part, USDC decimal string. */
  cross_asset_value: z.nullish(DecimalStringSchema),
  /** Initial margin the cross positions require, USDC decimal string (2026 field). */
  cross_initial_margin_requirement: z.nullish(DecimalStringSchema),
  /** Maintenance margin the cross positions require, USDC decimal string (2026 field). */
  cross_maintenance_margin_requirement: z.nullish(DecimalStringSchema),
  /** Public-pool info when the account is a pool (`PublicPoolInfo`, kept loose). */
  pool_info: z.nullish(z.looseObject({})),
  /** Public-pool shares the account holds; `null` becomes `[]`. */
  shares: listOf(PublicPoolShareSchema),
  /** Pool/staking share unlocks still pending; `null` becomes `[]`. */
  pending_unlocks: listOf(PendingUnlockSchema),
  /** Integrators the account approved (docs/protocol/transactions.md#integrators); `null` becomes `[]`. */
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
  /** Number of accounts matched (an L1 address lookup may match several). */
  total: z.nullish(IntSchema),
  /** The matched accounts; `null` becomes `[]`. */
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
