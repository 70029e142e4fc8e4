import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('account_all_trades / positions / assets frames', () => {
  it('parses nt_account_all_trades_update.json', () => {
    const f = parseWsFrame(loadFixture('ws/nt_account_all_trades_update.json'));
    if (f.kind !== 'account_all_trades') throw new Error(`kind ${f.kind}`);
    expect(f.trades).toHaveLength(1);
    expect(f.trades[0]?.price).toBe('2352.73');
    expect(f.trades[0]?.usd_amount).toBe('314.324728');
    expect(f.trades[0]?.bid_account_id).toBe(1234);
    expect(f.trades[0]?.bid_client_id_str).toBe('7001011966');
    expect(f.trades[0]?.is_maker_ask).toBe(true);
  });

  it('parses nt_account_all_positions_update.json', () => {
    const f = parseWsFrame(loadFixture('ws/nt_account_all_positions_update.json'));
    if (f.kind !== 'account_all_positions') throw new Error(`kind ${f.kind}`);
    expect(f.positions).toEqual([
      {
        market_id: 0,
        symbol: 'ETH',
        initial_margin_fraction: '0.0500',
        open_order_count: 1,
        pending_order_count: 0,
        position_tied_order_count: 0,
        sign: 1,
        position: '1.5000',
        avg_entry_price: '2350.10',
        position_value: '3525.15',
        unrealized_pnl: '3.45',
        realized_pnl: '0.00',
        liquidation_price: '1900.00',
        total_funding_paid_out: '0.05',
        margin_mode: 0,
        allocated_margin: '176.25',
        total_discount: '0.00',
      },
    ]);
    expect(f.shares).toEqual([]);
    expect(f.last_funding_round).toBeNull();
  });

  it('parses account_all_assets in both docs and nt forms', () => {
    const d = parseWsFrame(loadFixture('ws/docs_account_all_assets_update.json'));
    if (d.kind !== 'account_all_assets') throw new Error(`kind ${d.kind}`);
    expect(d.assets).toEqual([
      { symbol: 'ETH', asset_id: 1, balance: '7.1072', locked_balance: '0.0000' },
      { symbol: 'USDC', asset_id: 3, balance: '6343.581906', locked_balance: '297.000000' },
    ]);
    const n = parseWsFrame(loadFixture('ws/nt_account_all_assets_with_position.json'));
    if (n.kind !== 'account_all_assets') throw new Error(`kind ${n.kind}`);
    expect(n.snapshot).toBe(true);
    expect(n.assets[0]?.margin_balance).toBe('39.995369556');
    expect(n.assets[0]?.margin_mode).toBe('disabled');
    const u = parseWsFrame(loadFixture('ws/nt_account_all_assets_update.json'));
    expect(u.kind === 'account_all_assets' && u.assets[0]?.margin_balance).toBe('40.000000');
  });
});
