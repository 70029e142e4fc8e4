import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('UpdateAccountConfig (41)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.UPDATE_ACCOUNT_CONFIG);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('UpdateAccountConfig-0');
    const tx = signerFor(v).signUpdateAccountConfig({ accountTradingMode: 1, nonce: 38 });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(41);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('UpdateAccountConfig-0'));
    expectRejected(() => s.signUpdateAccountConfig({ accountTradingMode: 2, nonce: 0 }), 'AccountTradingMode');
  });
});
