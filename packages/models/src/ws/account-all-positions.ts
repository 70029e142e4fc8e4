/** `account_all_positions/{account}` channel (docs/protocol/websocket.md#channels): `positions {"{m}": Position}`, parsed flat. */
import * as z from 'zod/mini';
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
  /** `subscribed/account_all_positions` for the snapshot (replace), `update/account_all_positions` for changes (merge). */
  type: z.enum(['subscribed/account_all_positions', 'update/account_all_positions']),
  /** Inbound channel name, `:`-separated: `account_all_positions:{account}`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /**
   * Perp and spot positions: a map keyed by market id on the wire (`{"0": Position}`), parsed to a flat array
   * whose items carry their `market_id`; `[]` when `null`.
   */
  positions: flatListOf(AccountPositionSchema),
  /**
   * Binary-option (Up/Down) positions, same map-or-array handling as `positions`; `[]` on venues before binary
   * options (docs/protocol/binary-options.md#websocket).
   */
  bo_positions: flatListOf(BinaryPositionSchema),
  /** The account's shares in public pools, flattened like `positions`; `[]` when none. */
  shares: flatListOf(PublicPoolShareSchema),
  /** Last funding round per market (a map keyed by market id, or `null`); shape unpublished, kept as sent. */
  last_funding_round: z.optional(z.unknown()),
  /** Funding discount of the last round per market (a map or `null`); shape unpublished, kept as sent. */
  last_funding_discount: z.optional(z.unknown()),
});
/** Inferred {@link AccountAllPositionsFrameSchema}. */
export type AccountAllPositionsFrame = z.output<typeof AccountAllPositionsFrameSchema>;
