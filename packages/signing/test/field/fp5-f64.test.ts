// The float64 GF(p^5) kernels must agree with the BigInt reference bit for bit, including at
// the reduction edges (limbs 0, 1, p − 1, 2^32 ± 1, p − 2^32).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { f64Add, f64FromGfp5, f64Mul, f64MulSmall, f64Sqr, f64Sub, f64ToGfp5 } from '../../src/field/fp5-f64.js';
import { type Gfp5, gfp5, gfp5Add, gfp5Mul, gfp5MulScalar, gfp5Square, gfp5Sub } from '../../src/field/gfp5.js';
import { GOLDILOCKS_P } from '../../src/field/goldilocks.js';

const P = GOLDILOCKS_P;
const fp = fc.oneof(
  fc.bigInt({ min: 0n, max: P - 1n }),
  fc.constantFrom(0n, 1n, 2n, 3n, P - 1n, P - 2n, P - 3n, 0xffffffffn, 0x100000000n, 0x100000001n, P - 0x100000000n),
);
const el = fc.tuple(fp, fp, fp, fp, fp).map((t) => gfp5(t));

function viaF64(op: (d: Float64Array, a: Float64Array, b: Float64Array) => void, a: Gfp5, b: Gfp5): Gfp5 {
  const buf = new Float64Array(30);
  f64FromGfp5(buf, 10, a);
  f64FromGfp5(buf, 20, b);
  op(buf, buf.subarray(10, 20), buf.subarray(20, 30));
  return f64ToGfp5(buf, 0);
}

describe('float64 GF(p^5) kernels match the BigInt reference', () => {
  it('mul, add, sub, small multiples', () => {
    fc.assert(
      fc.property(el, el, fc.integer({ min: -8, max: 8 }), (a, b, k) => {
        expect(viaF64((d, x, y) => f64Mul(d, 0, x, 0, y, 0), a, b)).toEqual(gfp5Mul(a, b));
        expect(viaF64((d, x, y) => f64Add(d, 0, x, 0, y, 0), a, b)).toEqual(gfp5Add(a, b));
        expect(viaF64((d, x, y) => f64Sub(d, 0, x, 0, y, 0), a, b)).toEqual(gfp5Sub(a, b));
        expect(viaF64((d, x) => f64MulSmall(d, 0, x, 0, k), a, b)).toEqual(gfp5MulScalar(a, BigInt(k)));
      }),
      { numRuns: 3000 },
    );
  });
  it('all-maximal limbs (largest column sums)', () => {
    const m = gfp5([P - 1n, P - 1n, P - 1n, P - 1n, P - 1n]);
    expect(viaF64((d, x, y) => f64Mul(d, 0, x, 0, y, 0), m, m)).toEqual(gfp5Mul(m, m));
    const h = gfp5([
      0xffffffffn << 32n,
      0xffffffffn << 32n,
      0xffffffffn << 32n,
      0xffffffffn << 32n,
      0xffffffffn << 32n,
    ]);
    expect(viaF64((d, x, y) => f64Mul(d, 0, x, 0, y, 0), h, m)).toEqual(gfp5Mul(h, m));
  });
  it('aliasing: d = a · a in place', () => {
    fc.assert(
      fc.property(el, (a) => {
        const buf = new Float64Array(10);
        f64FromGfp5(buf, 0, a);
        f64Mul(buf, 0, buf, 0, buf, 0);
        expect(f64ToGfp5(buf, 0)).toEqual(gfp5Mul(a, a));
      }),
      { numRuns: 500 },
    );
  });
});

describe('float64 squaring', () => {
  it('matches the BigInt square, in place and out of place', () => {
    fc.assert(
      fc.property(el, (a) => {
        const buf = new Float64Array(20);
        f64FromGfp5(buf, 10, a);
        f64Sqr(buf, 0, buf, 10);
        expect(f64ToGfp5(buf, 0)).toEqual(gfp5Square(a));
        f64Sqr(buf, 10, buf, 10);
        expect(f64ToGfp5(buf, 10)).toEqual(gfp5Square(a));
      }),
      { numRuns: 3000 },
    );
    const m = gfp5([P - 1n, P - 1n, P - 1n, P - 1n, P - 1n]);
    const buf = new Float64Array(10);
    f64FromGfp5(buf, 0, m);
    f64Sqr(buf, 0, buf, 0);
    expect(f64ToGfp5(buf, 0)).toEqual(gfp5Square(m));
  });
});

describe('float64 inversion', () => {
  it('matches the BigInt inverse (0 ↦ 0)', async () => {
    const { f64Inv } = await import('../../src/field/fp5-f64-inv.js');
    const { gfp5Inv } = await import('../../src/field/gfp5.js');
    fc.assert(
      fc.property(el, (a) => {
        const buf = new Float64Array(20);
        f64FromGfp5(buf, 0, a);
        f64Inv(buf, 10, buf, 0);
        expect(f64ToGfp5(buf, 10)).toEqual(gfp5Inv(a));
        f64Inv(buf, 0, buf, 0);
        expect(f64ToGfp5(buf, 0)).toEqual(gfp5Inv(a));
      }),
      { numRuns: 500 },
    );
    const z = new Float64Array(10);
    f64Inv(z, 0, z, 0);
    expect(f64ToGfp5(z, 0)).toEqual([0n, 0n, 0n, 0n, 0n]);
  });
});
