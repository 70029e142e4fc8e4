import { describe, expect, it } from 'vitest';
import { assetRowsOf, positionRowsOf, userStatsOf } from '../../src/account/account-frames.js';
import { AccountStateCache } from '../../src/account/account-state.js';
import { fixture } from '../fixtures.js';
import { assetsFrame, positionsFrame, userStatsFrame } from '../helpers/account-frames.js';

const assets = () => assetRowsOf(assetsFrame(fixture('ws/nt_account_all_assets_update.json')));
const stats = () => userStatsOf(userStatsFrame(fixture('ws/nt_user_stats_update.json')))!;
const positions = () => positionRowsOf(positionsFrame(fixture('ws/nt_account_all_positions_update.json')));

describe('AccountStateCache', () => {
  it('emits only after both assets and user_stats, merging margin balance', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    expect(c.onAssets(assets())).toBeUndefined();
    const s = c.onUserStats({ ...stats(), available_balance: '30' });
    expect(s).toMatchObject({
      accountType: 'MARGIN',
      baseCurrency: null,
      balances: [{ currency: 'USDC', total: '50', locked: '0', free: '50' }],
      margins: [{ initial: '10' }],
    });
  });

  it('positions are an authoritative snapshot; unreadable markets keep the previous value', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    c.onPositions(positions());
    expect(c.position(0)?.position).toBe('1.5000');
    c.onPositions({ rows: [], unreadable: [0] });
    expect(c.position(0)?.position).toBe('1.5000');
    c.onPositions({ rows: [], unreadable: [] });
    expect(c.position(0)?.position).toBe('0');
    c.onPositions({ rows: [], unreadable: [] });
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
    c.onAssets(assets());
    const s = c.onUserStats(stats());
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
