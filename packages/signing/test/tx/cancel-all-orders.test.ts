import { CANCEL_ALL_TIME_IN_FORCE, TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('CancelAllOrders (16)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.CANCEL_ALL_ORDERS);
  });

  it('signs immediate, scheduled and single-market cancels', () => {
    const v1 = vector('CancelAllOrders-1');
    expect(
      signerFor(v1).signCancelAllOrders({
        timeInForce: CANCEL_ALL_TIME_IN_FORCE.SCHEDULED,
        time: 1767229200000,
        nonce: 11,
      }).txInfo,
    ).toBe(v1.tx_info_json);
    const v3 = vector('CancelAllOrders-3');
    expect(
      signerFor(v3).signCancelAllOrders({ timeInForce: 0, nonce: 13, attributes: { cancelAllMarketIndex: 7 } }).txInfo,
    ).toBe(v3.tx_info_json);
    // Market 255 is the nil value: no attribute is sent at all.
    const v4 = vector('CancelAllOrders-4');
    expect(
      signerFor(v4).signCancelAllOrders({ timeInForce: 0, nonce: 14, attributes: { cancelAllMarketIndex: 255 } })
        .txInfo,
    ).toBe(v4.tx_info_json);
  });

  it('rejects inconsistent time-in-force / time / market attribute', () => {
    const s = signerFor(vector('CancelAllOrders-0'));
    expectRejected(() => s.signCancelAllOrders({ timeInForce: 0, time: 5, nonce: 0 }), 'Time');
    expectRejected(() => s.signCancelAllOrders({ timeInForce: 1, time: 0, nonce: 0 }), 'Time');
    expectRejected(() => s.signCancelAllOrders({ timeInForce: 3, nonce: 0 }), 'TimeInForce');
    expectRejected(
      () =>
        s.signCancelAllOrders({
          timeInForce: 1,
          time: 1767229200000,
          nonce: 0,
          attributes: { cancelAllMarketIndex: 3 },
        }),
      'TimeInForce',
    );
    expectRejected(
      () => s.signCancelAllOrders({ timeInForce: 0, nonce: 0, attributes: { cancelAllMarketIndex: 256 } }),
      'L2TxAttributes',
    );
  });
});
