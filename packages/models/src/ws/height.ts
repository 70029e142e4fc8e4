/** `height` channel: current block height (lighter-api.md §5.2). */
import { z } from 'zod';
import { IntSchema } from '../schemas/primitives.js';

/** `height` frame. */
export const HeightFrameSchema = z.looseObject({
  type: z.enum(['subscribed/height', 'update/height']),
  channel: z.string().nullish(),
  timestamp: IntSchema.nullish(),
  height: IntSchema,
});
/** Inferred {@link HeightFrameSchema}. */
export type HeightFrame = z.output<typeof HeightFrameSchema>;
