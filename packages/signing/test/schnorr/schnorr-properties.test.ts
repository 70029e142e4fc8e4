import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePoint, encodePoint, toJacobian } from '../../src/curve/point.js';
import { mulGenerator, mulPoint, signedDigits } from '../../src/curve/scalar-mult.js';
import { ECGFP5_ORDER, scalarFromLeBytes, scalarToLeBytes } from '../../src/curve/scalar.js';
import { type Gfp5, gfp5, gfp5FromLeBytes, gfp5ToLeBytes } from '../../src/field/gfp5.js';
import { GOLDILOCKS_P } from '../../src/field/goldilocks.js';
import { publicKeyFromPrivateKey } from '../../src/keys/private-key.js';
import { schnorrSign } from '../../src/schnorr/sign.js';
import { schnorrVerify } from '../../src/schnorr/verify.js';

const N = ECGFP5_ORDER;
const scalar = fc.oneof(fc.bigInt({ min: 1n, max: N - 1n }), fc.constantFrom(1n, 2n, N - 1n, N - 2n));
const limb = fc.bigInt({ min: 0n, max: GOLDILOCKS_P - 1n });
const message = fc.tuple(limb, limb, limb, limb, limb).map((t) => gfp5(t) as Gfp5);

function flip(bytes: Uint8Array, bit: number): Uint8Array {
  const out = bytes.slice();
  out[bit >> 3]! ^= 1 << (bit & 7);
  return out;
}

describe('Schnorr sign/verify properties', () => {
  it('round trip: a signature verifies under its key and message', () => {
    fc.assert(
      fc.property(scalar, scalar, message, (sk, k, m) => {
        const publicKey = publicKeyFromPrivateKey(sk);
        const signature = schnorrSign({ privateKey: sk, messageHash: m, k });
        expect(schnorrVerify({ publicKey, messageHash: m, signature })).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('rejects any flipped bit of the message, signature or public key', () => {
    fc.assert(
      fc.property(
        scalar,
        scalar,
        message,
        fc.nat(40 * 8 - 1),
        fc.nat(80 * 8 - 1),
        fc.nat(40 * 8 - 1),
        (sk, k, m, mBit, sBit, pkBit) => {
          const publicKey = publicKeyFromPrivateKey(sk);
          const signature = schnorrSign({ privateKey: sk, messageHash: m, k });
          const mBytes = flip(gfp5ToLeBytes(m), mBit);
          // A flip that produces a limb ≥ p would alias another limb value; skip those.
          const m2 = gfp5FromLeBytes(mBytes);
          if (gfp5ToLeBytes(m2).every((b, i) => b === mBytes[i])) {
            expect(schnorrVerify({ publicKey, messageHash: m2, signature })).toBe(false);
          }
          expect(schnorrVerify({ publicKey, messageHash: m, signature: flip(signature, sBit) })).toBe(false);
          expect(schnorrVerify({ publicKey: flip(publicKey, pkBit), messageHash: m, signature })).toBe(false);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('rejects malformed inputs without throwing', () => {
    const sk = 12345n;
    const m = gfp5([1, 2, 3, 4, 5]);
    const publicKey = publicKeyFromPrivateKey(sk);
    const signature = schnorrSign({ privateKey: sk, messageHash: m, k: 777n });
    expect(schnorrVerify({ publicKey: publicKey.slice(0, 39), messageHash: m, signature })).toBe(false);
    expect(schnorrVerify({ publicKey, messageHash: m, signature: signature.slice(0, 79) })).toBe(false);
    // s ≥ n is rejected (we only accept canonical signatures).
    const big = signature.slice();
    big.set(scalarToLeBytes(0n), 0);
    big.set(new Uint8Array(40).fill(0xff), 0);
    expect(schnorrVerify({ publicKey, messageHash: m, signature: big })).toBe(false);
    expect(schnorrVerify({ publicKey, messageHash: [1n, 2n] as unknown as Gfp5, signature })).toBe(false);
    expect(() => schnorrSign({ privateKey: 0n, messageHash: m, k: 1n })).toThrow(/privateKey/);
    expect(() => schnorrSign({ privateKey: 1n, messageHash: m, k: N })).toThrow(/\bk\b/);
    expect(() => schnorrSign({ privateKey: 1n, messageHash: [1n] as unknown as Gfp5, k: 2n })).toThrow(/messageHash/);
  });
});

describe('curve properties', () => {
  it('encode/decode round trip of k·G', () => {
    fc.assert(
      fc.property(scalar, (k) => {
        const w = encodePoint(mulGenerator(k));
        const p = decodePoint(w);
        expect(p).toBeDefined();
        expect(encodePoint(toJacobian(p!))).toEqual(w);
      }),
      { numRuns: 30 },
    );
  });
  it('(a·b)·G = a·(b·G) and (a+b)·G = a·G + b·G via the variable-base path', () => {
    fc.assert(
      fc.property(scalar, scalar, (a, b) => {
        const bG = decodePoint(encodePoint(mulGenerator(b)))!;
        expect(encodePoint(mulPoint(bG, a))).toEqual(encodePoint(mulGenerator((a * b) % N)));
      }),
      { numRuns: 10 },
    );
  });
  it('scalar 40-byte round trip', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: N - 1n }), (s) => {
        expect(scalarFromLeBytes(scalarToLeBytes(s))).toBe(s);
      }),
      { numRuns: 200 },
    );
  });
});

describe('verification key cache', () => {
  it('a hot key (upgraded to a fixed-base table after 64 uses) still verifies exactly', () => {
    const sk = 987654321987654321n;
    const publicKey = publicKeyFromPrivateKey(sk);
    const m = gfp5([9, 8, 7, 6, 5]);
    const signature = schnorrSign({ privateKey: sk, messageHash: m, k: 4242n });
    const other = gfp5([9, 8, 7, 6, 4]);
    for (let i = 0; i < 70; i++) {
      expect(schnorrVerify({ publicKey, messageHash: m, signature })).toBe(true);
      if (i % 10 === 0) expect(schnorrVerify({ publicKey, messageHash: other, signature })).toBe(false);
    }
    // Fresh signatures under the hot key, with random nonces, verify too.
    fc.assert(
      fc.property(scalar, message, (k, msg) => {
        const sig = schnorrSign({ privateKey: sk, messageHash: msg, k });
        expect(schnorrVerify({ publicKey, messageHash: msg, signature: sig })).toBe(true);
        expect(schnorrVerify({ publicKey, messageHash: msg, signature: flip(sig, 3) })).toBe(false);
      }),
      { numRuns: 10 },
    );
  });
});

describe('signed digit recoding', () => {
  it('Σ d_i·2^(w·i) = k with |d_i| ≤ 2^(w−1), for the window widths in use', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: N - 1n }), fc.constantFrom(4, 5, 7, 8), (k, w) => {
        const count = Math.ceil(321 / w);
        const digits = signedDigits(k, w, count);
        let sum = 0n;
        for (let i = count - 1; i >= 0; i--) {
          expect(Math.abs(digits[i]!)).toBeLessThanOrEqual(1 << (w - 1));
          sum = (sum << BigInt(w)) + BigInt(digits[i]!);
        }
        expect(sum).toBe(k);
      }),
      { numRuns: 500 },
    );
  });
});
