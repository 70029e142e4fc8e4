import { describe, expect, it } from 'vitest';
import { hashToQuinticExtension } from '../../src/primitives.js';
import { attributeElements, attributesFromInput, attributesToJson } from '../../src/tx/attributes.js';
import { writeJson } from '../../src/tx-info-json.js';
import { VECTORS_TEXT } from '../vectors-helpers.js';
import { expectRejected } from './helpers.js';

const hashes = JSON.parse(VECTORS_TEXT).model_only.attribute_hashes as {
  attributes: Record<string, number>;
  attributes_hash: string[];
}[];

describe('L2TxAttributes (docs/protocol/signing.md#tx-attributes)', () => {
  it('hashes every attribute block of the vectors (third-party values)', () => {
    for (const h of hashes) {
      const a = h.attributes;
      const attrs = attributesFromInput({
        integratorAccountIndex: a['1'],
        integratorTakerFee: a['2'],
        integratorMakerFee: a['3'],
        skipNonce: a['4'] === undefined ? undefined : a['4'] === 1,
        cancelAllMarketIndex: a['5'],
        selfTradeBehaviorMode: a['6'],
        selfTradeEqualityMode: a['7'],
      });
      expect(hashToQuinticExtension(attributeElements(attrs) ?? []).map(String)).toEqual(h.attributes_hash);
    }
  });

  it('omits nil values and pads to four (type, value) pairs', () => {
    expect(attributesFromInput({})).toBeNull();
    expect(attributesFromInput({ cancelAllMarketIndex: 255, skipNonce: false, integratorAccountIndex: 0 })).toBeNull();
    const attrs = attributesFromInput({ skipNonce: true, cancelAllMarketIndex: 0 });
    expect(attributeElements(attrs)).toEqual([4n, 1n, 5n, 0n, 0n, 0n, 0n, 0n]);
    expect(writeJson(attributesToJson(attrs))).toBe('{"4":1,"5":0}');
  });

  it('applies the official combination rules', () => {
    expectRejected(() => attributesFromInput({ integratorTakerFee: 10 }), 'L2TxAttributes', /IntegratorAccountIndex/);
    expectRejected(
      () => attributesFromInput({ integratorAccountIndex: 5, integratorTakerFee: 10, selfTradeBehaviorMode: 1 }),
      'L2TxAttributes',
      /Self-trade/,
    );
    expectRejected(
      () => attributesFromInput({ selfTradeBehaviorMode: 3, selfTradeEqualityMode: 1 }),
      'L2TxAttributes',
      /Reduce/,
    );
    expectRejected(
      () => attributesFromInput({ integratorTakerFee: 1_000_001, integratorAccountIndex: 1 }),
      'L2TxAttributes',
      /fees/,
    );
    expectRejected(() => attributesFromInput({ selfTradeEqualityMode: 2 }), 'L2TxAttributes');
    expectRejected(
      () =>
        attributesFromInput({
          integratorAccountIndex: 1,
          integratorTakerFee: 1,
          integratorMakerFee: 1,
          skipNonce: true,
          cancelAllMarketIndex: 1,
        }),
      'L2TxAttributes',
      /Too many/,
    );
  });
});
