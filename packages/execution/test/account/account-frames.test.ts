// Account rows come from streaming's typed frames (models' parse); only a frame models refused as a whole is read
// row by row with models' row schemas, so one malformed row loses only itself.
import { describe, expect, it } from 'vitest';
import { assetRowsOf, positionRowsOf, userStatsOf } from '../../src/account/account-frames.js';
import { AccountStateCache } from '../../src/account/account-state.js';
import { fixture } from '../fixtures.js';
import { assetsFrame, positionsFrame, userStatsFrame } from '../helpers/account-frames.js';

type Row = Record<string, unknown>;
const positionsRaw = () => fixture<{ positions: Record<string, Row> }>('ws/nt_account_all_positions_update.json');
const eth = () => positionsRaw().positions['0'] as Row;
const assetsRaw = () => fixture<{ assets: Record<string, Row> }>('ws/nt_account_all_assets_update.json');
const usdc = () => assetsRaw().assets['3'] as Row;
const statsRaw = () => fixture<{ stats: Row }>('ws/nt_user_stats_update.json');

describe('positionRowsOf', () => {
  it('maps a frame models parsed, binary positions included', () => {
    const f = positionsFrame({
      ...positionsRaw(),
      bo_positions: { '1001': { market_id: 1001, sign: 1, position: '10.0000' } },
    });
    expect(f.typed).toBeDefined();
    const { rows, unreadable } = positionRowsOf(f);
    expect(rows.map((r) => [r.market_id, r.position])).toEqual([
      [0, '1.5000'],
      [1001, '10.0000'],
    ]);
    expect(unreadable).toEqual([]);
  });

  it('a binary position without a size or side is unreadable: it keeps its previous entry', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    c.onPositions(
      positionRowsOf(
        positionsFrame({ ...positionsRaw(), bo_positions: [{ market_id: 1001, sign: 1, position: '10' }] }),
      ),
    );
    const f = positionsFrame({ ...positionsRaw(), bo_positions: [{ market_id: 1001, position: '4' }] });
    expect(f.typed).toBeDefined();
    expect(positionRowsOf(f).unreadable).toEqual([1001]);
    c.onPositions(positionRowsOf(f));
    expect(c.position(1001)?.position).toBe('10');
  });

  it('a frame with one malformed and one good row delivers the good one; the bad market keeps its entry', () => {
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    c.onPositions(
      positionRowsOf(
        positionsFrame({
          ...positionsRaw(),
          positions: { '0': eth(), '1': { ...eth(), market_id: 1, position: '2.0000' } },
        }),
      ),
    );
    const f = positionsFrame({
      ...positionsRaw(),
      positions: { '0': { ...eth(), position: '3.0000' }, '1': { ...eth(), market_id: 1, position: 'abc' } },
    });
    // models refused the frame as a whole (streaming then gives no typed value), so the rows are read one by one.
    expect(f.typed).toBeUndefined();
    expect(f.parseError).toBeDefined();
    const { rows, unreadable } = positionRowsOf(f);
    expect(rows.map((r) => [r.market_id, r.position])).toEqual([[0, '3.0000']]);
    expect(unreadable).toEqual([1]);
    c.onPositions({ rows, unreadable });
    expect(c.position(0)?.position).toBe('3.0000');
    expect(c.position(1)?.position).toBe('2.0000');
  });

  it('in a refused frame, binary rows and array-form rows are read one by one too', () => {
    const f = positionsFrame({
      ...positionsRaw(),
      positions: [{ ...eth(), position: 'abc' }],
      bo_positions: { '1001': { market_id: 1001, sign: -1, position: '2' }, '1002': { market_id: 'x' } },
    });
    expect(f.typed).toBeUndefined();
    const { rows, unreadable } = positionRowsOf(f);
    expect(rows.map((r) => [r.market_id, r.sign])).toEqual([[1001, -1]]);
    // The array row is filed under its own market id; the binary row under its map key.
    expect(unreadable).toEqual([0, 1002]);
  });
});

describe('assetRowsOf', () => {
  it('maps a frame models parsed', () => {
    const f = assetsFrame(assetsRaw());
    expect(f.typed).toBeDefined();
    expect(assetRowsOf(f).map((a) => [a.symbol, a.balance])).toEqual([['USDC', '10.000000']]);
  });

  it('a frame with one malformed and one good row delivers the good one', () => {
    const f = assetsFrame({
      ...assetsRaw(),
      assets: { '3': usdc(), '9': { ...usdc(), asset_id: 9, symbol: 'BAD', balance: 'abc' } },
    });
    expect(f.typed).toBeUndefined();
    expect(assetRowsOf(f).map((a) => a.symbol)).toEqual(['USDC']);
    const c = new AccountStateCache({ accountId: 'LIGHTER-001' });
    c.onAssets(assetRowsOf(f));
    const s = c.onUserStats(userStatsOf(userStatsFrame(statsRaw()))!);
    expect(s?.balances.map((b) => [b.currency, b.total])).toEqual([['USDC', '50']]);
  });
});

describe('userStatsOf', () => {
  it('maps a frame models parsed', () => {
    const f = userStatsFrame(statsRaw());
    expect(f.typed).toBeDefined();
    expect(userStatsOf(f)?.collateral).toBe('40.000000');
  });

  it('reads the stats of a frame refused for a field around them', () => {
    const f = userStatsFrame({ ...statsRaw(), timestamp: 'later' });
    expect(f.typed).toBeUndefined();
    expect(userStatsOf(f)?.collateral).toBe('40.000000');
  });

  it('stats models refuses are unreadable', () => {
    expect(
      userStatsOf(userStatsFrame({ ...statsRaw(), stats: { ...statsRaw().stats, collateral: 'abc' } })),
    ).toBeUndefined();
  });
});
