/**
 * Status and info routes (docs/protocol/rest.md#info-system-and-bridge): `/`, `/info`, systemConfig.
 */
import type { RouteHandler } from '../context.js';

export const status: RouteHandler = (env) => ({
  status: 200,
  network_id: env.chainId,
  timestamp: Math.floor(env.exchange.now() / 1000),
});

export const info: RouteHandler = () => ({ contract_address: '0x0000000000000000000000000000000000000000' });

export const systemConfig: RouteHandler = () => ({
  code: 200,
  liquidity_pool_index: 281474976710654,
  staking_pool_index: 281474976710653,
  funding_fee_rebate_account_index: 281474976710652,
  liquidity_pool_cooldown_period: 0,
  staking_pool_lockup_period: 0,
  max_integrator_spot_taker_fee: 1000,
  max_integrator_spot_maker_fee: 1000,
  max_integrator_perps_taker_fee: 1000,
  max_integrator_perps_maker_fee: 1000,
});
