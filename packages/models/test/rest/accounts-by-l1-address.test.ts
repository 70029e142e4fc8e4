import { describe, expect, it } from 'vitest';
import { parseSubAccounts } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('parseSubAccounts', () => {
  it('parses ccxt_accounts_by_l1_address.json field for field (empty available_balance kept)', () => {
    const r = parseSubAccounts(loadFixture('rest/ccxt_accounts_by_l1_address.json'));
    expect(r.l1_address).toBe('0xaaaabbbb....ccccdddd');
    expect(r.sub_accounts).toEqual([
      {
        code: 0,
        account_type: 0,
        index: 666666,
        l1_address: '0xaaaabbbb....ccccdddd',
        cancel_all_time: 0,
        total_order_count: 0,
        total_isolated_order_count: 0,
        pending_order_count: 0,
        available_balance: '',
        status: 0,
        collateral: '40',
        transaction_time: 0,
        account_trading_mode: 0,
      },
    ]);
  });
});
