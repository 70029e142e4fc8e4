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
