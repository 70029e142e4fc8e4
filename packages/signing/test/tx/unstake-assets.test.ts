import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('UnstakeAssets (36)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.UNSTAKE_ASSETS);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('UnstakeAssets-0');
    const tx = signerFor(v).signUnstakeAssets({ stakingPoolIndex: 2n ** 47n + 1n, shareAmount: 5, nonce: 37 });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(36);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('UnstakeAssets-0'));
    expectRejected(
      () => s.signUnstakeAssets({ stakingPoolIndex: 2n ** 48n - 1n, shareAmount: 1, nonce: 0 }),
      'StakingPoolIndex',
    );
  });
});
