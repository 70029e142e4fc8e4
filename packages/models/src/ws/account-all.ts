/**
 * `account_all/{account}` and `account_market/{market}/{account}` channels (docs/protocol/websocket.md#channels).
 * Map-shaped collections (`{market: …}`) are flattened to arrays; items carry their market id.
 */
import * as z from 'zod';
import { AccountAssetSchema, AccountPositionSchema, PublicPoolShareSchema } from '../rest/account.js';
import { OrderSchema } from '../rest/orders.js';
import { PositionFundingSchema } from '../rest/position-funding.js';
import { TradeSchema } from '../rest/trades.js';
import { BinaryPositionSchema } from '../binary/position.js';
import { FloatSchema, IntSchema, flatListOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `account_all` frame. Volumes and counts are JSON numbers.
 *
 * @example
 * const r = AccountAllFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountAllFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_all', 'update/account_all']),
  channel: z.string(),
  account: z.nullish(IntSchema),
  timestamp: z.nullish(TimestampMsSchema),
  orders: flatListOf(OrderSchema),
  positions: flatListOf(AccountPositionSchema),
  /** Binary-option positions (docs/protocol/binary-options.md#websocket). */
  bo_positions: flatListOf(BinaryPositionSchema),
  trades: flatListOf(TradeSchema),
  funding_histories: flatListOf(PositionFundingSchema),
  shares: flatListOf(PublicPoolShareSchema),
  assets: flatListOf(AccountAssetSchema),
  daily_trades_count: z.nullish(IntSchema),
  daily_volume: z.nullish(FloatSchema),
  weekly_trades_count: z.nullish(IntSchema),
  weekly_volume: z.nullish(FloatSchema),
  monthly_trades_count: z.nullish(IntSchema),
  monthly_volume: z.nullish(FloatSchema),
  total_trades_count: z.nullish(IntSchema),
  total_volume: z.nullish(FloatSchema),
});
/** Inferred {@link AccountAllFrameSchema}. */
export type AccountAllFrame = z.output<typeof AccountAllFrameSchema>;

/**
 * `account_market` frame (`position` single or `positions`; `assets` null for perps).
 *
 * @example
 * const r = AccountMarketFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountMarketFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_market', 'update/account_market']),
  channel: z.string(),
  account: z.nullish(IntSchema),
  timestamp: z.nullish(TimestampMsSchema),
  orders: flatListOf(OrderSchema),
  position: z.nullish(AccountPositionSchema),
  /** The binary-option position when the market is an Up/Down market. */
  bo_position: BinaryPositionSchema.nullish(),
  positions: flatListOf(AccountPositionSchema),
  trades: flatListOf(TradeSchema),
  /** A single object in the docs' example, a list or map elsewhere: always an array here. */
  funding_history: flatListOf(PositionFundingSchema, { allowSingle: true }),
  assets: flatListOf(AccountAssetSchema),
});
/** Inferred {@link AccountMarketFrameSchema}. */
export type AccountMarketFrame = z.output<typeof AccountMarketFrameSchema>;
