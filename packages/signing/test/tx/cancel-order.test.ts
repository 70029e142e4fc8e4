import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('CancelOrder (15)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.CANCEL_ORDER);
  });

  it('signs by order index and with the skipNonce attribute', () => {
    const v1 = vector('CancelOrder-1');
    expect(signerFor(v1).signCancelOrder({ marketIndex: 2048, orderIndex: 2n ** 60n - 1n, nonce: 8 }).txInfo).toBe(
      v1.tx_info_json,
    );
    const v3 = vector('CancelOrder-3');
    const tx = signerFor(v3).signCancelOrder({
      marketIndex: 1,
      orderIndex: 99,
      nonce: 1,
      attributes: { skipNonce: true },
    });
    expect(tx.txInfo).toBe(v3.tx_info_json);
    expect(tx.txHash).toBe(v3.tx_hash);
  });

  it('rejects bad market and order indexes', () => {
    const s = signerFor(vector('CancelOrder-0'));
    expectRejected(() => s.signCancelOrder({ marketIndex: 4095, orderIndex: 1, nonce: 0 }), 'MarketIndex');
    expectRejected(() => s.signCancelOrder({ marketIndex: 999, orderIndex: 1, nonce: 0 }), 'MarketIndex');
    expect(JSON.parse(s.signCancelOrder({ marketIndex: 2000, orderIndex: 99, nonce: 0 }).txInfo).MarketIndex).toBe(
      2000,
    );
    expectRejected(() => s.signCancelOrder({ marketIndex: 0, orderIndex: 0, nonce: 0 }), 'Index');
    expectRejected(() => s.signCancelOrder({ marketIndex: 0, orderIndex: 2n ** 60n, nonce: 0 }), 'Index');
    expectRejected(() => s.signCancelOrder({ marketIndex: 0, orderIndex: 2n ** 63n, nonce: 0 }), 'Index', /i64/);
  });
});
