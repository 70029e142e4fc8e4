import { describe, expect, it } from 'vitest';
import { parseTx, parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

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

describe('account_all / account_market in the official docs’ shapes', () => {
  const funding = {
    timestamp: 1700000000,
    market_id: 101,
    funding_id: 2001,
    change: '0.001',
    rate: '0.0001',
    position_size: '0.5',
    position_side: 'long',
  };
  const position = {
    market_id: 101,
    symbol: 'BTC-USD',
    initial_margin_fraction: '0.1',
    open_order_count: 2,
    pending_order_count: 1,
    sign: 1,
    position: '0.5',
    avg_entry_price: '20000.00',
    position_value: '10000.00',
    unrealized_pnl: '500.00',
    realized_pnl: '100.00',
  };
  const trade = {
    trade_id: 401,
    tx_hash: '0xabc123456789',
    type: 'buy',
    market_id: 101,
    size: '0.5',
    price: '20000.00',
    usd_amount: '10000.00',
    ask_id: 501,
    bid_id: 502,
    ask_account_id: 123456,
    bid_account_id: 654321,
    is_maker_ask: true,
    block_height: 1500000,
    timestamp: 1700000000,
  };

  it('flattens funding_histories / positions / trades maps and keeps liquidations', () => {
    const f = parseWsFrame({
      account: 10,
      channel: 'account_all:10',
      funding_histories: { '1': [funding] },
      liquidations: [
        {
          liquidation_id: 301,
          account_index: 1,
          liquidation_type: 2,
          portfolio_value: '10000.00',
          margin_requirement: '8000.00',
        },
      ],
      positions: { '1': position },
      shares: [{ public_pool_index: 1, shares_amount: 100, entry_usdc: '1000.00' }],
      trades: { '1': [trade] },
      type: 'update/account_all',
    });
    if (f.kind !== 'account_all') throw new Error(`kind ${f.kind}`);
    expect(f.funding_histories).toEqual([funding]);
    expect(f.positions).toEqual([position]);
    expect(f.trades[0]?.type).toBe('buy');
    expect(f.shares).toEqual([{ public_pool_index: 1, shares_amount: 100, entry_usdc: '1000.00' }]);
    expect((f as unknown as { liquidations: unknown[] }).liquidations).toHaveLength(1);
  });

  it('accepts account_market with a single funding_history object', () => {
    const f = parseWsFrame({
      account: 40,
      channel: 'account_market:0:40',
      funding_history: funding,
      orders: [],
      position,
      trades: [trade],
      type: 'update/account_market',
    });
    if (f.kind !== 'account_market') throw new Error(`kind ${f.kind}`);
    expect(f.funding_history).toEqual([funding]);
    expect(f.position?.avg_entry_price).toBe('20000.00');
    expect(f.trades).toHaveLength(1);
  });
});
