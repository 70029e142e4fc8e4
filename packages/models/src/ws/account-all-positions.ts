/** `account_all_positions/{account}` channel (docs/protocol/websocket.md#channels): `positions {"{m}": Position}`, parsed flat. */
import * as z from 'zod';
import { AccountPositionSchema, PublicPoolShareSchema } from '../rest/account.js';
import { BinaryPositionSchema } from '../binary/position.js';
import { flatListOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `account_all_positions` frame. `last_funding_*` are maps or null.
 *
 * @example
 * const r = AccountAllPositionsFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountAllPositionsFrameSchema = z.looseObject({
  type: z.enum(['subscribed/account_all_positions', 'update/account_all_positions']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  positions: flatListOf(AccountPositionSchema),
  /** Binary-option positions (docs/protocol/binary-options.md#websocket). */
  bo_positions: flatListOf(BinaryPositionSchema),
  shares: flatListOf(PublicPoolShareSchema),
  last_funding_round: z.unknown().optional(),
  last_funding_discount: z.unknown().optional(),
});
/** Inferred {@link AccountAllPositionsFrameSchema}. */
export type AccountAllPositionsFrame = z.output<typeof AccountAllPositionsFrameSchema>;
