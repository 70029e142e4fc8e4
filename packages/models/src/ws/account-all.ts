/**
 * `account_all/{account}` and `account_market/{market}/{account}` channels (docs/protocol/websocket.md#channels).
 * Map-shaped collections (`{market: …}`) are flattened to arrays; items carry their market id.
 */
import * as z from 'zod/mini';
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
  /** `subscribed/account_all` for the snapshot (replace), `update/account_all` for changes (merge). */
  type: z.enum(['subscribed/account_all', 'update/account_all']),
  /** Inbound channel name, `:`-separated: `account_all:{account}`. */
  channel: z.string(),
  /** Account index the frame is about; absent on some venue versions (then read it from `channel`). */
  account: z.nullish(IntSchema),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** Open orders, a map keyed by market id (`{"0": Order[]}`) on the wire, parsed flat; `[]` when `null`. */
  orders: flatListOf(OrderSchema),
  /** Perp and spot positions, `{"{market}": Position}` on the wire, parsed flat (each carries `market_id`). */
  positions: flatListOf(AccountPositionSchema),
  /** Binary-option (Up/Down) positions, flattened like `positions` (docs/protocol/binary-options.md#websocket). */
  bo_positions: flatListOf(BinaryPositionSchema),
  /** Recent trades of the account, `{"{market}": Trade[]}` on the wire, parsed flat. */
  trades: flatListOf(TradeSchema),
  /** Funding payments per position, `{"{market}": PositionFunding[]}` on the wire, parsed flat. */
  funding_histories: flatListOf(PositionFundingSchema),
  /** Shares the account holds in public pools, parsed flat; `[]` when none. */
  shares: flatListOf(PublicPoolShareSchema),
  /** Asset balances (decimal strings, coin units), `{"{asset_id}": Asset}` on the wire, parsed flat. */
  assets: flatListOf(AccountAssetSchema),
  /** Number of trades in the venue's daily window. */
  daily_trades_count: z.nullish(IntSchema),
  /** Daily traded quote volume (USDC), a JSON float, not exact. */
  daily_volume: z.nullish(FloatSchema),
  /** Number of trades in the venue's weekly window. */
  weekly_trades_count: z.nullish(IntSchema),
  /** Weekly traded quote volume (USDC), a JSON float. */
  weekly_volume: z.nullish(FloatSchema),
  /** Number of trades in the venue's monthly window. */
  monthly_trades_count: z.nullish(IntSchema),
  /** Monthly traded quote volume (USDC), a JSON float. */
  monthly_volume: z.nullish(FloatSchema),
  /** Lifetime number of trades. */
  total_trades_count: z.nullish(IntSchema),
  /** Lifetime traded quote volume (USDC), a JSON float. */
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
  /** `subscribed/account_market` for the snapshot (replace), `update/account_market` for changes (merge). */
  type: z.enum(['subscribed/account_market', 'update/account_market']),
  /** Inbound channel name, `:`-separated: `account_market:{market}:{account}`. */
  channel: z.string(),
  /** Account index the frame is about; absent on some venue versions. */
  account: z.nullish(IntSchema),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** The account's open orders on this market, parsed flat from an array or a market-keyed map. */
  orders: flatListOf(OrderSchema),
  /** The position on this market when the venue sends it as one object; `null`/absent otherwise. */
  position: z.nullish(AccountPositionSchema),
  /** The binary-option position when the market is an Up/Down market (docs/protocol/binary-options.md#websocket). */
  bo_position: z.nullish(BinaryPositionSchema),
  /** The position(s) when the venue sends a list or a market-keyed map instead of `position`; `[]` when absent. */
  positions: flatListOf(AccountPositionSchema),
  /** The account's trades on this market, parsed flat. */
  trades: flatListOf(TradeSchema),
  /** A single object in the docs' example, a list or map elsewhere: always an array here. */
  funding_history: flatListOf(PositionFundingSchema, { allowSingle: true }),
  /** Asset balances for a spot market; `null` on the wire for perps, parsed to `[]`. */
  assets: flatListOf(AccountAssetSchema),
});
/** Inferred {@link AccountMarketFrameSchema}. */
export type AccountMarketFrame = z.output<typeof AccountMarketFrameSchema>;
