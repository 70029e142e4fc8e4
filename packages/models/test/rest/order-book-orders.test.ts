import { describe, expect, it } from 'vitest';
import { parseOrderBookOrders } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('parseOrderBookOrders', () => {
  it('parses nt_order_book_orders.json field for field', () => {
    const r = parseOrderBookOrders(loadFixture('rest/nt_order_book_orders.json'));
    expect(r.total_asks).toBe(1);
    expect(r.total_bids).toBe(1);
    expect(r.asks[0]).toEqual({
      order_index: 281476929689581,
      order_id: '281476929689581',
      owner_account_index: 281474976641952,
      initial_base_amount: '0.0317',
      remaining_base_amount: '0.0317',
      price: '2361.32',
      order_expiry: 1780364303894,
      transaction_time: 0,
    });
    expect(r.bids[0]?.price).toBe('2361.17');
    expect(r.bids[0]?.remaining_base_amount).toBe('3.4125');
    expect(r.bids[0]?.order_id).toBe('562947905454787');
  });

  it('parses ccxt_order_book_orders.json (no transaction_time)', () => {
    const r = parseOrderBookOrders(loadFixture('rest/ccxt_order_book_orders.json'));
    expect(r.asks[0]?.price).toBe('3430.00');
    expect(r.asks[0]?.transaction_time).toBeUndefined();
    expect(r.bids[0]?.initial_base_amount).toBe('1.7361');
    expect(r.bids[0]?.remaining_base_amount).toBe('1.3237');
    expect(r.bids[0]?.owner_account_index).toBe(314236);
  });
});
