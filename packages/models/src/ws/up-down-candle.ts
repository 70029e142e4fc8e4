/**
 * `up_down_candle/{underlying}/{duration}/{resolution}` channel (e.g. `up_down_candle/btc/15m/1s`): candles of
 * the underlying that decides Up/Down markets; up to 300 on subscribe, then the forming candle about every
 * 500 ms. Prices are decimal strings (docs/protocol/binary-options.md#websocket). Row keys are unverified, so the
 * rows use the lenient REST row schema.
 */
import * as z from 'zod';
import { UpDownCandleSchema } from '../binary/up-down-candles.js';
import { IntSchema, listOf } from '../schemas/primitives.js';

/**
 * `up_down_candle` frame.
 *
 * @example
 * const f = parseWsFrame(text); if (f.kind === 'up_down_candle') f.candles.at(-1)?.c;
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const UpDownCandleFrameSchema = z.looseObject({
  type: z.enum(['subscribed/up_down_candle', 'update/up_down_candle']),
  channel: z.string(),
  timestamp: z.nullish(IntSchema),
  candles: listOf(UpDownCandleSchema),
});
/** Inferred {@link UpDownCandleFrameSchema}. */
export type UpDownCandleFrame = z.output<typeof UpDownCandleFrameSchema>;
