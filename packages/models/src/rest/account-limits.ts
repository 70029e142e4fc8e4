/** `GET /api/v1/accountLimits` and `POST /api/v1/changeAccountTier` (docs/protocol/rest.md#accounts, docs/protocol/errors-and-limits.md#account-tiers). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { BoolSchema, DecimalStringSchema, IntSchema, ResultCodeShape } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam } from './params.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${ACCOUNT_LIMITS_ROUTE.path}` with method ACCOUNT_LIMITS_ROUTE.method
 * @throws never (a constant)
 */
export const ACCOUNT_LIMITS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/accountLimits',
  weight: 300,
  auth: true,
  encoding: 'query',
};
/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${CHANGE_ACCOUNT_TIER_ROUTE.path}` with method CHANGE_ACCOUNT_TIER_ROUTE.method
 * @throws never (a constant)
 */
export const CHANGE_ACCOUNT_TIER_ROUTE: RouteInfo = {
  method: 'POST',
  path: '/api/v1/changeAccountTier',
  weight: 3000,
  auth: true,
  encoding: 'form',
};

/**
 * `AccountLimits` (`user_tier` e.g. `"std"`; fee ticks in ppm).
 *
 * @example
 * const r = AccountLimitsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountLimitsSchema = z.looseObject({
  ...ResultCodeShape,
  max_llp_percentage: z.nullish(IntSchema),
  max_llp_amount: z.nullish(DecimalStringSchema),
  user_tier: z.string().nullish(),
  /** Binary-option fee tier and rate (third-party recording, docs/protocol/binary-options.md#fees). */
  bo_user_tier_name: z.string().nullish(),
  bo_fee_rate: z.nullish(DecimalStringSchema),
  /** Display name of the tier (2026 shape, docs/protocol/errors-and-limits.md#account-tiers [T]). */
  user_tier_name: z.string().nullish(),
  /** When the tier last changed, Unix ms (2026 shape [T]); downgrades wait 24 h after it. */
  user_tier_last_update: z.nullish(IntSchema),
  can_create_public_pool: z.nullish(BoolSchema),
  current_maker_fee_tick: z.nullish(IntSchema),
  current_taker_fee_tick: z.nullish(IntSchema),
  leased_lit: z.nullish(DecimalStringSchema),
  effective_lit_stakes: z.nullish(DecimalStringSchema),
});
/** Inferred {@link AccountLimitsSchema}. */
export type AccountLimits = z.output<typeof AccountLimitsSchema>;

/**
 * Query of `accountLimits`.
 *
 * @example
 * const r = AccountLimitsParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AccountLimitsParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  auth: AuthParam.optional(),
});
/** Inferred {@link AccountLimitsParamsSchema}. */
export type AccountLimitsParams = z.input<typeof AccountLimitsParamsSchema>;

/**
 * Form of `changeAccountTier`.
 *
 * @example
 * const r = ChangeAccountTierParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ChangeAccountTierParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  newTier: z.enum(['standard', 'premium', 'plus']),
  auth: AuthParam.optional(),
});
/** Inferred {@link ChangeAccountTierParamsSchema}. */
export type ChangeAccountTierParams = z.input<typeof ChangeAccountTierParamsSchema>;

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
