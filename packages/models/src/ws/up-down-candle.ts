/**
 * `up_down_candle/{underlying}/{duration}/{resolution}` channel (e.g. `up_down_candle/btc/15m/1s`): candles of
 * the underlying that decides Up/Down markets; up to 300 on subscribe, then the forming candle about every
 * 500 ms. Prices are decimal strings (docs/protocol/binary-options.md#websocket). Row keys are unverified, so the
 * rows use the lenient REST row schema.
 */
import * as z from 'zod/mini';
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
  /** `subscribed/up_down_candle` for up to the last 300 candles, `update/up_down_candle` for the forming one. */
  type: z.enum(['subscribed/up_down_candle', 'update/up_down_candle']),
  /** Inbound channel name: `up_down_candle:{underlying}:{duration}:{resolution}` (e.g. `up_down_candle:btc:15m:1s`). */
  channel: z.string(),
  /** Server send time, Unix milliseconds as a plain integer; absent on some frames. */
  timestamp: z.nullish(IntSchema),
  /** Candles oldest first; at a rollover the closed candle comes before the new forming one; `[]` when `null`. */
  candles: listOf(UpDownCandleSchema),
});
/** Inferred {@link UpDownCandleFrameSchema}. */
export type UpDownCandleFrame = z.output<typeof UpDownCandleFrameSchema>;
