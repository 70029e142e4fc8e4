/** `candle/{market}/{resolution}` channel (docs/protocol/websocket.md#channels); candles use the REST short keys. */
import * as z from 'zod/mini';
import { CandleSchema } from '../rest/candles.js';
import { listOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `candle` frame; the open bar is re-sent about every 500 ms.
 *
 * @example
 * const r = CandleFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const CandleFrameSchema = z.looseObject({
  /** `subscribed/candle` for the recent bars, `update/candle` for the forming (or just closed) bar. */
  type: z.enum(['subscribed/candle', 'update/candle']),
  /** Inbound channel name: `candle:{market}:{resolution}` (e.g. `candle:0:1m`). */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** Bars with the REST short keys (`t` ms, `o h l c` float prices, `v`/`V` volumes); `[]` when `null`. */
  candles: listOf(CandleSchema),
});
/** Inferred {@link CandleFrameSchema}. */
export type CandleFrame = z.output<typeof CandleFrameSchema>;
