/** `height` channel: current block height (docs/protocol/websocket.md#channels). */
import * as z from 'zod';
import { IntSchema } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `height` frame.
 *
 * @example
 * const r = HeightFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const HeightFrameSchema = z.looseObject({
  type: z.enum(['subscribed/height', 'update/height']),
  channel: z.string().nullish(),
  timestamp: z.nullish(TimestampMsSchema),
  height: IntSchema,
});
/** Inferred {@link HeightFrameSchema}. */
export type HeightFrame = z.output<typeof HeightFrameSchema>;
