import { describe, expect, it } from 'vitest';
import { parseDetailedAccounts } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('parseDetailedAccounts', () => {
  it('parses nt_account.json (2026 field set) field for field', () => {
    const r = parseDetailedAccounts(loadFixture('rest/nt_account.json'));
    expect(r.total).toBe(1);
    const a = r.accounts[0]!;
    expect(a.code).toBe(0);
    expect(a.account_type).toBe(0);
    expect(a.index).toBe(123456);
    expect(a.account_index).toBe(123456);
    expect(a.l1_address).toBe('0x0000000000000000000000000000000000000000');
    expect(a.available_balance).toBe('0.000000');
    expect(a.collateral).toBe('0.000000');
    expect(a.status).toBe(1);
    expect(a.account_trading_mode).toBe(0);
    expect(a.can_invite).toBe(false);
    expect(a.referral_points_percentage).toBe('');
    expect(a.can_rfq).toBe(false);
    expect(a.created_at).toBe(0);
    expect(a.positions).toEqual([
      {
        market_id: 1,
        symbol: 'BTC',
        initial_margin_fraction: '10.00',
        open_order_count: 0,
        pending_order_count: 0,
        position_tied_order_count: 0,
        sign: 1,
        position: '0.00000',
        avg_entry_price: '0.0',
        position_value: '0.000000',
        unrealized_pnl: '0.000000',
        realized_pnl: '0.000000',
        liquidation_price: '0',
        margin_mode: 0,
        allocated_margin: '0.000000',
      },
    ]);
    expect(a.assets).toEqual([
      {
        symbol: 'USDC',
        asset_id: 3,
        balance: '0.000000',
        locked_balance: '0.000000',
        margin_mode: 'disabled',
        margin_balance: '0.000000',
      },
    ]);
    expect(a.total_asset_value).toBe('0.000000');
    expect(a.cross_initial_margin_requirement).toBe('0.000000');
    expect(a.cross_maintenance_margin_requirement).toBe('0.000000');
    expect(a.shares).toEqual([]);
    expect(a.pending_unlocks).toEqual([]);
    expect(a.approved_integrators).toEqual([]);
    expect((a as Record<string, unknown>).metadata).toEqual({ color: '' });
  });

  it('parses ccxt_account_with_position.json: exact long decimals survive', () => {
    const r = parseDetailedAccounts(loadFixture('rest/ccxt_account_with_position.json'));
    expect(r.total).toBe(2);
    const a = r.accounts[0]!;
    expect(a.index).toBe(1077);
    expect(a.available_balance).toBe('12582.743947');
    expect(a.collateral).toBe('9100.242706');
    expect(a.total_asset_value).toBe('15298.072264000002');
    const p = a.positions[0]!;
    expect(p.symbol).toBe('ETH');
    expect(p.initial_margin_fraction).toBe('5.00');
    expect(p.position).toBe('18.0193');
    expect(p.avg_entry_price).toBe('2669.84');
    expect(p.position_value).toBe('54306.566340');
    expect(p.unrealized_pnl).toBe('6197.829558');
    expect(p.liquidation_price).toBe('2191.1107231380406');
    expect(a.assets).toEqual([]);
    expect(a.pending_unlocks).toEqual([]);
  });
});
