/**
 * GF(p^5) arithmetic on float64 limbs, for the hot loops of scalar multiplication.
 *
 * BigInt arithmetic allocates on every operation; here an element is ten doubles in a
 * Float64Array, `[lo0, hi0, lo1, hi1, …]` (32-bit halves of the five canonical limbs), and a
 * product is formed from exact 32×16-bit partial products (< 2^50) accumulated in doubles
 * (< 2^53) and then reduced mod p = 2^64 − 2^32 + 1 using 2^64 ≡ 2^32 − 1 and 2^96 ≡ −1.
 * Results are canonical. The multiplication body is generated (scripts in the PR history):
 * it is a plain schoolbook product with X^5 = 3 (docs/protocol/signing.md#quintic-extension), unrolled.
 */
import type { Gfp5 } from './gfp5.js';

const TWO16 = 65536;
const TWO32 = 4294967296;
const INV16 = 1 / 65536;
const INV32 = 1 / 4294967296;
const MAX32 = 4294967295;

/** Ten doubles per element: [lo0, hi0, …, lo4, hi4]. */
export type F64Buffer = Float64Array;

// Doubles passed as arguments to a non-inlined call are boxed (heap-allocated) by V8, so the
// hot helpers exchange values through Float64Arrays instead of parameters.

/**
 * Reduces the element half-pair at d[di], d[di+1] in place: on entry lo + hi·2^32 with any
 * integers |lo|, |hi| < 2^52; on exit the canonical value mod p as (lo, hi) 32-bit halves.
 * @throws never
 */
export function normInPlace(d: F64Buffer, di: number): void {
  let lo = d[di]!;
  let hi = d[di + 1]!;
  let q = Math.floor(lo * INV32);
  lo -= q * TWO32;
  hi += q;
  q = Math.floor(hi * INV32);
  if (q !== 0) {
    // q·2^64 ≡ q·(2^32 − 1)
    hi += q - q * TWO32;
    lo -= q;
    q = Math.floor(lo * INV32);
    lo -= q * TWO32;
    hi += q;
    q = Math.floor(hi * INV32);
    if (q !== 0) {
      hi += q - q * TWO32;
      lo -= q;
      q = Math.floor(lo * INV32);
      lo -= q * TWO32;
      hi += q;
    }
  }
  if (hi === MAX32 && lo >= 1) {
    hi = 0;
    lo -= 1;
  }
  d[di] = lo;
  d[di + 1] = hi;
}

/** Column scratch for {@link reduceColumns}: six values, each < 2^53, weights 2^(16m). */
export const COLS = new Float64Array(6);

/**
 * Reduces Σ COLS[m]·2^(16m) (|·| < 2^133, each |COLS[m]| < 2^52) mod p into d[di], d[di+1].
 * With `lazy`, the result is only partially normalized: a congruent pair with
 * |lo|, |hi| < 2^33. Such a pair may be the `a` operand of another product (its partial
 * products stay < 2^50) but must go through normInPlace before being split as a `b` operand.
 */
export function reduceColumns(d: F64Buffer, di: number, lazy = false): void {
  // Split the odd columns at 16 bits so everything regroups on 32-bit boundaries:
  // value = L0 + L1·2^32 + L2·2^64 + L3·2^96, with 2^64 ≡ 2^32 − 1 and 2^96 ≡ −1.
  const c1 = COLS[1]!;
  const c3 = COLS[3]!;
  const c5 = COLS[5]!;
  const c1h = Math.floor(c1 * INV16);
  const c3h = Math.floor(c3 * INV16);
  const c5h = Math.floor(c5 * INV16);
  const l0 = COLS[0]! + (c1 - c1h * TWO16) * TWO16;
  const l1 = c1h + COLS[2]! + (c3 - c3h * TWO16) * TWO16;
  const l2 = c3h + COLS[4]! + (c5 - c5h * TWO16) * TWO16;
  // L1 ≤ 2^52.7 in the GF(p^5) product, so fold its top before adding L2 (keeps hi < 2^53):
  // q·2^64 ≡ q·2^32 − q.
  const q1 = Math.floor(l1 * INV32);
  let lo = l0 - l2 - c5h - q1;
  let hi = l1 - q1 * TWO32 + q1 + l2;
  if (lazy) {
    let q = Math.floor(lo * INV32);
    lo -= q * TWO32;
    hi += q;
    q = Math.floor(hi * INV32);
    hi += q - q * TWO32;
    lo -= q;
    d[di] = lo;
    d[di + 1] = hi;
    return;
  }
  d[di] = lo;
  d[di + 1] = hi;
  normInPlace(d, di);
}

/**
 * d = a · b in GF(p^5) (d may alias a or b).
 * @throws never
 */
export function f64Mul(d: F64Buffer, di: number, a: F64Buffer, ai: number, b: F64Buffer, bi: number): void {
  const a0l = a[ai + 0]!;
  const a0h = a[ai + 1]!;
  const a1l = a[ai + 2]!;
  const a1h = a[ai + 3]!;
  const a2l = a[ai + 4]!;
  const a2h = a[ai + 5]!;
  const a3l = a[ai + 6]!;
  const a3h = a[ai + 7]!;
  const a4l = a[ai + 8]!;
  const a4h = a[ai + 9]!;
  const b0l = b[bi + 0]!;
  const b0h = b[bi + 1]!;
  const b00 = b0l & 0xffff;
  const b01 = b0l >>> 16;
  const b02 = b0h & 0xffff;
  const b03 = b0h >>> 16;
  const b1l = b[bi + 2]!;
  const b1h = b[bi + 3]!;
  const b10 = b1l & 0xffff;
  const b11 = b1l >>> 16;
  const b12 = b1h & 0xffff;
  const b13 = b1h >>> 16;
  const b2l = b[bi + 4]!;
  const b2h = b[bi + 5]!;
  const b20 = b2l & 0xffff;
  const b21 = b2l >>> 16;
  const b22 = b2h & 0xffff;
  const b23 = b2h >>> 16;
  const b3l = b[bi + 6]!;
  const b3h = b[bi + 7]!;
  const b30 = b3l & 0xffff;
  const b31 = b3l >>> 16;
  const b32 = b3h & 0xffff;
  const b33 = b3h >>> 16;
  const b4l = b[bi + 8]!;
  const b4h = b[bi + 9]!;
  const b40 = b4l & 0xffff;
  const b41 = b4l >>> 16;
  const b42 = b4h & 0xffff;
  const b43 = b4h >>> 16;
  const t10 = 3 * b10;
  const t11 = 3 * b11;
  const t12 = 3 * b12;
  const t13 = 3 * b13;
  const t20 = 3 * b20;
  const t21 = 3 * b21;
  const t22 = 3 * b22;
  const t23 = 3 * b23;
  const t30 = 3 * b30;
  const t31 = 3 * b31;
  const t32 = 3 * b32;
  const t33 = 3 * b33;
  const t40 = 3 * b40;
  const t41 = 3 * b41;
  const t42 = 3 * b42;
  const t43 = 3 * b43;
  COLS[0] = a0l * b00 + a1l * t40 + a2l * t30 + a3l * t20 + a4l * t10;
  COLS[1] = a0l * b01 + a1l * t41 + a2l * t31 + a3l * t21 + a4l * t11;
  COLS[2] =
    a0l * b02 +
    a0h * b00 +
    a1l * t42 +
    a1h * t40 +
    a2l * t32 +
    a2h * t30 +
    a3l * t22 +
    a3h * t20 +
    a4l * t12 +
    a4h * t10;
  COLS[3] =
    a0l * b03 +
    a0h * b01 +
    a1l * t43 +
    a1h * t41 +
    a2l * t33 +
    a2h * t31 +
    a3l * t23 +
    a3h * t21 +
    a4l * t13 +
    a4h * t11;
  COLS[4] = a0h * b02 + a1h * t42 + a2h * t32 + a3h * t22 + a4h * t12;
  COLS[5] = a0h * b03 + a1h * t43 + a2h * t33 + a3h * t23 + a4h * t13;
  reduceColumns(d, di + 0);
  COLS[0] = a0l * b10 + a1l * b00 + a2l * t40 + a3l * t30 + a4l * t20;
  COLS[1] = a0l * b11 + a1l * b01 + a2l * t41 + a3l * t31 + a4l * t21;
  COLS[2] =
    a0l * b12 +
    a0h * b10 +
    a1l * b02 +
    a1h * b00 +
    a2l * t42 +
    a2h * t40 +
    a3l * t32 +
    a3h * t30 +
    a4l * t22 +
    a4h * t20;
  COLS[3] =
    a0l * b13 +
    a0h * b11 +
    a1l * b03 +
    a1h * b01 +
    a2l * t43 +
    a2h * t41 +
    a3l * t33 +
    a3h * t31 +
    a4l * t23 +
    a4h * t21;
  COLS[4] = a0h * b12 + a1h * b02 + a2h * t42 + a3h * t32 + a4h * t22;
  COLS[5] = a0h * b13 + a1h * b03 + a2h * t43 + a3h * t33 + a4h * t23;
  reduceColumns(d, di + 2);
  COLS[0] = a0l * b20 + a1l * b10 + a2l * b00 + a3l * t40 + a4l * t30;
  COLS[1] = a0l * b21 + a1l * b11 + a2l * b01 + a3l * t41 + a4l * t31;
  COLS[2] =
    a0l * b22 +
    a0h * b20 +
    a1l * b12 +
    a1h * b10 +
    a2l * b02 +
    a2h * b00 +
    a3l * t42 +
    a3h * t40 +
    a4l * t32 +
    a4h * t30;
  COLS[3] =
    a0l * b23 +
    a0h * b21 +
    a1l * b13 +
    a1h * b11 +
    a2l * b03 +
    a2h * b01 +
    a3l * t43 +
    a3h * t41 +
    a4l * t33 +
    a4h * t31;
  COLS[4] = a0h * b22 + a1h * b12 + a2h * b02 + a3h * t42 + a4h * t32;
  COLS[5] = a0h * b23 + a1h * b13 + a2h * b03 + a3h * t43 + a4h * t33;
  reduceColumns(d, di + 4);
  COLS[0] = a0l * b30 + a1l * b20 + a2l * b10 + a3l * b00 + a4l * t40;
  COLS[1] = a0l * b31 + a1l * b21 + a2l * b11 + a3l * b01 + a4l * t41;
  COLS[2] =
    a0l * b32 +
    a0h * b30 +
    a1l * b22 +
    a1h * b20 +
    a2l * b12 +
    a2h * b10 +
    a3l * b02 +
    a3h * b00 +
    a4l * t42 +
    a4h * t40;
  COLS[3] =
    a0l * b33 +
    a0h * b31 +
    a1l * b23 +
    a1h * b21 +
    a2l * b13 +
    a2h * b11 +
    a3l * b03 +
    a3h * b01 +
    a4l * t43 +
    a4h * t41;
  COLS[4] = a0h * b32 + a1h * b22 + a2h * b12 + a3h * b02 + a4h * t42;
  COLS[5] = a0h * b33 + a1h * b23 + a2h * b13 + a3h * b03 + a4h * t43;
  reduceColumns(d, di + 6);
  COLS[0] = a0l * b40 + a1l * b30 + a2l * b20 + a3l * b10 + a4l * b00;
  COLS[1] = a0l * b41 + a1l * b31 + a2l * b21 + a3l * b11 + a4l * b01;
  COLS[2] =
    a0l * b42 +
    a0h * b40 +
    a1l * b32 +
    a1h * b30 +
    a2l * b22 +
    a2h * b20 +
    a3l * b12 +
    a3h * b10 +
    a4l * b02 +
    a4h * b00;
  COLS[3] =
    a0l * b43 +
    a0h * b41 +
    a1l * b33 +
    a1h * b31 +
    a2l * b23 +
    a2h * b21 +
    a3l * b13 +
    a3h * b11 +
    a4l * b03 +
    a4h * b01;
  COLS[4] = a0h * b42 + a1h * b32 + a2h * b22 + a3h * b12 + a4h * b02;
  COLS[5] = a0h * b43 + a1h * b33 + a2h * b23 + a3h * b13 + a4h * b03;
  reduceColumns(d, di + 8);
}

/**
 * d = a² in GF(p^5) (d may alias a): the 15 distinct limb products, cross terms doubled.
 * @throws never
 */
export function f64Sqr(d: F64Buffer, di: number, a: F64Buffer, ai: number): void {
  const a0l = a[ai + 0]!;
  const a0h = a[ai + 1]!;
  const a00 = a0l & 0xffff;
  const a01 = a0l >>> 16;
  const a02 = a0h & 0xffff;
  const a03 = a0h >>> 16;
  const a1l = a[ai + 2]!;
  const a1h = a[ai + 3]!;
  const a10 = a1l & 0xffff;
  const a11 = a1l >>> 16;
  const a12 = a1h & 0xffff;
  const a13 = a1h >>> 16;
  const a2l = a[ai + 4]!;
  const a2h = a[ai + 5]!;
  const a20 = a2l & 0xffff;
  const a21 = a2l >>> 16;
  const a22 = a2h & 0xffff;
  const a23 = a2h >>> 16;
  const a3l = a[ai + 6]!;
  const a3h = a[ai + 7]!;
  const a30 = a3l & 0xffff;
  const a31 = a3l >>> 16;
  const a32 = a3h & 0xffff;
  const a33 = a3h >>> 16;
  const a4l = a[ai + 8]!;
  const a4h = a[ai + 9]!;
  const a40 = a4l & 0xffff;
  const a41 = a4l >>> 16;
  const a42 = a4h & 0xffff;
  const a43 = a4h >>> 16;
  const s1x20 = 2 * a10;
  const s1x21 = 2 * a11;
  const s1x22 = 2 * a12;
  const s1x23 = 2 * a13;
  const s2x20 = 2 * a20;
  const s2x21 = 2 * a21;
  const s2x22 = 2 * a22;
  const s2x23 = 2 * a23;
  const s3x20 = 2 * a30;
  const s3x21 = 2 * a31;
  const s3x22 = 2 * a32;
  const s3x23 = 2 * a33;
  const s3x30 = 3 * a30;
  const s3x31 = 3 * a31;
  const s3x32 = 3 * a32;
  const s3x33 = 3 * a33;
  const s3x60 = 6 * a30;
  const s3x61 = 6 * a31;
  const s3x62 = 6 * a32;
  const s3x63 = 6 * a33;
  const s4x20 = 2 * a40;
  const s4x21 = 2 * a41;
  const s4x22 = 2 * a42;
  const s4x23 = 2 * a43;
  const s4x30 = 3 * a40;
  const s4x31 = 3 * a41;
  const s4x32 = 3 * a42;
  const s4x33 = 3 * a43;
  const s4x60 = 6 * a40;
  const s4x61 = 6 * a41;
  const s4x62 = 6 * a42;
  const s4x63 = 6 * a43;
  COLS[0] = a0l * a00 + a1l * s4x60 + a2l * s3x60;
  COLS[1] = a0l * a01 + a1l * s4x61 + a2l * s3x61;
  COLS[2] = a0l * a02 + a0h * a00 + a1l * s4x62 + a1h * s4x60 + a2l * s3x62 + a2h * s3x60;
  COLS[3] = a0l * a03 + a0h * a01 + a1l * s4x63 + a1h * s4x61 + a2l * s3x63 + a2h * s3x61;
  COLS[4] = a0h * a02 + a1h * s4x62 + a2h * s3x62;
  COLS[5] = a0h * a03 + a1h * s4x63 + a2h * s3x63;
  reduceColumns(d, di + 0);
  COLS[0] = a0l * s1x20 + a2l * s4x60 + a3l * s3x30;
  COLS[1] = a0l * s1x21 + a2l * s4x61 + a3l * s3x31;
  COLS[2] = a0l * s1x22 + a0h * s1x20 + a2l * s4x62 + a2h * s4x60 + a3l * s3x32 + a3h * s3x30;
  COLS[3] = a0l * s1x23 + a0h * s1x21 + a2l * s4x63 + a2h * s4x61 + a3l * s3x33 + a3h * s3x31;
  COLS[4] = a0h * s1x22 + a2h * s4x62 + a3h * s3x32;
  COLS[5] = a0h * s1x23 + a2h * s4x63 + a3h * s3x33;
  reduceColumns(d, di + 2);
  COLS[0] = a0l * s2x20 + a1l * a10 + a3l * s4x60;
  COLS[1] = a0l * s2x21 + a1l * a11 + a3l * s4x61;
  COLS[2] = a0l * s2x22 + a0h * s2x20 + a1l * a12 + a1h * a10 + a3l * s4x62 + a3h * s4x60;
  COLS[3] = a0l * s2x23 + a0h * s2x21 + a1l * a13 + a1h * a11 + a3l * s4x63 + a3h * s4x61;
  COLS[4] = a0h * s2x22 + a1h * a12 + a3h * s4x62;
  COLS[5] = a0h * s2x23 + a1h * a13 + a3h * s4x63;
  reduceColumns(d, di + 4);
  COLS[0] = a0l * s3x20 + a1l * s2x20 + a4l * s4x30;
  COLS[1] = a0l * s3x21 + a1l * s2x21 + a4l * s4x31;
  COLS[2] = a0l * s3x22 + a0h * s3x20 + a1l * s2x22 + a1h * s2x20 + a4l * s4x32 + a4h * s4x30;
  COLS[3] = a0l * s3x23 + a0h * s3x21 + a1l * s2x23 + a1h * s2x21 + a4l * s4x33 + a4h * s4x31;
  COLS[4] = a0h * s3x22 + a1h * s2x22 + a4h * s4x32;
  COLS[5] = a0h * s3x23 + a1h * s2x23 + a4h * s4x33;
  reduceColumns(d, di + 6);
  COLS[0] = a0l * s4x20 + a1l * s3x20 + a2l * a20;
  COLS[1] = a0l * s4x21 + a1l * s3x21 + a2l * a21;
  COLS[2] = a0l * s4x22 + a0h * s4x20 + a1l * s3x22 + a1h * s3x20 + a2l * a22 + a2h * a20;
  COLS[3] = a0l * s4x23 + a0h * s4x21 + a1l * s3x23 + a1h * s3x21 + a2l * a23 + a2h * a21;
  COLS[4] = a0h * s4x22 + a1h * s3x22 + a2h * a22;
  COLS[5] = a0h * s4x23 + a1h * s3x23 + a2h * a23;
  reduceColumns(d, di + 8);
}

/**
 * Base-field product: d[di..di+2) = a[ai..ai+2) · b[bi..bi+2) mod p (canonical halves in;
 * with `lazy`, a partially normalized result as in {@link reduceColumns}).
 * @throws never
 */
export function f64MulFp(
  d: F64Buffer,
  di: number,
  a: F64Buffer,
  ai: number,
  b: F64Buffer,
  bi: number,
  lazy = false,
): void {
  const al = a[ai]!;
  const ah = a[ai + 1]!;
  const bl = b[bi]!;
  const bh = b[bi + 1]!;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const b2 = bh & 0xffff;
  const b3 = bh >>> 16;
  COLS[0] = al * b0;
  COLS[1] = al * b1;
  COLS[2] = al * b2 + ah * b0;
  COLS[3] = al * b3 + ah * b1;
  COLS[4] = ah * b2;
  COLS[5] = ah * b3;
  reduceColumns(d, di, lazy);
}

/**
 * d = a + b (canonical inputs).
 * @throws never
 */
export function f64Add(d: F64Buffer, di: number, a: F64Buffer, ai: number, b: F64Buffer, bi: number): void {
  // Canonical inputs: the sum is < 2p < 2^65, so one conditional subtraction of p suffices.
  for (let i = 0; i < 10; i += 2) {
    let lo = a[ai + i]! + b[bi + i]!;
    let hi = a[ai + i + 1]! + b[bi + i + 1]!;
    if (lo >= TWO32) {
      lo -= TWO32;
      hi += 1;
    }
    if (hi >= TWO32) {
      // ≥ 2^64: subtract p = 2^64 − (2^32 − 1)
      hi -= TWO32;
      lo += MAX32;
      if (lo >= TWO32) {
        lo -= TWO32;
        hi += 1;
      }
    } else if (hi === MAX32 && lo >= 1) {
      // p ≤ sum < 2^64
      hi = 0;
      lo -= 1;
    }
    d[di + i] = lo;
    d[di + i + 1] = hi;
  }
}

/**
 * d = a − b (canonical inputs).
 * @throws never
 */
export function f64Sub(d: F64Buffer, di: number, a: F64Buffer, ai: number, b: F64Buffer, bi: number): void {
  // Canonical inputs: the difference is in (−p, p), so one conditional addition of p suffices.
  for (let i = 0; i < 10; i += 2) {
    let lo = a[ai + i]! - b[bi + i]!;
    let hi = a[ai + i + 1]! - b[bi + i + 1]!;
    if (lo < 0) {
      lo += TWO32;
      hi -= 1;
    }
    if (hi < 0) {
      // add p = 2^64 − 2^32 + 1
      hi += MAX32;
      lo += 1;
      if (lo === TWO32) {
        lo = 0;
        hi += 1;
      }
    }
    d[di + i] = lo;
    d[di + i + 1] = hi;
  }
}

/**
 * d = k · a for a small integer k (|k| ≤ 2^17).
 * @throws never
 */
export function f64MulSmall(d: F64Buffer, di: number, a: F64Buffer, ai: number, k: number): void {
  for (let i = 0; i < 10; i += 2) {
    d[di + i] = a[ai + i]! * k;
    d[di + i + 1] = a[ai + i + 1]! * k;
    normInPlace(d, di + i);
  }
}

/** True when all five limbs are zero (elements are canonical). */
export function f64IsZero(a: F64Buffer, ai: number): boolean {
  for (let i = 0; i < 10; i++) if (a[ai + i] !== 0) return false;
  return true;
}

/** Copies an element. */
export function f64Copy(d: F64Buffer, di: number, a: F64Buffer, ai: number): void {
  for (let i = 0; i < 10; i++) d[di + i] = a[ai + i]!;
}

/**
 * Stores a canonical BigInt element.
 * @throws never
 */
export function f64FromGfp5(d: F64Buffer, di: number, x: Gfp5): void {
  for (let i = 0; i < 5; i++) {
    const v = x[i]!;
    d[di + 2 * i] = Number(v & 0xffffffffn);
    d[di + 2 * i + 1] = Number(v >> 32n);
  }
}

/**
 * Reads an element back as BigInt limbs.
 * @throws never
 */
export function f64ToGfp5(a: F64Buffer, ai: number): Gfp5 {
  const limb = (i: number): bigint => (BigInt(a[ai + 2 * i + 1]!) << 32n) | BigInt(a[ai + 2 * i]!);
  return [limb(0), limb(1), limb(2), limb(3), limb(4)];
}
