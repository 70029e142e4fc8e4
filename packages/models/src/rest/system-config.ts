/** `GET /api/v1/systemConfig` response (docs/protocol/rest.md#info-system-and-bridge). Integrator fee caps are in 1e-6 units. */
import * as z from 'zod/mini';
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
  /** Account index of the LLP (Lighter liquidity pool); 2^48−2 on mainnet. */
  liquidity_pool_index: z.nullish(IntSchema),
  /** Account index of the LIT staking pool. */
  staking_pool_index: z.nullish(IntSchema),
  /** Account index that pays funding-fee rebates. */
  funding_fee_rebate_account_index: z.nullish(IntSchema),
  /** Account index that pays market-maker incentives. */
  market_maker_incentive_account_index: z.nullish(IntSchema),
  /** Account index that collects trading fees. */
  fee_collector_account_index: z.nullish(IntSchema),
  /** Wait before LLP shares can be withdrawn, ms (`300000` = 5 min on mainnet). */
  liquidity_pool_cooldown_period: z.nullish(IntSchema),
  /** Lock-up of staked LIT, ms (`259200000` = 3 days on mainnet). */
  staking_pool_lockup_period: z.nullish(IntSchema),
  /** Highest spot taker fee an integrator may charge, 1e-6 units (`10000` = 1 %). */
  max_integrator_spot_taker_fee: z.nullish(IntSchema),
  /** Highest spot maker fee an integrator may charge, 1e-6 units. */
  max_integrator_spot_maker_fee: z.nullish(IntSchema),
  /** Highest perp taker fee an integrator may charge, 1e-6 units (`1000` = 0.1 %). */
  max_integrator_perps_taker_fee: z.nullish(IntSchema),
  /** Highest perp maker fee an integrator may charge, 1e-6 units. */
  max_integrator_perps_maker_fee: z.nullish(IntSchema),
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
