import { describe, expect, it } from 'vitest';
import {
  gfp5,
  gfp5CanonicalSqrt,
  gfp5Frobenius,
  gfp5FromLeBytes,
  gfp5Inv,
  gfp5Legendre,
  gfp5Mul,
  gfp5Square,
  gfp5Sqrt,
  gfp5ToLeBytes,
} from '../../src/field/gfp5.js';
import { limbs, vectors } from '../schnorr/vectors.js';

const v = vectors.primitives.gfp5;
const a = limbs(v.a);
const b = limbs(v.b);

describe('GF(p^5) vectors (docs/protocol/signing.md#quintic-extension)', () => {
  it('mul, square, inv', () => {
    expect(gfp5Mul(a, b)).toEqual(limbs(v.a_mul_b));
    expect(gfp5Square(a)).toEqual(limbs(v.a_square));
    expect(gfp5Inv(a)).toEqual(limbs(v.a_inv));
    expect(gfp5Inv(b)).toEqual(limbs(v.b_inv));
    expect(gfp5Inv(gfp5([0, 0, 0, 0, 0]))).toEqual([0n, 0n, 0n, 0n, 0n]);
  });
  it('frobenius', () => {
    expect(gfp5Frobenius(a)).toEqual(limbs(v.frobenius_a));
    expect(gfp5Frobenius(a, 5)).toEqual(a);
  });
  it('canonical sqrt and legendre', () => {
    expect(gfp5CanonicalSqrt(gfp5Square(a))).toEqual(limbs(v.sqrt_of_a_square_canonical));
    expect(gfp5Legendre(a)).toBe(BigInt(v.legendre_a));
    expect(gfp5Legendre(b)).toBe(BigInt(v.legendre_b));
    expect(gfp5Sqrt(b)).toBeUndefined();
  });
  it('40-byte little-endian encoding', () => {
    const bytes = gfp5ToLeBytes(a);
    expect(bytes.length).toBe(40);
    expect(bytes[0]).toBe(1);
    expect(bytes[8]).toBe(2);
    expect(gfp5FromLeBytes(bytes)).toEqual(a);
    expect(() => gfp5FromLeBytes(new Uint8Array(39))).toThrow(RangeError);
  });
});
