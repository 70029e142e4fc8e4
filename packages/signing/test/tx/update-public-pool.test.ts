import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('UpdatePublicPool (11)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.UPDATE_PUBLIC_POOL);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('UpdatePublicPool-0');
    const tx = signerFor(v).signUpdatePublicPool({
      publicPoolIndex: 281474976710000,
      status: 1,
      operatorFee: 50000,
      minOperatorShareRate: 100,
      nonce: 33,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(11);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('UpdatePublicPool-0'));
    expectRejected(
      () =>
        s.signUpdatePublicPool({
          publicPoolIndex: 2n ** 48n,
          status: 1,
          operatorFee: 0,
          minOperatorShareRate: 0,
          nonce: 0,
        }),
      'PublicPoolIndex',
    );
    expectRejected(
      () =>
        s.signUpdatePublicPool({ publicPoolIndex: 1, status: 2, operatorFee: 0, minOperatorShareRate: 0, nonce: 0 }),
      'Status',
    );
  });
});
