/** `pool_data/{account}` and `pool_info/{account}` channels (docs/protocol/websocket.md#channels). */
import * as z from 'zod';
import { AccountPositionSchema, PublicPoolShareSchema } from '../rest/account.js';
import { OrderSchema } from '../rest/orders.js';
import { TradeSchema } from '../rest/trades.js';
import { DecimalStringSchema, FloatSchema, IntSchema, flatListOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `pool_data` frame: the pool's trades, orders, positions, shares.
 *
 * @example
 * const r = PoolDataFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PoolDataFrameSchema = z.looseObject({
  type: z.enum(['subscribed/pool_data', 'update/pool_data']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  account: z.nullish(IntSchema),
  trades: flatListOf(TradeSchema),
  orders: flatListOf(OrderSchema),
  positions: flatListOf(AccountPositionSchema),
  shares: flatListOf(PublicPoolShareSchema),
});
/** Inferred {@link PoolDataFrameSchema}. */
export type PoolDataFrame = z.output<typeof PoolDataFrameSchema>;

/**
 * `pool_info` payload.
 *
 * @example
 * const r = PoolInfoSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PoolInfoSchema = z.looseObject({
  status: z.nullish(IntSchema),
  operator_fee: z.nullish(DecimalStringSchema),
  min_operator_share_rate: z.nullish(DecimalStringSchema),
  total_shares: z.nullish(IntSchema),
  operator_shares: z.nullish(IntSchema),
  annual_percentage_yield: z.nullish(FloatSchema),
  daily_returns: z.unknown().optional(),
  share_prices: z.unknown().optional(),
});
/** Inferred {@link PoolInfoSchema}. */
export type PoolInfo = z.output<typeof PoolInfoSchema>;

/**
 * `pool_info` frame.
 *
 * @example
 * const r = PoolInfoFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const PoolInfoFrameSchema = z.looseObject({
  type: z.enum(['subscribed/pool_info', 'update/pool_info']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  pool_info: PoolInfoSchema.nullish(),
});
/** Inferred {@link PoolInfoFrameSchema}. */
export type PoolInfoFrame = z.output<typeof PoolInfoFrameSchema>;
