import { inspect } from 'node:util';
import { ORDER_TYPE, TIME_IN_FORCE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { isSigningError, isSigningInputError } from '../src/errors.js';
import { createSigner } from '../src/signer.js';
import { decodeTxInfo, verifyTxSignature } from '../src/tx/registry.js';
import { expectRejected } from './tx/helpers.js';

const KEY = '0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728';
const KEY_BODY = KEY.slice(2);
const PK = '710c8cd2201061fa5570d20852d90ddabd6c496825b639d6c6486ecb1f859b63f237dee54f3f42b4';
const order = {
  marketIndex: 0,
  clientOrderIndex: 1,
  baseAmount: 1000,
  price: 50000,
  isAsk: false,
  orderType: ORDER_TYPE.LIMIT,
  timeInForce: TIME_IN_FORCE.GOOD_TILL_TIME,
  orderExpiry: -1,
  nonce: 0,
};

describe('createSigner', () => {
  it('derives the public key and never exposes the private key', () => {
    const s = createSigner({ chainId: 304, accountIndex: 1001, apiKeyIndex: 3, privateKey: KEY });
    expect(s.publicKeyHex).toBe(PK);
    expect(Object.keys(s)).not.toContain('privateKey');
    for (const text of [
      String(s),
      JSON.stringify(s),
      inspect(s, { showHidden: true, depth: 5 }),
      JSON.stringify(Object.entries(s)),
    ]) {
      expect(text).not.toContain(KEY_BODY);
      expect(text).not.toContain(
        '335023941243481152331362189638189342819423043806466768176699382670954540303525612759464672428545',
      );
    }
    expect(String(s)).toContain('[redacted]');
    expect(JSON.parse(JSON.stringify(s)).privateKey).toBe('[redacted]');
  });

  it('signs with a fresh random k by default: different Sig, same hash, both verify', () => {
    const s = createSigner({
      chainId: 300,
      accountIndex: 1001,
      apiKeyIndex: 3,
      privateKey: KEY,
      now: () => 1767225600000,
    });
    const a = s.signCreateOrder(order);
    const b = s.signCreateOrder(order);
    expect(a.txHash).toBe(b.txHash);
    expect(a.txInfo).not.toBe(b.txInfo);
    for (const tx of [a, b]) {
      expect(
        verifyTxSignature({
          decoded: decodeTxInfo({ txType: tx.txType, txInfo: tx.txInfo }),
          chainId: 300,
          publicKey: PK,
        }),
      ).toBe(true);
    }
    // Chain id is part of the hash: the same signature does not verify on mainnet.
    expect(verifyTxSignature({ decoded: a.decoded, chainId: 304, publicKey: PK })).toBe(false);
  });

  it('uses the injected k and clock (deterministic output)', () => {
    const mk = () =>
      createSigner({
        chainId: 304,
        accountIndex: 1001,
        apiKeyIndex: 3,
        privateKey: KEY,
        nonceK: () => 42n,
        now: () => 1_000_000,
      });
    const a = mk().signCreateOrder(order);
    expect(a.txInfo).toBe(mk().signCreateOrder(order).txInfo);
    expect(a.expiredAt).toBe(1_000_000n + 599_000n);
    expect(a.txInfo).toContain(`"OrderExpiry":${1_000_000 + 28 * 86_400_000}`);
    expect(a.txInfo).toContain('"ExpiredAt":1599000');
  });

  it('honours an explicit expiredAt and attributes', () => {
    const s = createSigner({ chainId: 304, accountIndex: 1001, apiKeyIndex: 3, privateKey: KEY, nonceK: () => 7n });
    const tx = s.signCreateOrder({
      ...order,
      orderExpiry: 1769644800000,
      expiredAt: 1767226199000n,
      attributes: { integratorAccountIndex: 4242, integratorTakerFee: 250, integratorMakerFee: 100 },
    });
    expect(tx.txInfo).toContain('"L2TxAttributes":{"1":4242,"2":250,"3":100}');
    expect(tx.decoded.info.L2TxAttributes).toEqual([
      { type: 1, value: 4242n },
      { type: 2, value: 250n },
      { type: 3, value: 100n },
    ]);
  });

  it('rejects malformed keys, chain ids and indexes with typed errors that redact the key', () => {
    const base = { chainId: 304, accountIndex: 1, apiKeyIndex: 0, privateKey: KEY };
    expectRejected(() => createSigner({ ...base, privateKey: `${KEY}00` }), 'privateKey');
    expectRejected(() => createSigner({ ...base, privateKey: 'zz' }), 'privateKey');
    expectRejected(() => createSigner({ ...base, privateKey: `0x${'00'.repeat(40)}` }), 'privateKey');
    expectRejected(() => createSigner({ ...base, privateKey: 0n }), 'privateKey');
    expectRejected(() => createSigner({ ...base, chainId: 0 }), 'chainId');
    expectRejected(() => createSigner({ ...base, chainId: 1.5 }), 'chainId');
    expectRejected(() => createSigner({ ...base, accountIndex: -2 }), 'accountIndex');
    expectRejected(() => createSigner({ ...base, accountIndex: 2n ** 48n - 1n }), 'accountIndex');
    expectRejected(() => createSigner({ ...base, apiKeyIndex: 255 }), 'apiKeyIndex');
    try {
      createSigner({ ...base, privateKey: `${KEY}ff` });
    } catch (e) {
      expect(String(e)).not.toContain(KEY_BODY);
      expect(JSON.stringify(e)).not.toContain(KEY_BODY);
    }
  });

  it('accepts account index -1 and the maximum 2^48-2', () => {
    for (const accountIndex of [-1, 2n ** 48n - 2n]) {
      const s = createSigner({ chainId: 304, accountIndex, apiKeyIndex: 0, privateKey: KEY });
      expect(s.signCancelAllOrders({ timeInForce: 0, nonce: 0 }).kind).toBe('CancelAllOrders');
    }
  });

  it('reports a broken nonce source as a SigningError, not as bad input', () => {
    const s = createSigner({ chainId: 304, accountIndex: 1, apiKeyIndex: 0, privateKey: KEY, nonceK: () => 0n });
    let err: unknown;
    try {
      s.signCancelOrder({ marketIndex: 0, orderIndex: 1, nonce: 0 });
    } catch (e) {
      err = e;
    }
    expect(isSigningError(err)).toBe(true);
    expect(isSigningInputError(err)).toBe(false);
  });
});
