import { describe, expect, it } from 'vitest';
import { cancelReasonOf, classifyOrderStatus, parseOrders } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('parseOrders', () => {
  it('parses nt_orders.json field for field', () => {
    const r = parseOrders(loadFixture('rest/nt_orders.json'));
    expect(r.next_cursor).toBe('cursor-1');
    expect(r.orders[0]).toEqual({
      order_index: 281476929510110,
      client_order_index: 42,
      order_id: '281476929510110',
      client_order_id: '42',
      market_index: 0,
      owner_account_index: 712440,
      initial_base_amount: '0.0050',
      price: '2352.74',
      nonce: 9182390020,
      remaining_base_amount: '0.0050',
      is_ask: true,
      base_size: 50,
      base_price: 235274,
      filled_base_amount: '0.0000',
      filled_quote_amount: '0.000000',
      side: 'sell',
      type: 'limit',
      time_in_force: 'good-till-time',
      reduce_only: false,
      trigger_price: '0.00',
      order_expiry: 1780360584479,
      status: 'open',
      trigger_status: 'na',
      trigger_time: 0,
      parent_order_index: 0,
      parent_order_id: '0',
      to_trigger_order_id_0: '0',
      to_trigger_order_id_1: '0',
      to_cancel_order_id_0: '0',
      integrator_fee_collector_index: '0',
      integrator_taker_fee: '0',
      integrator_maker_fee: '0',
      block_height: 227535532,
      timestamp: 1777941383576,
      created_at: 1777941383576,
      updated_at: 1777941383576,
      transaction_time: 1777941383576735,
    });
    expect(classifyOrderStatus(r.orders[0]!.status)).toBe('open');
  });

  it('keeps an unknown status as a string instead of failing', () => {
    const raw = loadFixture('rest/nt_orders.json') as { orders: Record<string, unknown>[] };
    const changed = { ...raw, orders: [{ ...raw.orders[0], status: 'canceled-some-new-reason' }] };
    const r = parseOrders(changed);
    expect(r.orders[0]?.status).toBe('canceled-some-new-reason');
    expect(classifyOrderStatus('canceled-some-new-reason')).toBe('canceled');
    expect(cancelReasonOf('canceled-some-new-reason')).toBeUndefined();
    expect(cancelReasonOf('canceled-post-only')).toBe('post-only');
  });
});
