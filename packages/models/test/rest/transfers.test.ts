import { describe, expect, it } from 'vitest';
import { parseFastWithdrawInfo, parseTransferFeeInfo } from '../../src/index.js';

describe('transferFeeInfo / fastwithdraw', () => {
  it('parses the fee and the fast-withdraw limits', () => {
    expect(parseTransferFeeInfo({ code: 200, transfer_fee_usdc: 1000000 }).transfer_fee_usdc).toBe(1000000);
    const f = parseFastWithdrawInfo({
      code: 200,
      to_account_index: 5,
      withdraw_limit: '1000.000000',
      max_withdrawal_amount: '10.5',
    });
    expect([f.withdraw_limit, f.max_withdrawal_amount]).toEqual(['1000.000000', '10.5']);
  });
});
