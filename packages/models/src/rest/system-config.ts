/** `GET /api/v1/systemConfig` (docs/protocol/rest.md#info-system-and-bridge). Integrator fee caps are in 1e-6 units. */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape } from '../schemas/primitives.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${SYSTEM_CONFIG_ROUTE.path}` with method SYSTEM_CONFIG_ROUTE.method
 * @throws never (a constant)
 */
export const SYSTEM_CONFIG_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/systemConfig',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * `SystemConfig` response.
 *
 * @example
 * const r = SystemConfigSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const SystemConfigSchema = z.looseObject({
  ...ResultCodeShape,
  liquidity_pool_index: z.nullish(IntSchema),
  staking_pool_index: z.nullish(IntSchema),
  funding_fee_rebate_account_index: z.nullish(IntSchema),
  market_maker_incentive_account_index: z.nullish(IntSchema),
  fee_collector_account_index: z.nullish(IntSchema),
  liquidity_pool_cooldown_period: z.nullish(IntSchema),
  staking_pool_lockup_period: z.nullish(IntSchema),
  max_integrator_spot_taker_fee: z.nullish(IntSchema),
  max_integrator_spot_maker_fee: z.nullish(IntSchema),
  max_integrator_perps_taker_fee: z.nullish(IntSchema),
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
