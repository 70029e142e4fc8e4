import { describe, expect, it } from 'vitest';
import { parseAccountLimits } from '../../src/index.js';

describe('accountLimits / changeAccountTier', () => {
  it('parses limits', () => {
    const r = parseAccountLimits({
      code: 200,
      max_llp_percentage: 25,
      max_llp_amount: '1000.000000',
      user_tier: 'std',
      can_create_public_pool: true,
      current_maker_fee_tick: 0,
      current_taker_fee_tick: 0,
      leased_lit: '0',
      effective_lit_stakes: '0.00',
    });
    expect([r.user_tier, r.max_llp_amount, r.can_create_public_pool]).toEqual(['std', '1000.000000', true]);
  });

  it('keeps the 2026 tier fields (user_tier_name, user_tier_last_update in ms)', () => {
    const r = parseAccountLimits({
      code: 200,
      user_tier: 'premium',
      user_tier_name: 'Premium',
      user_tier_last_update: 1_764_000_000_000,
    });
    expect([r.user_tier, r.user_tier_name, r.user_tier_last_update]).toEqual(['premium', 'Premium', 1_764_000_000_000]);
    expect(parseAccountLimits({ code: 200 }).user_tier_name).toBeUndefined();
  });
});
