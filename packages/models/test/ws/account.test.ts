import { describe, expect, it } from 'vitest';
import { parseTx, parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('account_orders frames', () => {
  it('parses nt_account_orders_update.json, flattening the market map', () => {
    const f = parseWsFrame(loadFixture('ws/nt_account_orders_update.json'));
    if (f.kind !== 'account_orders') throw new Error(`kind ${f.kind}`);
    expect(f.channel).toBe('account_orders:0:1234');
    expect(f.account).toBe(1234);
    expect(f.nonce).toBe(9182390020);
    expect(f.orders).toHaveLength(1);
    const o = f.orders[0]!;
    expect(o.order_id).toBe('281476929510110');
    expect(o.client_order_index).toBe(42);
    expect(o.market_index).toBe(0);
    expect(o.remaining_base_amount).toBe('0.0030');
    expect(o.filled_base_amount).toBe('0.0020');
    expect(o.filled_quote_amount).toBe('4.705480');
    expect(o.status).toBe('open');
    expect(o.updated_at).toBe(1777941383900);
  });
});

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

describe('user_stats frames', () => {
  it('parses nt_user_stats_with_position.json field for field', () => {
    const f = parseWsFrame(loadFixture('ws/nt_user_stats_with_position.json'));
    if (f.kind !== 'user_stats') throw new Error(`kind ${f.kind}`);
    const figures = {
      available_balance: '39.168314',
      buying_power: '0',
      collateral: '39.995369',
      leverage: '0.41',
      margin_usage: '2.07',
      portfolio_value: '39.995169',
    };
    expect(f.stats).toEqual({ ...figures, account_trading_mode: 0, cross_stats: figures, total_stats: figures });
  });
  it('parses docs_user_stats_update.json and nt_user_stats_update.json', () => {
    const d = parseWsFrame(loadFixture('ws/docs_user_stats_update.json'));
    if (d.kind !== 'user_stats') throw new Error(`kind ${d.kind}`);
    expect(d.stats.collateral).toBe('5000.00');
    expect(d.stats.leverage).toBe('3.0');
    expect(d.stats.account_trading_mode).toBeUndefined();
    expect(d.stats.cross_stats?.buying_power).toBe('0');
    const n = parseWsFrame(loadFixture('ws/nt_user_stats_update.json'));
    expect(n.kind === 'user_stats' && n.stats.portfolio_value).toBe('40.000000');
  });
});

describe('account_all / account_tx', () => {
  it('parses an account_all frame with map-shaped collections', () => {
    const order = (loadFixture('rest/nt_orders.json') as { orders: unknown[] }).orders[0];
    const trade = (loadFixture('rest/nt_recent_trades.json') as { trades: unknown[] }).trades[0];
    const f = parseWsFrame({
      type: 'update/account_all',
      channel: 'account_all:712440',
      account: 712440,
      orders: { '0': [order] },
      trades: { '0': [trade] },
      positions: {},
      funding_histories: null,
      daily_volume: 12.5,
    });
    if (f.kind !== 'account_all') throw new Error(`kind ${f.kind}`);
    expect(f.orders.map((o) => o.order_id)).toEqual(['281476929510110']);
    expect(f.trades.map((t) => t.trade_id_str)).toEqual(['19211490282']);
    expect(f.positions).toEqual([]);
    expect(f.funding_histories).toEqual([]);
    expect(f.daily_volume).toBe(12.5);
  });

  it('parses docs_account_tx_transaction_object.json as a Tx and inside an account_tx frame', () => {
    const obj = loadFixture('ws/docs_account_tx_transaction_object.json');
    const tx = parseTx(obj);
    expect(tx.hash).toBe('0xabc123456789def');
    expect(tx.type).toBe(15);
    expect(tx.info).toBe(
      '{"AccountIndex":1,"ApiKeyIndex":2,"MarketIndex":3,"Index":404,"ExpiredAt":1700000000000,"Nonce":1234,"Sig":"0xsigexample"}',
    );
    expect(tx.event_info).toBe('{"a":1,"i":404,"u":123,"ae":""}');
    expect(tx.status).toBe(2);
    expect(tx.transaction_index).toBe(10);
    expect(tx.account_index).toBe(101);
    expect(tx.nonce).toBe(12345);
    expect(tx.expire_at).toBe(1700000000000);
    expect(tx.block_height).toBe(1500000);
    expect(tx.queued_at).toBe(1699999990000);
    expect(tx.executed_at).toBe(1700000000005);
    expect(tx.sequence_index).toBe(5678);
    expect(tx.parent_hash).toBe('0xparenthash123456');
    const f = parseWsFrame({ type: 'update/account_tx', channel: 'account_tx:101', txs: [obj] });
    expect(f.kind === 'account_tx' && f.txs[0]?.hash).toBe('0xabc123456789def');
  });
});
