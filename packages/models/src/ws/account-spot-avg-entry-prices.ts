/** `account_spot_avg_entry_prices/{account}` channel (docs/protocol/websocket.md#channels). */
import * as z from 'zod/mini';
import { DecimalStringSchema, IntSchema, flatListOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * One spot average entry price.
 *
 * @example
 * const r = SpotAvgEntryPriceSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SpotAvgEntryPriceSchema = z.looseObject({
  /** Asset id of the spot holding (`ASSET_ID`, e.g. 1 = ETH). */
  asset_id: IntSchema,
  /** Average price paid for the holding, decimal string in the quote asset (USDC); `""` or absent when unset. */
  avg_entry_price: z.nullish(DecimalStringSchema),
  /** Size of the holding the average covers, decimal string in coin units. */
  asset_size: z.nullish(DecimalStringSchema),
  /** Id of the last trade folded into the average. */
  last_trade_id: z.nullish(IntSchema),
});
/** Inferred {@link SpotAvgEntryPriceSchema}. */
export type SpotAvgEntryPrice = z.output<typeof SpotAvgEntryPriceSchema>;

/**
 * `account_spot_avg_entry_prices` frame.
 *
 * @example
 * const r = AccountSpotAvgEntryPricesFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountSpotAvgEntryPricesFrameSchema = z.looseObject({
  /** `subscribed/account_spot_avg_entry_prices` for the snapshot (replace), `update/…` for changes (merge). */
  type: z.enum(['subscribed/account_spot_avg_entry_prices', 'update/account_spot_avg_entry_prices']),
  /** Inbound channel name, `:`-separated: `account_spot_avg_entry_prices:{account}`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** Entry prices per asset, `{"{asset}": SpotAvgEntryPrice}` on the wire, parsed flat (each carries `asset_id`). */
  avg_entry_prices: flatListOf(SpotAvgEntryPriceSchema),
});
/** Inferred {@link AccountSpotAvgEntryPricesFrameSchema}. */
export type AccountSpotAvgEntryPricesFrame = z.output<typeof AccountSpotAvgEntryPricesFrameSchema>;
