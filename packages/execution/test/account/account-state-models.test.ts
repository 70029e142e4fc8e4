// Asset, position and user-stats rows are checked by models' schemas (issue 13: one home per wire schema), so a
// value models refuses (a non-decimal balance or size) is refused here too, one row at a time.
import { describe, expect, it } from 'vitest';
import { AccountStateCache } from '../../src/account/account-state.js';
import { fixture } from '../fixtures.js';

const assets = () =>
  fixture<{ assets: Record<string, Record<string, unknown>> }>('ws/nt_account_all_assets_update.json').assets;
const stats = () => fixture<{ stats: Record<string, unknown> }>('ws/nt_user_stats_update.json').stats;
const positions = () =>
  fixture<{ positions: Record<string, Record<string, unknown>> }>('ws/nt_account_all_positions_update.json').positions;

describe('AccountStateCache with models row schemas', () => {
  it('skips an asset row whose balance is not a decimal, keeping the valid rows', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    const a = assets();
    const [key, row] = Object.entries(a)[0] as [string, Record<string, unknown>];
    c.onAssets({ ...a, [`${key}9`]: { ...row, symbol: 'BAD', balance: 'abc' } });
    const s = c.onUserStats(stats());
    expect(s?.balances.map((b) => b.currency)).not.toContain('BAD');
    expect(s?.balances.length).toBeGreaterThan(0);
  });
  it('ignores user stats whose figures are not decimals (models refuses them)', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    c.onAssets(assets());
    expect(c.onUserStats({ ...stats(), collateral: 'abc' })).toBeUndefined();
    expect(c.hasAccountState).toBe(false);
  });
  it('a position whose size is not a decimal keeps the previous entry', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    const p = positions();
    c.onPositions(p);
    const before = c.position(0)?.position;
    c.onPositions({ ...p, '0': { ...(p['0'] as Record<string, unknown>), position: 'abc' } });
    expect(c.position(0)?.position).toBe(before);
  });
});
