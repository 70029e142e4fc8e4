/** `height` channel: current block height (docs/protocol/websocket.md#channels). */
import * as z from 'zod/mini';
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
  /** `subscribed/height` for the first value, `update/height` for each new block. */
  type: z.enum(['subscribed/height', 'update/height']),
  /** Inbound channel name (`height`); some frames omit it. */
  channel: z.nullish(z.string()),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /** Latest L2 block height of the rollup. */
  height: IntSchema,
});
/** Inferred {@link HeightFrameSchema}. */
export type HeightFrame = z.output<typeof HeightFrameSchema>;
