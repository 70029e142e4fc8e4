import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('UpdateLeverage (20)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.UPDATE_LEVERAGE);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('UpdateLeverage-0');
    const tx = signerFor(v).signUpdateLeverage({
      marketIndex: 0,
      initialMarginFraction: 1000,
      marginMode: 0,
      nonce: 24,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx.tx_type).toBe(20);
  });

  it('rejects out-of-range fields before signing', () => {
    const s = signerFor(vector('UpdateLeverage-0'));
    expectRejected(
      () => s.signUpdateLeverage({ marketIndex: 255, initialMarginFraction: 1000, marginMode: 0, nonce: 0 }),
      'MarketIndex',
    );
    expectRejected(
      () => s.signUpdateLeverage({ marketIndex: 0, initialMarginFraction: 0, marginMode: 0, nonce: 0 }),
      'InitialMarginFraction',
    );
    expectRejected(
      () => s.signUpdateLeverage({ marketIndex: 0, initialMarginFraction: 10001, marginMode: 0, nonce: 0 }),
      'InitialMarginFraction',
    );
    expectRejected(
      () => s.signUpdateLeverage({ marketIndex: 0, initialMarginFraction: 1000, marginMode: 2, nonce: 0 }),
      'MarginMode',
    );
  });
});
