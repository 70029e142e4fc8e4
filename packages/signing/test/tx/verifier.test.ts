// Verifier-side API used by the simulator: decodeTxInfo / hashDecodedTx / verifyTxSignature.
import { TX_TYPE } from '@lighter-ts/models';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTxInfo, encodeTxInfo, hashDecodedTx, verifyTxSignature } from '../../src/tx/registry.js';
import { isSigningInputError } from '../../src/errors.js';
import { expectRejected, publicKeyOf, vector, vectorsOf } from './helpers.js';

const v = vector('CreateOrder-0');
const decode = (txInfo: string, txType: number = TX_TYPE.CREATE_ORDER) => decodeTxInfo({ txType, txInfo });
const edit = (from: string, to: string) => v.tx_info_json.replace(from, to);

describe('decodeTxInfo', () => {
  it('returns a typed union keyed by kind with exact bigint fields', () => {
    const d = decode(v.tx_info_json);
    expect(d.kind).toBe('CreateOrder');
    if (d.kind !== 'CreateOrder') return;
    expect(d.info.Price).toBe(50000n);
    expect(d.info.Sig?.length).toBe(80);
    const big = decodeTxInfo({ txType: 15, txInfo: vector('CancelOrder-1').tx_info_json });
    expect(big.kind === 'CancelOrder' && big.info.Index).toBe(2n ** 60n - 1n);
  });

  it('accepts re-serialised JSON with whitespace (Python json.dumps) and hashes it the same', () => {
    const spaced = JSON.stringify(JSON.parse(v.tx_info_json), null, 1);
    const d = decode(spaced);
    expect(hashDecodedTx({ decoded: d, chainId: 304 }).txHash).toBe(v.tx_hash);
    expect(encodeTxInfo(d)).toBe(v.tx_info_json);
  });

  it('treats explicit nil attributes {"1":0,"2":0,"3":0} like null (addendum: msgHash = txHash)', () => {
    const d = decode(edit('"L2TxAttributes":null', '"L2TxAttributes":{"1":0,"2":0,"3":0}'));
    expect(hashDecodedTx({ decoded: d, chainId: 304 }).txHash).toBe(v.tx_hash);
    expect(verifyTxSignature({ decoded: d, chainId: 304, publicKey: publicKeyOf('A1') })).toBe(true);
    expect(encodeTxInfo(d)).toContain('"L2TxAttributes":{"1":0,"2":0,"3":0}');
  });

  it('rejects malformed or out-of-range tx_info naming the field', () => {
    expectRejected(() => decode(edit('"Price":50000', '"Price":4294967296')), 'Price', /u32/);
    expectRejected(() => decode(edit('"Price":50000', '"Price":"50000"')), 'Price');
    expectRejected(() => decode(edit('"Price":50000', '"Price":50000.0')), 'Price');
    expectRejected(() => decode(edit('"Price":50000,', '')), 'Price', /missing/);
    expectRejected(() => decode(edit('"Price":50000', '"Price":50000,"Extra":1')), 'Extra', /unknown/);
    expectRejected(() => decode(edit('"Price":50000', '"Price":50000,"Price":1')), 'tx_info', /duplicate/);
    expectRejected(() => decode(edit('"MarketIndex":0', '"MarketIndex":300')), 'MarketIndex');
    expectRejected(() => decode(edit('"AccountIndex":1001', '"AccountIndex":-2')), 'AccountIndex');
    expectRejected(() => decode(edit('"ApiKeyIndex":3', '"ApiKeyIndex":255')), 'ApiKeyIndex');
    expectRejected(() => decode(edit('"ExpiredAt":1767226199000', '"ExpiredAt":281474976710656')), 'ExpiredAt');
    expectRejected(() => decode(edit('"Sig":"', '"Sig":"AAAA')), 'Sig');
    expectRejected(() => decode(edit('"Sig":"giMY', '"Sig":"giM*')), 'Sig');
    expectRejected(() => decode(edit('"L2TxAttributes":null', '"L2TxAttributes":{"9":1}')), 'L2TxAttributes');
    expectRejected(
      () => decode(edit('"L2TxAttributes":null', '"L2TxAttributes":{"2":10}')),
      'L2TxAttributes',
      /IntegratorAccountIndex/,
    );
    expectRejected(() => decode(`${v.tx_info_json}x`), 'tx_info');
    expectRejected(() => decode('[1]'), 'tx_info');
    expectRejected(() => decode(v.tx_info_json, 33), 'tx_type');
    expectRejected(() => decode(v.tx_info_json, 15), 'Index', /missing/);
  });
});

describe('verifyTxSignature', () => {
  it('is false for a wrong key, a wrong chain, a changed field or a missing Sig', () => {
    const d = decode(v.tx_info_json);
    expect(verifyTxSignature({ decoded: d, chainId: 304, publicKey: `0x${publicKeyOf('A1')}` })).toBe(true);
    expect(verifyTxSignature({ decoded: d, chainId: 304, publicKey: publicKeyOf('A2') })).toBe(false);
    expect(verifyTxSignature({ decoded: d, chainId: 300, publicKey: publicKeyOf('A1') })).toBe(false);
    const changed = decode(edit('"Price":50000', '"Price":50001'));
    expect(verifyTxSignature({ decoded: changed, chainId: 304, publicKey: publicKeyOf('A1') })).toBe(false);
    const unsigned = decode(v.tx_info_json.replace(/"Sig":"[^"]*"/, '"Sig":null'));
    expect(verifyTxSignature({ decoded: unsigned, chainId: 304, publicKey: publicKeyOf('A1') })).toBe(false);
    expectRejected(() => verifyTxSignature({ decoded: d, chainId: 304, publicKey: '0x12' }), 'publicKey');
  });
});

describe('decodeTxInfo under arbitrary field values', () => {
  it('either decodes or throws SigningInputError, for every tx type', () => {
    const all = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 28, 29, 35, 36, 41, 42].flatMap((t) =>
      vectorsOf(t).slice(0, 1),
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.nat(40), fc.jsonValue(), (t, pick, value) => {
        const obj = JSON.parse(t.tx_info_json) as Record<string, unknown>;
        const keys = Object.keys(obj);
        obj[keys[pick % keys.length] as string] = value;
        try {
          decodeTxInfo({ txType: t.tx_type, txInfo: JSON.stringify(obj) });
        } catch (e) {
          if (!isSigningInputError(e)) throw e;
        }
      }),
      { numRuns: 600 },
    );
  });
});
