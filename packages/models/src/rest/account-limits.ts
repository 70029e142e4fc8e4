/** `GET /api/v1/accountLimits` and `POST /api/v1/changeAccountTier` (docs/protocol/rest.md#accounts, docs/protocol/errors-and-limits.md#account-tiers). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { BoolSchema, DecimalStringSchema, IntSchema, ResultCodeShape } from '../schemas/primitives.js';

/**
 * `AccountLimits` (`user_tier` e.g. `"std"`; fee ticks in ppm).
 *
 * @example
 * const r = AccountLimitsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountLimitsSchema = z.looseObject({
  ...ResultCodeShape,
  max_llp_percentage: IntSchema.nullish(),
  max_llp_amount: DecimalStringSchema.nullish(),
  user_tier: z.string().nullish(),
  /** Binary-option fee tier and rate (third-party recording, docs/protocol/binary-options.md#fees). */
  bo_user_tier_name: z.string().nullish(),
  bo_fee_rate: DecimalStringSchema.nullish(),
  /** Display name of the tier (2026 shape, docs/protocol/errors-and-limits.md#account-tiers [T]). */
  user_tier_name: z.string().nullish(),
  /** When the tier last changed, Unix ms (2026 shape [T]); downgrades wait 24 h after it. */
  user_tier_last_update: IntSchema.nullish(),
  can_create_public_pool: BoolSchema.nullish(),
  current_maker_fee_tick: IntSchema.nullish(),
  current_taker_fee_tick: IntSchema.nullish(),
  leased_lit: DecimalStringSchema.nullish(),
  effective_lit_stakes: DecimalStringSchema.nullish(),
});
/** Inferred {@link AccountLimitsSchema}. */
export type AccountLimits = z.output<typeof AccountLimitsSchema>;

/**
 * Parse an `accountLimits` response.
 *
 * @example
 * parseAccountLimits(body).user_tier; // 'std'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseAccountLimits(raw: unknown): WithRaw<AccountLimits> {
  return parseWith(AccountLimitsSchema, raw, 'AccountLimits');
}
