/** `trade/{market}` channel: `subscribed/trade` / `update/trade` (docs/protocol/websocket.md#channels). */
import * as z from 'zod';
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
  type: z.enum(['subscribed/trade', 'update/trade']),
  channel: z.string(),
  nonce: z.nullish(IntSchema),
  timestamp: z.nullish(TimestampMsSchema),
  trades: listOf(TradeSchema),
  liquidation_trades: listOf(TradeSchema),
});
/** Inferred {@link TradeFrameSchema}. */
export type TradeFrame = z.output<typeof TradeFrameSchema>;
