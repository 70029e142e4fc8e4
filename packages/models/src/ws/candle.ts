/** `candle/{market}/{resolution}` channel (lighter-api.md §5.2); candles use the REST short keys. */
import { z } from 'zod';
import { CandleSchema } from '../rest/candles.js';
import { IntSchema, listOf } from '../schemas/primitives.js';

/** `candle` frame; the open bar is re-sent about every 500 ms. */
export const CandleFrameSchema = z.looseObject({
  type: z.enum(['subscribed/candle', 'update/candle']),
  channel: z.string(),
  timestamp: IntSchema.nullish(),
  candles: listOf(CandleSchema),
});
/** Inferred {@link CandleFrameSchema}. */
export type CandleFrame = z.output<typeof CandleFrameSchema>;
