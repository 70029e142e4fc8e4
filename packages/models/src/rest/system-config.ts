/** `GET /api/v1/systemConfig` (docs/protocol/rest.md#info-system-and-bridge). Integrator fee caps are in 1e-6 units. */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape } from '../schemas/primitives.js';

/**
 * `SystemConfig` response.
 *
 * @example
 * const r = SystemConfigSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SystemConfigSchema = z.looseObject({
  ...ResultCodeShape,
  liquidity_pool_index: IntSchema.nullish(),
  staking_pool_index: IntSchema.nullish(),
  funding_fee_rebate_account_index: IntSchema.nullish(),
  market_maker_incentive_account_index: IntSchema.nullish(),
  fee_collector_account_index: IntSchema.nullish(),
  liquidity_pool_cooldown_period: IntSchema.nullish(),
  staking_pool_lockup_period: IntSchema.nullish(),
  max_integrator_spot_taker_fee: IntSchema.nullish(),
  max_integrator_spot_maker_fee: IntSchema.nullish(),
  max_integrator_perps_taker_fee: IntSchema.nullish(),
  max_integrator_perps_maker_fee: IntSchema.nullish(),
});
/** Inferred {@link SystemConfigSchema}. */
export type SystemConfig = z.output<typeof SystemConfigSchema>;

/**
 * Parse a `systemConfig` response.
 *
 * @example
 * parseSystemConfig(body).max_integrator_perps_taker_fee; // 1000
 * @throws {LighterParseError} when the payload does not match
 */
export function parseSystemConfig(raw: unknown): WithRaw<SystemConfig> {
  return parseWith(SystemConfigSchema, raw, 'SystemConfig');
}
