/**
 * Quintic extension GF(p^5) = Fp[X]/(X^5 − 3) over Goldilocks (docs/protocol/signing.md#quintic-extension).
 *
 * An element is `[c0, c1, c2, c3, c4]` (coefficient of X^i), limbs canonical (< p) at every
 * module boundary.
 */
import { fpInv, fpLegendre, fpReduce, fpSqrt, GOLDILOCKS_P } from './goldilocks.js';

/** A GF(p^5) element: five canonical Goldilocks limbs, coefficient of X^0 first. */
export type Gfp5 = readonly [bigint, bigint, bigint, bigint, bigint];

const P = GOLDILOCKS_P;
// X^5 = W (docs/protocol/signing.md#quintic-extension, FP5_W = 3).
const W = 3n;
// DTH_ROOT = 3^((p−1)/5) (fixtures/signing/crypto-constants.json gfp5.dth_root).
const DTH_ROOT = 1041288259238279555n;

/** The zero element. */
export const GFP5_ZERO: Gfp5 = [0n, 0n, 0n, 0n, 0n];
/** The one element. */
export const GFP5_ONE: Gfp5 = [1n, 0n, 0n, 0n, 0n];

/**
 * Builds a Gfp5 from any five integers, reducing each limb mod p.
 * @example gfp5([1n, 2n, 3n, 4n, 5n])
 * @throws {RangeError} when not given exactly five limbs
 */
export function gfp5(limbs: readonly (bigint | number | string)[]): Gfp5 {
  if (limbs.length !== 5) throw new RangeError(`Gfp5 needs 5 limbs, got ${limbs.length}`);
  return [
    fpReduce(BigInt(limbs[0]!)),
    fpReduce(BigInt(limbs[1]!)),
    fpReduce(BigInt(limbs[2]!)),
    fpReduce(BigInt(limbs[3]!)),
    fpReduce(BigInt(limbs[4]!)),
  ];
}

/** True when every limb is zero. */
export function gfp5IsZero(a: Gfp5): boolean {
  return a[0] === 0n && a[1] === 0n && a[2] === 0n && a[3] === 0n && a[4] === 0n;
}

/**
 * Limb-wise equality of canonical elements.
 * @example gfp5Equals(gfp5([1, 0, 0, 0, 0]), GFP5_ONE) // true
 * @throws never
 */
export function gfp5Equals(a: Gfp5, b: Gfp5): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[4] === b[4];
}

function addFp(x: bigint, y: bigint): bigint {
  const r = x + y;
  return r >= P ? r - P : r;
}
function subFp(x: bigint, y: bigint): bigint {
  const r = x - y;
  return r < 0n ? r + P : r;
}

/**
 * a + b for canonical a, b.
 * @example gfp5Add(GFP5_ONE, GFP5_ONE) // [2n, 0n, 0n, 0n, 0n]
 * @throws never
 */
export function gfp5Add(a: Gfp5, b: Gfp5): Gfp5 {
  return [addFp(a[0], b[0]), addFp(a[1], b[1]), addFp(a[2], b[2]), addFp(a[3], b[3]), addFp(a[4], b[4])];
}

/**
 * a − b for canonical a, b.
 * @example gfp5Sub(GFP5_ZERO, GFP5_ONE) // [p − 1, 0n, 0n, 0n, 0n]
 * @throws never
 */
export function gfp5Sub(a: Gfp5, b: Gfp5): Gfp5 {
  return [subFp(a[0], b[0]), subFp(a[1], b[1]), subFp(a[2], b[2]), subFp(a[3], b[3]), subFp(a[4], b[4])];
}

/** −a. */
export function gfp5Neg(a: Gfp5): Gfp5 {
  return gfp5Sub(GFP5_ZERO, a);
}

/**
 * a · b, schoolbook with X^5 = 3 (docs/protocol/signing.md#quintic-extension). Each output limb is accumulated
 * as an unreduced integer and reduced once, which is cheaper than reducing every product.
 * @example gfp5Mul(GFP5_ONE, x) // x
 * @throws never
 */
export function gfp5Mul(a: Gfp5, b: Gfp5): Gfp5 {
  const [a0, a1, a2, a3, a4] = a;
  const [b0, b1, b2, b3, b4] = b;
  const c0 = a0 * b0 + W * (a1 * b4 + a2 * b3 + a3 * b2 + a4 * b1);
  const c1 = a0 * b1 + a1 * b0 + W * (a2 * b4 + a3 * b3 + a4 * b2);
  const c2 = a0 * b2 + a1 * b1 + a2 * b0 + W * (a3 * b4 + a4 * b3);
  const c3 = a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0 + W * (a4 * b4);
  const c4 = a0 * b4 + a1 * b3 + a2 * b2 + a3 * b1 + a4 * b0;
  return [c0 % P, c1 % P, c2 % P, c3 % P, c4 % P];
}

/** a², using the symmetric products (15 multiplications instead of 25). */
export function gfp5Square(a: Gfp5): Gfp5 {
  const [a0, a1, a2, a3, a4] = a;
  const c0 = a0 * a0 + 2n * W * (a1 * a4 + a2 * a3);
  const c1 = 2n * a0 * a1 + W * (2n * a2 * a4 + a3 * a3);
  const c2 = 2n * a0 * a2 + a1 * a1 + 2n * W * (a3 * a4);
  const c3 = 2n * (a0 * a3 + a1 * a2) + W * (a4 * a4);
  const c4 = 2n * (a0 * a4 + a1 * a3) + a2 * a2;
  return [c0 % P, c1 % P, c2 % P, c3 % P, c4 % P];
}

/** a · s for a base-field scalar s. */
export function gfp5MulScalar(a: Gfp5, s: bigint): Gfp5 {
  const k = fpReduce(s);
  return [(a[0] * k) % P, (a[1] * k) % P, (a[2] * k) % P, (a[3] * k) % P, (a[4] * k) % P];
}

const FROBENIUS_POWERS: readonly (readonly bigint[])[] = (() => {
  const rows: bigint[][] = [];
  let z = 1n; // DTH_ROOT^c for c = 0..4
  for (let c = 0; c < 5; c++) {
    const row: bigint[] = [1n];
    for (let i = 1; i < 5; i++) row.push((row[i - 1]! * z) % P);
    rows.push(row);
    z = (z * DTH_ROOT) % P;
  }
  return rows;
})();

/**
 * Repeated Frobenius φ^count(a): limb i is multiplied by DTH_ROOT^(count·i)
 * (docs/protocol/signing.md#quintic-extension, `RepeatedFrobenius`).
 * @example gfp5Frobenius(a, 5) // a
 * @throws never
 */
export function gfp5Frobenius(a: Gfp5, count = 1): Gfp5 {
  const row = FROBENIUS_POWERS[((count % 5) + 5) % 5]!;
  return [a[0], (a[1] * row[1]!) % P, (a[2] * row[2]!) % P, (a[3] * row[3]!) % P, (a[4] * row[4]!) % P];
}

/** φ(a)·φ²(a)·φ³(a)·φ⁴(a): the product of the non-trivial conjugates (shared by inv and norm). */
function conjugateProduct(a: Gfp5): Gfp5 {
  const d = gfp5Frobenius(a, 1);
  const e = gfp5Mul(d, gfp5Frobenius(d, 1));
  return gfp5Mul(e, gfp5Frobenius(e, 2));
}

/** Limb 0 of a·f; for f = conjugateProduct(a) this is the norm N(a) ∈ Fp. */
function mulLimb0(a: Gfp5, f: Gfp5): bigint {
  return (a[0] * f[0] + W * (a[1] * f[4] + a[2] * f[3] + a[3] * f[2] + a[4] * f[1])) % P;
}

/** The field norm N(a) = a·φ(a)·…·φ⁴(a) ∈ Fp. */
export function gfp5Norm(a: Gfp5): bigint {
  return mulLimb0(a, conjugateProduct(a));
}

/**
 * a⁻¹, with 0 mapping to 0 (docs/protocol/signing.md#quintic-extension, `InverseOrZero`).
 * @example gfp5Mul(x, gfp5Inv(x)) // GFP5_ONE for x ≠ 0
 * @throws never
 */
export function gfp5Inv(a: Gfp5): Gfp5 {
  const f = conjugateProduct(a);
  const g = mulLimb0(a, f);
  return gfp5MulScalar(f, fpInv(g));
}

/**
 * Legendre symbol N(a)^((p−1)/2): 1 for a nonzero square, p − 1 for a non-square, 0 for 0
 * (docs/protocol/signing.md#quintic-extension).
 * @example gfp5Legendre(gfp5Square(x)) // 1n for x ≠ 0
 * @throws never
 */
export function gfp5Legendre(a: Gfp5): bigint {
  return fpLegendre(gfp5Norm(a));
}

/**
 * A square root of a, or `undefined` if a is not a square. Uses sqrt(a) = sqrt(N(a)) / e with
 * e = a^((p+1)/2 · (p + p^3)), so that a·e² = N(a) ∈ Fp (docs/protocol/signing.md#quintic-extension, `Sqrt`).
 * @throws never
 */
export function gfp5Sqrt(a: Gfp5): Gfp5 | undefined {
  if (gfp5IsZero(a)) return GFP5_ZERO;
  // d = a^((p+1)/2) = a · a^(2^63) / a^(2^31).
  let v = a;
  for (let i = 0; i < 31; i++) v = gfp5Square(v);
  let v32 = v;
  for (let i = 0; i < 32; i++) v32 = gfp5Square(v32);
  const d = gfp5Mul(gfp5Mul(a, v32), gfp5Inv(v));
  const e = gfp5Frobenius(gfp5Mul(d, gfp5Frobenius(d, 2)), 1);
  const f = gfp5Square(e);
  const g = mulLimb0(a, f);
  const s = fpSqrt(g);
  if (s === undefined) return undefined;
  return gfp5MulScalar(gfp5Inv(e), s);
}

/** Go's `Sgn0` as written: true iff canonical limb 0 is even (docs/protocol/signing.md#quintic-extension). */
export function gfp5Sgn0(a: Gfp5): boolean {
  return (a[0] & 1n) === 0n;
}

/**
 * The canonical square root: the root whose `Sgn0` is false (docs/protocol/signing.md#quintic-extension,
 * `CanonicalSqrt`), or `undefined` for a non-square.
 * @example gfp5CanonicalSqrt(gfp5Square(gfp5([1, 2, 3, 4, 5]))) // [1n, 2n, 3n, 4n, 5n]
 * @throws never
 */
export function gfp5CanonicalSqrt(a: Gfp5): Gfp5 | undefined {
  const r = gfp5Sqrt(a);
  if (r === undefined) return undefined;
  return gfp5Sgn0(r) ? gfp5Neg(r) : r;
}

/**
 * 40 bytes: five 8-byte little-endian limbs, limb 0 first (docs/protocol/signing.md#quintic-extension).
 * @example gfp5ToLeBytes(GFP5_ONE) // 01 00 … 00
 * @throws never
 */
export function gfp5ToLeBytes(x: Gfp5): Uint8Array {
  const out = new Uint8Array(40);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 5; i++) view.setBigUint64(i * 8, fpReduce(x[i]!), true);
  return out;
}

/**
 * Reads 40 bytes as five little-endian limbs. Limbs ≥ p are reduced mod p, matching Go's
 * arithmetic on non-canonical values (docs/protocol/signing.md#quintic-extension).
 * @example gfp5FromLeBytes(gfp5ToLeBytes(x)) // x
 * @throws {RangeError} when `bytes` is not exactly 40 bytes
 */
export function gfp5FromLeBytes(bytes: Uint8Array): Gfp5 {
  if (!(bytes instanceof Uint8Array) || bytes.length !== 40) {
    throw new RangeError(`a GF(p^5) element is 40 bytes, got ${bytes?.length}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, 40);
  return [
    fpReduce(view.getBigUint64(0, true)),
    fpReduce(view.getBigUint64(8, true)),
    fpReduce(view.getBigUint64(16, true)),
    fpReduce(view.getBigUint64(24, true)),
    fpReduce(view.getBigUint64(32, true)),
  ];
}
