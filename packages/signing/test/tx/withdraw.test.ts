import { ROUTE_TYPE, TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('Withdraw (13)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte (lo32/hi32 split)', () => {
    expectVectorsDecodeAndHash(TX_TYPE.WITHDRAW);
  });

  it('signs the maximum amount exactly', () => {
    const v = vector('Withdraw-1');
    const tx = signerFor(v).signWithdraw({
      assetIndex: 1,
      routeType: ROUTE_TYPE.SPOT,
      amount: 2n ** 60n - 1n,
      nonce: 18,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
  });

  it('rejects bad asset, route and amount', () => {
    const s = signerFor(vector('Withdraw-0'));
    const p = { assetIndex: 3, routeType: 0, amount: 1, nonce: 0 };
    expectRejected(() => s.signWithdraw({ ...p, assetIndex: 0 }), 'AssetIndex');
    expectRejected(() => s.signWithdraw({ ...p, assetIndex: 63 }), 'AssetIndex');
    expectRejected(() => s.signWithdraw({ ...p, routeType: 2 }), 'RouteType');
    expectRejected(() => s.signWithdraw({ ...p, amount: 0 }), 'Amount');
    expectRejected(() => s.signWithdraw({ ...p, amount: 2n ** 60n }), 'Amount');
    expectRejected(() => s.signWithdraw({ ...p, amount: -1 }), 'Amount', /u64/);
  });
});
