import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('ModifyOrder (17)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.MODIFY_ORDER);
  });

  it('signs the named parameter object into the exact tx_info', () => {
    const v = vector('ModifyOrder-1');
    const tx = signerFor(v).signModifyOrder({
      marketIndex: 3,
      orderIndex: 2n ** 48n,
      baseAmount: 0,
      price: 1,
      triggerPrice: 100,
      nonce: 16,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
  });

  it('rejects bad fields', () => {
    const s = signerFor(vector('ModifyOrder-0'));
    const p = { marketIndex: 0, orderIndex: 12345, baseAmount: 2000, price: 51000, nonce: 15 };
    expectRejected(() => s.signModifyOrder({ ...p, price: 0 }), 'Price');
    expectRejected(() => s.signModifyOrder({ ...p, baseAmount: -1 }), 'BaseAmount');
    expectRejected(() => s.signModifyOrder({ ...p, orderIndex: 0 }), 'Index');
    expectRejected(() => s.signModifyOrder({ ...p, triggerPrice: -1 }), 'TriggerPrice');
    expectRejected(() => s.signModifyOrder({ ...p, marketIndex: 999 }), 'MarketIndex');
    expectRejected(() => s.signModifyOrder({ ...p, marketIndex: 2001 }), 'MarketIndex');
  });

  it('accepts the binary market-index range (unverified against an official signer)', () => {
    const s = signerFor(vector('ModifyOrder-0'));
    const tx = s.signModifyOrder({ marketIndex: 1001, orderIndex: 12345, baseAmount: 2000, price: 60, nonce: 15 });
    expect(JSON.parse(tx.txInfo).MarketIndex).toBe(1001);
  });
});
