/** `GET /api/v1/accountLimits` response (docs/protocol/rest.md#accounts, docs/protocol/errors-and-limits.md#account-tiers). */
import * as z from 'zod/mini';
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
  /** Most of the account's value it may hold in the LLP pool, percent (integer). */
  max_llp_percentage: z.nullish(IntSchema),
  /** Most USDC the account may hold in the LLP pool, decimal string. */
  max_llp_amount: z.nullish(DecimalStringSchema),
  /** Fee/rate-limit tier code (`"std"`, `"premium"`, …; docs/protocol/errors-and-limits.md#account-tiers). */
  user_tier: z.nullish(z.string()),
  /** Binary-option fee tier name (third-party recording, docs/protocol/binary-options.md#fees). */
  bo_user_tier_name: z.nullish(z.string()),
  /** Binary-option fee rate, decimal string (third-party recording, docs/protocol/binary-options.md#fees). */
  bo_fee_rate: z.nullish(DecimalStringSchema),
  /** Display name of the tier (2026 shape, docs/protocol/errors-and-limits.md#account-tiers [T]). */
  user_tier_name: z.nullish(z.string()),
  /** When the tier last changed, Unix ms (2026 shape [T]); downgrades wait 24 h after it. */
  user_tier_last_update: z.nullish(IntSchema),
  /** Whether the account may create a public pool. */
  can_create_public_pool: z.nullish(BoolSchema),
  /** Maker fee in force, parts per million (`28` = 0.0028 %). */
  current_maker_fee_tick: z.nullish(IntSchema),
  /** Taker fee in force, parts per million (`196` = 0.0196 %). */
  current_taker_fee_tick: z.nullish(IntSchema),
  /** LIT leased to the account, decimal string. */
  leased_lit: z.nullish(DecimalStringSchema),
  /** LIT stake that counts toward tier benefits, decimal string. */
  effective_lit_stakes: z.nullish(DecimalStringSchema),
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
