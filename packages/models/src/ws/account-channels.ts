/**
 * Per-account channels: `account_all_trades`, `account_all_positions`, `account_all_assets`,
 * `account_spot_avg_entry_prices`, `user_stats` (lighter-api.md §5.2). Maps keyed by market/asset id
 * are parsed to flat arrays.
 */
import { z } from 'zod';
import { AccountAssetSchema, AccountPositionSchema, PublicPoolShareSchema } from '../rest/account.js';
import { TradeSchema } from '../rest/trades.js';
import { DecimalStringSchema, FloatSchema, IntSchema, flatListOf } from '../schemas/primitives.js';

/** `account_all_trades` frame (snapshot also carries volumes). */
export const AccountAllTradesFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_all_trades', 'update/account_all_trades']),
  channel: z.string(),
  timestamp: IntSchema.nullish(),
  trades: flatListOf(TradeSchema),
  total_volume: FloatSchema.nullish(),
  monthly_volume: FloatSchema.nullish(),
  weekly_volume: FloatSchema.nullish(),
  daily_volume: FloatSchema.nullish(),
});
/** Inferred {@link AccountAllTradesFrameSchema}. */
export type AccountAllTradesFrame = z.output<typeof AccountAllTradesFrameSchema>;

/** `account_all_positions` frame. `last_funding_*` are maps or null. */
export const AccountAllPositionsFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_all_positions', 'update/account_all_positions']),
  channel: z.string(),
  timestamp: IntSchema.nullish(),
  positions: flatListOf(AccountPositionSchema),
  shares: flatListOf(PublicPoolShareSchema),
  last_funding_round: z.unknown().optional(),
  last_funding_discount: z.unknown().optional(),
});
/** Inferred {@link AccountAllPositionsFrameSchema}. */
export type AccountAllPositionsFrame = z.output<typeof AccountAllPositionsFrameSchema>;

/** `account_all_assets` frame (balances in coin units). */
export const AccountAllAssetsFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_all_assets', 'update/account_all_assets']),
  channel: z.string(),
  timestamp: IntSchema.nullish(),
  assets: flatListOf(AccountAssetSchema),
});
/** Inferred {@link AccountAllAssetsFrameSchema}. */
export type AccountAllAssetsFrame = z.output<typeof AccountAllAssetsFrameSchema>;

/** One spot average entry price. */
export const SpotAvgEntryPriceSchema = z.looseObject({
  asset_id: IntSchema,
  avg_entry_price: DecimalStringSchema.nullish(),
  asset_size: DecimalStringSchema.nullish(),
  last_trade_id: IntSchema.nullish(),
});
/** Inferred {@link SpotAvgEntryPriceSchema}. */
export type SpotAvgEntryPrice = z.output<typeof SpotAvgEntryPriceSchema>;

/** `account_spot_avg_entry_prices` frame. */
export const AccountSpotAvgEntryPricesFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_spot_avg_entry_prices', 'update/account_spot_avg_entry_prices']),
  channel: z.string(),
  timestamp: IntSchema.nullish(),
  avg_entry_prices: flatListOf(SpotAvgEntryPriceSchema),
});
/** Inferred {@link AccountSpotAvgEntryPricesFrameSchema}. */
export type AccountSpotAvgEntryPricesFrame = z.output<typeof AccountSpotAvgEntryPricesFrameSchema>;

/** The six figures of `cross_stats` / `total_stats` (all decimal strings). */
export const UserStatsFiguresSchema = z.looseObject({
  collateral: DecimalStringSchema.nullish(),
  portfolio_value: DecimalStringSchema.nullish(),
  leverage: DecimalStringSchema.nullish(),
  available_balance: DecimalStringSchema.nullish(),
  margin_usage: DecimalStringSchema.nullish(),
  buying_power: DecimalStringSchema.nullish(),
});
/** Inferred {@link UserStatsFiguresSchema}. */
export type UserStatsFigures = z.output<typeof UserStatsFiguresSchema>;

/** `stats` of `user_stats`. */
export const UserStatsSchema = z.looseObject({
  ...UserStatsFiguresSchema.shape,
  account_trading_mode: IntSchema.nullish(),
  cross_stats: UserStatsFiguresSchema.nullish(),
  total_stats: UserStatsFiguresSchema.nullish(),
});
/** Inferred {@link UserStatsSchema}. */
export type UserStats = z.output<typeof UserStatsSchema>;

/** `user_stats` frame. */
export const UserStatsFrameSchema = z.looseObject({
  type: z.enum(['subscribed/user_stats', 'update/user_stats']),
  channel: z.string(),
  timestamp: IntSchema.nullish(),
  stats: UserStatsSchema,
});
/** Inferred {@link UserStatsFrameSchema}. */
export type UserStatsFrame = z.output<typeof UserStatsFrameSchema>;
