/** `account_all_trades/{account}` channel (docs/protocol/websocket.md#channels): update `trades {"{m}": Trade[]}`, snapshot adds volumes. */
import * as z from 'zod';
import { TradeSchema } from '../rest/trades.js';
import { FloatSchema, flatListOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `account_all_trades` frame (snapshot also carries volumes).
 *
 * @example
 * const r = AccountAllTradesFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountAllTradesFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_all_trades', 'update/account_all_trades']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  trades: flatListOf(TradeSchema),
  total_volume: z.nullish(FloatSchema),
  monthly_volume: z.nullish(FloatSchema),
  weekly_volume: z.nullish(FloatSchema),
  daily_volume: z.nullish(FloatSchema),
});
/** Inferred {@link AccountAllTradesFrameSchema}. */
export type AccountAllTradesFrame = z.output<typeof AccountAllTradesFrameSchema>;
