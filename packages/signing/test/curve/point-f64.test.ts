// Edge cases of the float64 group law that random scalars never hit: P + P, P + (−P), ∞ + P.
import { describe, expect, it } from 'vitest';
import { f64FromGfp5 } from '../../src/field/fp5-f64.js';
import { GENERATOR, encodePoint, jacobianAdd, jacobianDouble, toJacobian } from '../../src/curve/point.js';
import {
  f64AddAffine,
  f64Double,
  f64EncodeJacobian,
  f64IsInfinity,
  f64SetInfinity,
  f64ToJacobian,
} from '../../src/curve/point-f64.js';

function affineG(): Float64Array {
  const g = new Float64Array(20);
  f64FromGfp5(g, 0, GENERATOR.x);
  f64FromGfp5(g, 10, GENERATOR.y);
  return g;
}

describe('float64 group law edge cases', () => {
  const G = toJacobian(GENERATOR);
  const g = affineG();

  it('∞ + G = G and ∞ − G = −G', () => {
    const acc = new Float64Array(30);
    f64SetInfinity(acc, 0);
    expect(f64IsInfinity(acc, 0)).toBe(true);
    f64AddAffine(acc, 0, g, 0, false);
    expect(f64EncodeJacobian(acc, 0)).toEqual([4n, 0n, 0n, 0n, 0n]);
    f64SetInfinity(acc, 0);
    f64AddAffine(acc, 0, g, 0, true);
    expect(f64EncodeJacobian(acc, 0)).toEqual([0xffffffff00000001n - 4n, 0n, 0n, 0n, 0n]);
  });

  it('G + G doubles, and matches the BigInt formulas', () => {
    const acc = new Float64Array(30);
    f64SetInfinity(acc, 0);
    f64AddAffine(acc, 0, g, 0, false);
    f64AddAffine(acc, 0, g, 0, false);
    const twoG = encodePoint(jacobianDouble(G));
    expect(f64EncodeJacobian(acc, 0)).toEqual(twoG);
    expect(encodePoint(f64ToJacobian(acc, 0))).toEqual(twoG);
    // 2G doubled again = 4G = 2G + 2G (BigInt general addition)
    f64Double(acc, 0);
    const twoGJ = jacobianDouble(G);
    expect(f64EncodeJacobian(acc, 0)).toEqual(encodePoint(jacobianAdd(twoGJ, twoGJ)));
  });

  it('G + (−G) = ∞, and doubling ∞ stays ∞', () => {
    const acc = new Float64Array(30);
    f64SetInfinity(acc, 0);
    f64AddAffine(acc, 0, g, 0, false);
    f64AddAffine(acc, 0, g, 0, true);
    expect(f64IsInfinity(acc, 0)).toBe(true);
    f64Double(acc, 0);
    expect(f64IsInfinity(acc, 0)).toBe(true);
    expect(f64EncodeJacobian(acc, 0)).toEqual([0n, 0n, 0n, 0n, 0n]);
  });
});
