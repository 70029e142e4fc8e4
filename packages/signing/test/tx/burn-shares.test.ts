import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('BurnShares (19)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.BURN_SHARES);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('BurnShares-0');
    const tx = signerFor(v).signBurnShares({
      publicPoolIndex: 281474976710000,
      shareAmount: 2n ** 60n - 1n,
      nonce: 35,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(19);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('BurnShares-0'));
    expectRejected(
      () => s.signBurnShares({ publicPoolIndex: 281474976710000, shareAmount: -1, nonce: 0 }),
      'ShareAmount',
    );
  });
});
