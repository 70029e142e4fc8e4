/** `candle/{market}/{resolution}` channel (docs/protocol/websocket.md#channels); candles use the REST short keys. */
import * as z from 'zod';
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
  type: z.enum(['subscribed/candle', 'update/candle']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  candles: listOf(CandleSchema),
});
/** Inferred {@link CandleFrameSchema}. */
export type CandleFrame = z.output<typeof CandleFrameSchema>;
