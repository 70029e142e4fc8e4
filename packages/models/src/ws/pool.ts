/** `pool_data/{account}` and `pool_info/{account}` channels (docs/protocol/websocket.md#channels). */
import * as z from 'zod/mini';
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
  /** `subscribed/pool_data` for the snapshot (replace), `update/pool_data` for changes (merge). */
  type: z.enum(['subscribed/pool_data', 'update/pool_data']),
  /** Inbound channel name, `:`-separated: `pool_data:{pool account}`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** Account index of the public pool; absent on some venue versions. */
  account: z.nullish(IntSchema),
  /** The pool's trades, array or market-keyed map on the wire, parsed flat. */
  trades: flatListOf(TradeSchema),
  /** The pool's open orders, parsed flat (each carries `market_index`). */
  orders: flatListOf(OrderSchema),
  /** The pool's positions, `{"{market}": Position}` on the wire, parsed flat. */
  positions: flatListOf(AccountPositionSchema),
  /** Shares the pool account holds in other public pools, parsed flat. */
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
  /** Pool status, a uint8 code as in REST `PublicPoolInfo` (value meanings unpublished). */
  status: z.nullish(IntSchema),
  /** Operator's fee on pool profits, decimal string as the venue sends it. */
  operator_fee: z.nullish(DecimalStringSchema),
  /** Minimum fraction of the pool's shares the operator must hold, decimal string. */
  min_operator_share_rate: z.nullish(DecimalStringSchema),
  /** Shares outstanding, an integer count. */
  total_shares: z.nullish(IntSchema),
  /** Shares the operator holds, an integer count. */
  operator_shares: z.nullish(IntSchema),
  /** Annualised yield of the pool, a JSON float (not exact). */
  annual_percentage_yield: z.nullish(FloatSchema),
  /** Daily returns, `{timestamp, daily_return}[]` in the REST spec (unverified on WS), kept as sent. */
  daily_returns: z.optional(z.unknown()),
  /** Share-price history, `SharePrice[]` in the REST spec (unverified on WS), kept as sent. */
  share_prices: z.optional(z.unknown()),
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
  /** `subscribed/pool_info` for the snapshot, `update/pool_info` for changed figures. */
  type: z.enum(['subscribed/pool_info', 'update/pool_info']),
  /** Inbound channel name, `:`-separated: `pool_info:{pool account}`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** The pool's figures; `null`/absent when the account is not a public pool. */
  pool_info: z.nullish(PoolInfoSchema),
});
/** Inferred {@link PoolInfoFrameSchema}. */
export type PoolInfoFrame = z.output<typeof PoolInfoFrameSchema>;
