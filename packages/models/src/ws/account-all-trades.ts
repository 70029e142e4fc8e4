/** `account_all_trades/{account}` channel (docs/protocol/websocket.md#channels): update `trades {"{m}": Trade[]}`, snapshot adds volumes. */
import * as z from 'zod/mini';
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
  /** `subscribed/account_all_trades` for the snapshot (replace), `update/account_all_trades` for new trades. */
  type: z.enum(['subscribed/account_all_trades', 'update/account_all_trades']),
  /** Inbound channel name, `:`-separated: `account_all_trades:{account}`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /**
   * The account's trades: a map keyed by market id (`{"0": Trade[]}`) or an array on the wire, parsed to one flat
   * array (each trade carries its `market_id`); `[]` when `null`.
   */
  trades: flatListOf(TradeSchema),
  /** Lifetime traded quote volume (USDC), a JSON float, not exact; snapshot only. */
  total_volume: z.nullish(FloatSchema),
  /** Monthly traded quote volume (USDC), a JSON float; snapshot only. */
  monthly_volume: z.nullish(FloatSchema),
  /** Weekly traded quote volume (USDC), a JSON float; snapshot only. */
  weekly_volume: z.nullish(FloatSchema),
  /** Daily traded quote volume (USDC), a JSON float; snapshot only. */
  daily_volume: z.nullish(FloatSchema),
});
/** Inferred {@link AccountAllTradesFrameSchema}. */
export type AccountAllTradesFrame = z.output<typeof AccountAllTradesFrameSchema>;
