import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('StakeAssets (35)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.STAKE_ASSETS);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('StakeAssets-0');
    const tx = signerFor(v).signStakeAssets({ stakingPoolIndex: 2n ** 47n, shareAmount: 100000, nonce: 36 });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(35);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('StakeAssets-0'));
    expectRejected(
      () => s.signStakeAssets({ stakingPoolIndex: 2n ** 47n - 1n, shareAmount: 1, nonce: 0 }),
      'StakingPoolIndex',
    );
    expectRejected(() => s.signStakeAssets({ stakingPoolIndex: 2n ** 47n, shareAmount: 0, nonce: 0 }), 'ShareAmount');
  });
});
