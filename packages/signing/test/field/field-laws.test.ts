import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GFP5_ONE,
  GFP5_ZERO,
  gfp5,
  gfp5Add,
  gfp5CanonicalSqrt,
  gfp5Frobenius,
  gfp5FromLeBytes,
  gfp5Inv,
  gfp5IsZero,
  gfp5Legendre,
  gfp5Mul,
  gfp5Neg,
  gfp5Square,
  gfp5Sub,
  gfp5ToLeBytes,
} from '../../src/field/gfp5.js';
import { fpInv, fpMul, fpPow, fpSqrt, GOLDILOCKS_P } from '../../src/field/goldilocks.js';

const P = GOLDILOCKS_P;
// Bias towards edge values (0, 1, p − 1, 2^32 boundaries) as well as uniform limbs.
const fp = fc.oneof(
  fc.bigInt({ min: 0n, max: P - 1n }),
  fc.constantFrom(0n, 1n, 2n, P - 1n, P - 2n, 0xffffffffn, 0x100000000n, P >> 1n),
);
const el = fc.tuple(fp, fp, fp, fp, fp).map((t) => gfp5(t));
const nonzero = el.filter((x) => !gfp5IsZero(x));
const runs = { numRuns: 200 };

describe('Goldilocks Fp laws', () => {
  it('inverse and Fermat', () => {
    fc.assert(
      fc.property(fp, (a) => {
        if (a === 0n) {
          expect(fpInv(a)).toBe(0n);
        } else {
          expect(fpMul(a, fpInv(a))).toBe(1n);
          expect(fpPow(a, P - 1n)).toBe(1n);
        }
      }),
      runs,
    );
  });
  it('sqrt of a square', () => {
    fc.assert(
      fc.property(fp, (a) => {
        const r = fpSqrt(fpMul(a, a));
        expect(r).toBeDefined();
        expect(fpMul(r!, r!)).toBe(fpMul(a, a));
      }),
      runs,
    );
  });
});

describe('GF(p^5) laws', () => {
  it('add/mul commutative and associative, distributive', () => {
    fc.assert(
      fc.property(el, el, el, (a, b, c) => {
        expect(gfp5Add(a, b)).toEqual(gfp5Add(b, a));
        expect(gfp5Mul(a, b)).toEqual(gfp5Mul(b, a));
        expect(gfp5Add(gfp5Add(a, b), c)).toEqual(gfp5Add(a, gfp5Add(b, c)));
        expect(gfp5Mul(gfp5Mul(a, b), c)).toEqual(gfp5Mul(a, gfp5Mul(b, c)));
        expect(gfp5Mul(a, gfp5Add(b, c))).toEqual(gfp5Add(gfp5Mul(a, b), gfp5Mul(a, c)));
      }),
      runs,
    );
  });
  it('identities, negation, subtraction, squaring', () => {
    fc.assert(
      fc.property(el, el, (a, b) => {
        expect(gfp5Mul(a, GFP5_ONE)).toEqual(a);
        expect(gfp5Add(a, GFP5_ZERO)).toEqual(a);
        expect(gfp5Add(a, gfp5Neg(a))).toEqual(GFP5_ZERO);
        expect(gfp5Add(gfp5Sub(a, b), b)).toEqual(a);
        expect(gfp5Square(a)).toEqual(gfp5Mul(a, a));
      }),
      runs,
    );
  });
  it('inverse', () => {
    fc.assert(
      fc.property(nonzero, (a) => {
        expect(gfp5Mul(a, gfp5Inv(a))).toEqual(GFP5_ONE);
      }),
      runs,
    );
  });
  it('Frobenius is a ring homomorphism of order 5', () => {
    fc.assert(
      fc.property(el, el, (a, b) => {
        expect(gfp5Frobenius(gfp5Mul(a, b))).toEqual(gfp5Mul(gfp5Frobenius(a), gfp5Frobenius(b)));
        let x = a;
        for (let i = 0; i < 5; i++) x = gfp5Frobenius(x);
        expect(x).toEqual(a);
      }),
      runs,
    );
  });
  it('canonical sqrt of squares; legendre of squares is 1', () => {
    fc.assert(
      fc.property(nonzero, (a) => {
        const sq = gfp5Square(a);
        expect(gfp5Legendre(sq)).toBe(1n);
        const r = gfp5CanonicalSqrt(sq)!;
        expect(gfp5Square(r)).toEqual(sq);
        expect(r[0] % 2n).toBe(r[0] === 0n ? 0n : 1n); // Sgn0 false unless limb 0 is 0
      }),
      { numRuns: 50 },
    );
  });
  it('40-byte round trip, and non-canonical limbs reduce', () => {
    fc.assert(
      fc.property(el, (a) => {
        expect(gfp5FromLeBytes(gfp5ToLeBytes(a))).toEqual(a);
      }),
      runs,
    );
    const raw = new Uint8Array(40).fill(0xff);
    expect(gfp5FromLeBytes(raw)).toEqual(
      gfp5([0xffffffffn - 1n, 0xffffffffn - 1n, 0xfffffffen, 0xfffffffen, 0xfffffffen]),
    );
  });
});
