import { describe, expect, it } from 'vitest';
import { parseDepositHistory, parseTransferHistory } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('transfer and deposit history', () => {
  it('parses ccxt_transfer_history.json field for field', () => {
    const r = parseTransferHistory(loadFixture('rest/ccxt_transfer_history.json'));
    expect(r.cursor).toBe('eyJpbmRleCI6MzA4NDkxNX0=');
    expect(r.transfers).toEqual([
      {
        id: '3085014',
        asset_id: 3,
        amount: '11.000000',
        fee: '0.000000',
        timestamp: 1766387292752,
        type: 'L2TransferOutflow',
        from_l1_address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A',
        to_l1_address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A',
        from_account_index: 1077,
        to_account_index: 281474976710608,
        from_route: 'spot',
        to_route: 'spot',
        tx_hash: 'd8e96178273d0938f9ede556edffc0aab8def9ec70c46a65791905291a2f5792af18625406102c80',
      },
    ]);
  });
  it('parses ccxt_deposit_history.json field for field', () => {
    const r = parseDepositHistory(loadFixture('rest/ccxt_deposit_history.json'));
    expect(r.cursor).toBe('eyJpbmRleCI6MjkwMTg0MH0=');
    expect(r.deposits).toEqual([
      {
        id: '2901843',
        asset_id: 5,
        amount: '100000.0',
        timestamp: 1766112729741,
        status: 'completed',
        l1_tx_hash: '0xa24d83d58e1fd72b2a44a12d1ec766fb061fa0b806de2fed940b5d8ecd50744d',
      },
    ]);
  });
});
