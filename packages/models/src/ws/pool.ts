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
  timestamp: TimestampMsSchema.nullish(),
  account: IntSchema.nullish(),
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
  status: IntSchema.nullish(),
  operator_fee: DecimalStringSchema.nullish(),
  min_operator_share_rate: DecimalStringSchema.nullish(),
  total_shares: IntSchema.nullish(),
  operator_shares: IntSchema.nullish(),
  annual_percentage_yield: FloatSchema.nullish(),
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
  timestamp: TimestampMsSchema.nullish(),
  pool_info: PoolInfoSchema.nullish(),
});
/** Inferred {@link PoolInfoFrameSchema}. */
export type PoolInfoFrame = z.output<typeof PoolInfoFrameSchema>;
