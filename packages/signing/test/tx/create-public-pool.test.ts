import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('CreatePublicPool (10)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.CREATE_PUBLIC_POOL);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('CreatePublicPool-0');
    const tx = signerFor(v).signCreatePublicPool({
      operatorFee: 100000,
      initialTotalShares: 1000000,
      minOperatorShareRate: 500,
      nonce: 32,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(10);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('CreatePublicPool-0'));
    expectRejected(
      () =>
        s.signCreatePublicPool({
          operatorFee: 1000001,
          initialTotalShares: 1000000,
          minOperatorShareRate: 500,
          nonce: 0,
        }),
      'OperatorFee',
    );
    expectRejected(
      () => s.signCreatePublicPool({ operatorFee: 0, initialTotalShares: 0, minOperatorShareRate: 500, nonce: 0 }),
      'InitialTotalShares',
    );
    expectRejected(
      () =>
        s.signCreatePublicPool({ operatorFee: 0, initialTotalShares: 1000000, minOperatorShareRate: 10001, nonce: 0 }),
      'MinOperatorShareRate',
    );
    expectRejected(
      () =>
        s.signCreatePublicPool({ operatorFee: 0, initialTotalShares: 1000000, minOperatorShareRate: 65536, nonce: 0 }),
      'MinOperatorShareRate',
    );
  });
});
