import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('MintShares (18)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.MINT_SHARES);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('MintShares-0');
    const tx = signerFor(v).signMintShares({ publicPoolIndex: 281474976710000, shareAmount: 1000, nonce: 34 });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(18);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('MintShares-0'));
    expectRejected(() => s.signMintShares({ publicPoolIndex: 5, shareAmount: 1000, nonce: 0 }), 'PublicPoolIndex');
    expectRejected(
      () => s.signMintShares({ publicPoolIndex: 281474976710000, shareAmount: 0, nonce: 0 }),
      'ShareAmount',
    );
    expectRejected(
      () => s.signMintShares({ publicPoolIndex: 281474976710000, shareAmount: 2n ** 60n, nonce: 0 }),
      'ShareAmount',
    );
  });
});
