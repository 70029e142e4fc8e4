import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('CreateSubAccount (9)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.CREATE_SUB_ACCOUNT);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('CreateSubAccount-0');
    const tx = signerFor(v).signCreateSubAccount({ nonce: 31 });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(9);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('CreateSubAccount-0'));
    expectRejected(() => s.signCreateSubAccount({ nonce: 0, expiredAt: -1 }), 'ExpiredAt');
  });

  it('rejects a sub-account creation from a sub-account', () => {
    const v = vector('CreateOrder-11');
    expectRejected(() => signerFor(v).signCreateSubAccount({ nonce: 0 }), 'AccountIndex');
  });
});
