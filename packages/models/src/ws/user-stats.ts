/** `user_stats/{account}` channel (docs/protocol/websocket.md#channels): figures are decimal strings, the mode an integer. */
import * as z from 'zod/mini';
import { DecimalStringSchema, IntSchema } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * The six figures of `cross_stats` / `total_stats` (all decimal strings).
 *
 * @example
 * const r = UserStatsFiguresSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const UserStatsFiguresSchema = z.looseObject({
  /** Collateral in USDC, exact decimal string. */
  collateral: z.nullish(DecimalStringSchema),
  /** Portfolio value in USDC (the venue's valuation of collateral and positions), decimal string. */
  portfolio_value: z.nullish(DecimalStringSchema),
  /** Current leverage as a multiple (`"3.0"` = 3x), decimal string. */
  leverage: z.nullish(DecimalStringSchema),
  /** USDC free for new orders or withdrawal, decimal string. */
  available_balance: z.nullish(DecimalStringSchema),
  /** Margin in use relative to the portfolio, decimal string as the venue sends it (`"0.80"` in the docs' example). */
  margin_usage: z.nullish(DecimalStringSchema),
  /** Notional the account can still open, USDC decimal string. */
  buying_power: z.nullish(DecimalStringSchema),
});
/** Inferred {@link UserStatsFiguresSchema}. */
export type UserStatsFigures = z.output<typeof UserStatsFiguresSchema>;

/**
 * `stats` of `user_stats`.
 *
 * @example
 * const r = UserStatsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const UserStatsSchema = z.looseObject({
  ...UserStatsFiguresSchema.shape,
  /** Account trading mode (`ACCOUNT_TRADING_MODE`: 0 simple, 1 unified), an integer. */
  account_trading_mode: z.nullish(IntSchema),
  /** The six figures for the cross-margin part of the account only. */
  cross_stats: z.nullish(UserStatsFiguresSchema),
  /** The six figures for the whole account (cross plus isolated positions). */
  total_stats: z.nullish(UserStatsFiguresSchema),
});
/** Inferred {@link UserStatsSchema}. */
export type UserStats = z.output<typeof UserStatsSchema>;

/**
 * `user_stats` frame.
 *
 * @example
 * const r = UserStatsFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const UserStatsFrameSchema = z.looseObject({
  /** `subscribed/user_stats` for the first figures, `update/user_stats` for later ones (replace). */
  type: z.enum(['subscribed/user_stats', 'update/user_stats']),
  /** Inbound channel name, `:`-separated: `user_stats:{account}`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** The account's collateral, margin and leverage figures. */
  stats: UserStatsSchema,
});
/** Inferred {@link UserStatsFrameSchema}. */
export type UserStatsFrame = z.output<typeof UserStatsFrameSchema>;
