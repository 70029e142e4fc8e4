import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSigningInputError } from '../src/errors.js';
import { type Signer, createSigner } from '../src/signer.js';
import { decodeTxInfo, encodeTxInfo, hashDecodedTx, verifyTxSignature } from '../src/tx/registry.js';

const KEY = '0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728';
const signer = createSigner({
  chainId: 300,
  accountIndex: 1001,
  apiKeyIndex: 3,
  privateKey: KEY,
  now: () => 1767225600000,
});

const limitOrder = fc.record({
  marketIndex: fc.oneof(fc.integer({ min: 0, max: 254 }), fc.integer({ min: 2048, max: 4094 })),
  clientOrderIndex: fc.bigInt({ min: 0n, max: 2n ** 48n - 1n }),
  baseAmount: fc.bigInt({ min: 1n, max: 2n ** 48n - 1n }),
  price: fc.bigInt({ min: 1n, max: 2n ** 32n - 1n }),
  isAsk: fc.boolean(),
  orderType: fc.constant(0),
  timeInForce: fc.constantFrom(1, 2),
  orderExpiry: fc.bigInt({ min: 1n, max: 2n ** 48n }),
  nonce: fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }),
  expiredAt: fc.bigInt({ min: 0n, max: 2n ** 48n - 1n }),
});

describe('sign → decode → verify round trip', () => {
  it('holds for random valid limit orders (every field exact after decoding)', () => {
    fc.assert(
      fc.property(limitOrder, (p) => {
        const tx = signer.signCreateOrder(p);
        const d = decodeTxInfo({ txType: tx.txType, txInfo: tx.txInfo });
        expect(encodeTxInfo(d)).toBe(tx.txInfo);
        expect(hashDecodedTx({ decoded: d, chainId: 300 }).txHash).toBe(tx.txHash);
        expect(verifyTxSignature({ decoded: d, chainId: 300, publicKey: signer.publicKeyHex })).toBe(true);
        if (d.kind !== 'CreateOrder') throw new Error('kind');
        expect([d.info.ClientOrderIndex, d.info.BaseAmount, d.info.Price, d.info.Nonce, d.info.ExpiredAt]).toEqual([
          p.clientOrderIndex,
          p.baseAmount,
          p.price,
          p.nonce,
          p.expiredAt,
        ]);
      }),
      { numRuns: 60 },
    );
  });
});

type Call = (s: Signer, p: Record<string, unknown>) => unknown;
const calls: [string, Call, Record<string, unknown>][] = [
  [
    'signCreateOrder',
    (s, p) => s.signCreateOrder(p as never),
    { marketIndex: 0, baseAmount: 1, price: 1, isAsk: false, orderType: 0, timeInForce: 1, orderExpiry: -1, nonce: 0 },
  ],
  ['signCancelOrder', (s, p) => s.signCancelOrder(p as never), { marketIndex: 0, orderIndex: 1, nonce: 0 }],
  ['signWithdraw', (s, p) => s.signWithdraw(p as never), { assetIndex: 3, routeType: 0, amount: 1, nonce: 0 }],
  [
    'signTransfer',
    (s, p) => s.signTransfer(p as never),
    { toAccountIndex: 1, assetIndex: 3, fromRouteType: 0, toRouteType: 0, amount: 1, nonce: 0 },
  ],
  [
    'signUpdateMargin',
    (s, p) => s.signUpdateMargin(p as never),
    { marketIndex: 0, usdcAmount: 1, direction: 1, nonce: 0 },
  ],
  [
    'signCreateGroupedOrders',
    (s, p) => s.signCreateGroupedOrders(p as never),
    { groupingType: 1, orders: [], nonce: 0 },
  ],
  ['signCancelAllOrders', (s, p) => s.signCancelAllOrders(p as never), { timeInForce: 0, nonce: 0 }],
  [
    'signChangePubKey',
    (s, p) => s.signChangePubKey(p as never),
    { nonce: 0, pubKey: '00'.repeat(40), apiKeyIndex: 1, ethPrivateKey: `0x${'11'.repeat(32)}` },
  ],
  [
    'signApproveIntegrator',
    (s, p) => s.signApproveIntegrator(p as never),
    {
      integratorAccountIndex: 1,
      maxPerpsTakerFee: 0,
      maxPerpsMakerFee: 0,
      maxSpotTakerFee: 0,
      maxSpotMakerFee: 0,
      approvalExpiry: 0,
      nonce: 0,
    },
  ],
  [
    'signUpdateLeverage',
    (s, p) => s.signUpdateLeverage(p as never),
    { marketIndex: 0, initialMarginFraction: 100, marginMode: 0, nonce: 0 },
  ],
];

describe('bad input never crashes with anything but SigningInputError', () => {
  it('fuzzes one field of each call with arbitrary values', () => {
    for (const [name, call, base] of calls) {
      const keys = [...Object.keys(base), 'expiredAt', 'attributes', 'memo', 'l1Sig'];
      fc.assert(
        fc.property(
          fc.constantFrom(...keys),
          fc.anything({ withBigInt: true, withNullPrototype: true }),
          (key, value) => {
            try {
              call(signer, { ...base, [key]: value });
            } catch (e) {
              if (!isSigningInputError(e)) throw new Error(`${name}.${key}: ${String(e)}`);
            }
          },
        ),
        { numRuns: 150 },
      );
    }
  });
});

describe('non-object parameters', () => {
  it('are rejected as SigningInputError', () => {
    for (const bad of [null, undefined, 5, 'x']) {
      for (const [, call] of calls) {
        let err: unknown;
        try {
          call(signer, bad as never);
        } catch (e) {
          err = e;
        }
        expect(isSigningInputError(err)).toBe(true);
      }
    }
  });
});
