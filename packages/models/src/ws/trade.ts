/** `trade/{market}` channel: `subscribed/trade` / `update/trade` (docs/protocol/websocket.md#channels). */
import * as z from 'zod/mini';
import { TradeSchema } from '../rest/trades.js';
import { IntSchema, listOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Trade frame: `trades` and `liquidation_trades` (either may be null/absent → `[]`).
 *
 * @example
 * const r = TradeFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TradeFrameSchema = z.looseObject({
  /** `subscribed/trade` for the recent trades, `update/trade` for new trades. */
  type: z.enum(['subscribed/trade', 'update/trade']),
  /** Inbound channel name, `:`-separated: `trade:{market}`. */
  channel: z.string(),
  /** Sequence number the venue attaches to the frame; meaning unpublished, not needed for continuity. */
  nonce: z.nullish(IntSchema),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** Ordinary trades (REST `Trade` rows; fee and `*_before` fields omitted when zero); `[]` when `null`. */
  trades: listOf(TradeSchema),
  /** Trades caused by liquidations, same row shape; `[]` when `null` or absent. */
  liquidation_trades: listOf(TradeSchema),
});
/** Inferred {@link TradeFrameSchema}. */
export type TradeFrame = z.output<typeof TradeFrameSchema>;
