/** `account_all_assets/{account}` channel (docs/protocol/websocket.md#channels): `assets {"{asset_id}": Asset}`, parsed flat. */
import * as z from 'zod/mini';
import { AccountAssetSchema } from '../rest/account.js';
import { flatListOf } from '../schemas/primitives.js';
import { TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * `account_all_assets` frame (balances in coin units).
 *
 * @example
 * const r = AccountAllAssetsFrameSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountAllAssetsFrameSchema = z.looseObject({
  /** `subscribed/account_all_assets` for the snapshot (replace), `update/account_all_assets` for changes (merge). */
  type: z.enum(['subscribed/account_all_assets', 'update/account_all_assets']),
  /** Inbound channel name, `:`-separated: `account_all_assets:{account}`. */
  channel: z.string(),
  /** Server send time, Unix milliseconds; absent on some frames. */
  timestamp: z.nullish(TimestampMsSchema),
  /**
   * Balances per asset: the wire sends a map keyed by asset id (`{"3": Asset}`), parsed to a flat array whose
   * items carry their own `asset_id`; `[]` when the venue sends `null`. Amounts are decimal strings in coin units.
   */
  assets: flatListOf(AccountAssetSchema),
});
/** Inferred {@link AccountAllAssetsFrameSchema}. */
export type AccountAllAssetsFrame = z.output<typeof AccountAllAssetsFrameSchema>;
