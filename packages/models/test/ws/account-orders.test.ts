import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';
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
