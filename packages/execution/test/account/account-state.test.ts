import { describe, expect, it } from 'vitest';
import { AccountStateCache } from '../../src/account/account-state.js';
import { fixture } from '../fixtures.js';

describe('AccountStateCache', () => {
  it('emits only after both assets and user_stats, merging margin balance', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    expect(c.onAssets(fixture<{ assets: unknown }>('ws/nt_account_all_assets_update.json').assets)).toBeUndefined();
    const s = c.onUserStats({
      ...fixture<{ stats: Record<string, unknown> }>('ws/nt_user_stats_update.json').stats,
      available_balance: '30',
    });
    expect(s).toMatchObject({
      accountType: 'MARGIN',
      baseCurrency: null,
      balances: [{ currency: 'USDC', total: '50', locked: '0', free: '50' }],
      margins: [{ initial: '10' }],
    });
  });

  it('positions are an authoritative snapshot; bad rows keep the previous value', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    c.onPositions(fixture<{ positions: unknown }>('ws/nt_account_all_positions_update.json').positions);
    expect(c.position(0)?.position).toBe('1.5000');
    c.onPositions({ '0': { market_id: 'x' } });
    expect(c.position(0)?.position).toBe('1.5000');
    c.onPositions({});
    expect(c.position(0)?.position).toBe('0');
    c.onPositions({});
    expect(c.positions()).toEqual([]);
  });

  it('tier and volume quota join the state, survive a stream reset and update independently', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    expect(c.onVenueLimits({ volumeQuotaRemaining: 42 }, 1_000)).toEqual({
      tier: null,
      tierReadAt: null,
      volumeQuotaRemaining: 42,
      volumeQuotaReadAt: 1_000,
    });
    c.onAssets(fixture<{ assets: unknown }>('ws/nt_account_all_assets_update.json').assets);
    const s = c.onUserStats(fixture<{ stats: Record<string, unknown> }>('ws/nt_user_stats_update.json').stats);
    expect(s).toMatchObject({ tier: null, volumeQuotaRemaining: 42 });
    c.onVenueLimits({ tier: 'premium' }, 2_000);
    expect(c.state).toMatchObject({ tier: 'premium', volumeQuotaRemaining: 42 });
    c.reset();
    expect(c.venueLimits).toEqual({
      tier: 'premium',
      tierReadAt: 2_000,
      volumeQuotaRemaining: 42,
      volumeQuotaReadAt: 1_000,
    });
  });
});
