import { describe, expect, it } from 'vitest';
import { parseSystemConfig } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('systemConfig', () => {
  it('parses lts_system_config.json field for field', () => {
    const r = parseSystemConfig(loadFixture('rest/lts_system_config.json'));
    expect(r.liquidity_pool_index).toBe(281474976710654);
    expect(r.staking_pool_index).toBe(281474976624800);
    expect(r.funding_fee_rebate_account_index).toBe(713888);
    expect(r.market_maker_incentive_account_index).toBe(723106);
    expect(r.fee_collector_account_index).toBe(281474976496476);
    expect(r.liquidity_pool_cooldown_period).toBe(300000);
    expect(r.staking_pool_lockup_period).toBe(259200000);
    expect(r.max_integrator_spot_taker_fee).toBe(10000);
    expect(r.max_integrator_spot_maker_fee).toBe(10000);
    expect(r.max_integrator_perps_taker_fee).toBe(1000);
    expect(r.max_integrator_perps_maker_fee).toBe(1000);
  });
});
