/** `account_spot_avg_entry_prices/{account}` channel (docs/protocol/websocket.md#channels). */
import * as z from 'zod';
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
  asset_id: IntSchema,
  avg_entry_price: z.nullish(DecimalStringSchema),
  asset_size: z.nullish(DecimalStringSchema),
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
  type: z.enum(['subscribed/account_spot_avg_entry_prices', 'update/account_spot_avg_entry_prices']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  avg_entry_prices: flatListOf(SpotAvgEntryPriceSchema),
});
/** Inferred {@link AccountSpotAvgEntryPricesFrameSchema}. */
export type AccountSpotAvgEntryPricesFrame = z.output<typeof AccountSpotAvgEntryPricesFrameSchema>;
