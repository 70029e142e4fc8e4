/** `account_all_assets/{account}` channel (docs/protocol/websocket.md#channels): `assets {"{asset_id}": Asset}`, parsed flat. */
import * as z from 'zod';
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
  type: z.enum(['subscribed/account_all_assets', 'update/account_all_assets']),
  channel: z.string(),
  timestamp: z.nullish(TimestampMsSchema),
  assets: flatListOf(AccountAssetSchema),
});
/** Inferred {@link AccountAllAssetsFrameSchema}. */
export type AccountAllAssetsFrame = z.output<typeof AccountAllAssetsFrameSchema>;
