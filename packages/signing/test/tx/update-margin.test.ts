import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('UpdateMargin (29)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.UPDATE_MARGIN);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('UpdateMargin-1');
    const tx = signerFor(v).signUpdateMargin({ marketIndex: 7, usdcAmount: 5000000000, direction: 0, nonce: 27 });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(29);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('UpdateMargin-1'));
    expectRejected(
      () => s.signUpdateMargin({ marketIndex: 2048, usdcAmount: 1, direction: 0, nonce: 0 }),
      'MarketIndex',
    );
    expectRejected(() => s.signUpdateMargin({ marketIndex: 0, usdcAmount: 0, direction: 0, nonce: 0 }), 'USDCAmount');
    expectRejected(() => s.signUpdateMargin({ marketIndex: 0, usdcAmount: -5, direction: 0, nonce: 0 }), 'USDCAmount');
    expectRejected(() => s.signUpdateMargin({ marketIndex: 0, usdcAmount: 1, direction: 2, nonce: 0 }), 'Direction');
  });
});
