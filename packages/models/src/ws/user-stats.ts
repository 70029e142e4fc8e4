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
  collateral: z.nullish(DecimalStringSchema),
  portfolio_value: z.nullish(DecimalStringSchema),
  leverage: z.nullish(DecimalStringSchema),
  available_balance: z.nullish(DecimalStringSchema),
  margin_usage: z.nullish(DecimalStringSchema),
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
  account_trading_mode: z.nullish(IntSchema),
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
  timestamp: z.nullish(TimestampMsSchema),
  stats: UserStatsSchema,
});
/** Inferred {@link UserStatsFrameSchema}. */
export type UserStatsFrame = z.output<typeof UserStatsFrameSchema>;
