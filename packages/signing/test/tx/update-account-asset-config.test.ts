import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('UpdateAccountAssetConfig (42)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.UPDATE_ACCOUNT_ASSET_CONFIG);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('UpdateAccountAssetConfig-0');
    const tx = signerFor(v).signUpdateAccountAssetConfig({ assetIndex: 3, assetMarginMode: 1, nonce: 39 });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(42);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('UpdateAccountAssetConfig-0'));
    expectRejected(() => s.signUpdateAccountAssetConfig({ assetIndex: 0, assetMarginMode: 1, nonce: 0 }), 'AssetIndex');
    expectRejected(
      () => s.signUpdateAccountAssetConfig({ assetIndex: 3, assetMarginMode: 2, nonce: 0 }),
      'AssetMarginMode',
    );
  });
});
