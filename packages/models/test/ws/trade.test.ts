import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('trade frames', () => {
  it('parses nt_trade_update.json field for field', () => {
    const f = parseWsFrame(loadFixture('ws/nt_trade_update.json'));
    if (f.kind !== 'trade') throw new Error(`kind ${f.kind}`);
    expect(f.snapshot).toBe(false);
    expect(f.nonce).toBe(8630448841);
    expect(f.liquidation_trades).toEqual([]);
    expect(f.trades[0]).toEqual({
      trade_id: 16164557907,
      trade_id_str: '16164557907',
      tx_hash: '019f2b9c',
      type: 'trade',
      market_id: 0,
      size: '0.1336',
      price: '2181.83',
      usd_amount: '291.492488',
      ask_id: 281476612587355,
      ask_id_str: '281476612587355',
      bid_id: 562948334068259,
      bid_id_str: '562948334068259',
      ask_client_id: 363283,
      ask_client_id_str: '363283',
      bid_client_id: 23004521241,
      bid_client_id_str: '23004521241',
      ask_account_id: 57890,
      bid_account_id: 317068,
      is_maker_ask: false,
      block_height: 198321831,
      timestamp: 1773854156654,
      taker_fee: 196,
      maker_fee: 28,
      transaction_time: 1773854156686065,
    });
  });

  it('parses the snapshot and the docs example (no _str twins, no liquidation_trades)', () => {
    const s = parseWsFrame(loadFixture('ws/nt_trade_subscribed.json'));
    expect(s.kind === 'trade' && s.snapshot).toBe(true);
    const d = parseWsFrame(loadFixture('ws/docs_trade_update.json'));
    if (d.kind !== 'trade') throw new Error(`kind ${d.kind}`);
    expect(d.liquidation_trades).toEqual([]);
    expect(d.trades[0]?.trade_id).toBe(14035051);
    expect(d.trades[0]?.size).toBe('0.1187');
    expect(d.trades[0]?.price).toBe('3335.65');
    expect(d.trades[0]?.usd_amount).toBe('13.67');
    expect(d.trades[0]?.trade_id_str).toBeUndefined();
    expect(d.trades[0]?.timestamp).toBe(1722339648);
  });
});
