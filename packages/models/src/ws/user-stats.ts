/** `user_stats/{account}` channel (docs/protocol/websocket.md#channels): figures are decimal strings, the mode an integer. */
import * as z from 'zod';
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
  collateral: DecimalStringSchema.nullish(),
  portfolio_value: DecimalStringSchema.nullish(),
  leverage: DecimalStringSchema.nullish(),
  available_balance: DecimalStringSchema.nullish(),
  margin_usage: DecimalStringSchema.nullish(),
  buying_power: DecimalStringSchema.nullish(),
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
  account_trading_mode: IntSchema.nullish(),
  cross_stats: UserStatsFiguresSchema.nullish(),
  total_stats: UserStatsFiguresSchema.nullish(),
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
  type: z.enum(['subscribed/user_stats', 'update/user_stats']),
  channel: z.string(),
  timestamp: TimestampMsSchema.nullish(),
  stats: UserStatsSchema,
});
/** Inferred {@link UserStatsFrameSchema}. */
export type UserStatsFrame = z.output<typeof UserStatsFrameSchema>;
