/**
 * Scalar multiplication on ECgFp5. Any correct algorithm gives the same encoded result
 * (docs/protocol/signing.md#ecgfp5-curve); these are chosen for speed:
 * - k·G: a lazily built fixed-base table of affine multiples d·2^(w·i)·G, summed with
 *   signed radix-2^w digits (no doublings at all);
 * - k·P: signed fixed-window double-and-add.
 * The loops run on float64 limbs (curve/point-f64.ts); results come back as BigInt Jacobian
 * points. Module-level scratch buffers are safe because every function here is synchronous.
 */
import { type Gfp5, gfp5Inv } from '../field/gfp5.js';
import { type AffinePoint, GENERATOR, JACOBIAN_INFINITY, type JacobianPoint, jacobianAdd, toAffine } from './point.js';
import { f64Copy, f64FromGfp5, f64Mul, f64Sqr, f64ToGfp5 } from '../field/fp5-f64.js';
import { f64AddAffine, f64Double, f64EncodeJacobian, f64SetInfinity, f64ToJacobian } from './point-f64.js';
import { ECGFP5_ORDER, scalarReduce } from './scalar.js';

/**
 * Signed radix-2^w digits of k (k ≥ 0), least significant first, each in [−2^(w−1), 2^(w−1)].
 * @example signedDigits(255n, 4, 3) // Int32Array [-1, 0, 1]
 * @throws never
 */
export function signedDigits(k: bigint, w: number, count: number): Int32Array {
  // Work on 32-bit words (numbers) rather than shifting a BigInt once per digit.
  const words = new Uint32Array(Math.ceil((count * w) / 32) + 1);
  for (let i = 0; i < words.length && k > 0n; i++) {
    words[i] = Number(BigInt.asUintN(32, k));
    k >>= 32n;
  }
  const out = new Int32Array(count);
  const mask = (1 << w) - 1;
  const half = 1 << (w - 1);
  const full = 1 << w;
  let carry = 0;
  for (let i = 0; i < count; i++) {
    const bit = i * w;
    const word = bit >>> 5;
    const shift = bit & 31;
    // w ≤ 16, so the digit spans at most two words.
    let raw = words[word]! >>> shift;
    if (shift + w > 32) raw |= words[word + 1]! << (32 - shift);
    let d = (raw & mask) + carry;
    carry = 0;
    if (d >= half) {
      d -= full;
      carry = 1;
    }
    out[i] = d;
  }
  return out;
}

// Fixed-base window width. 8 bits: 41 windows × 128 entries = 5248 affine points (840 KB of
// float64 limbs), built once (~0.1-0.2 s) on first use; each k·G then costs ≤ 41 mixed
// additions. Measured (BigInt era): w = 7 was ~12% slower per signature, w = 9 gained ~5% for
// twice the memory and build time.
const FIXED_W = 8;
// 321 bits: scalars have 319 bits, plus one for the final carry of the signed recoding.
const FIXED_WINDOWS = Math.ceil(321 / FIXED_W);
const FIXED_HALF = 1 << (FIXED_W - 1);
// Affine entries packed as float64 limbs (20 doubles each): row i, entry j = (j+1)·2^(w·i)·G.
let fixedTable: Float64Array | undefined;
const ENTRY = 20;

/**
 * Writes the affine multiples 1·P … count·P (20 doubles each) into out[offset…], computed with
 * float64 mixed additions and normalized with one BigInt inversion (Montgomery's trick).
 * Returns (2·count)·P, for the next fixed-base row. None of the multiples is infinity because
 * count < n (prime order).
 */
function writeMultiples(out: Float64Array, offset: number, p: AffinePoint, count: number): AffinePoint {
  const jac = new Float64Array(count * 30);
  const base = new Float64Array(ENTRY);
  f64FromGfp5(base, 0, p.x);
  f64FromGfp5(base, 10, p.y);
  f64SetInfinity(jac, 0);
  f64AddAffine(jac, 0, base, 0, false);
  for (let j = 1; j < count; j++) {
    jac.copyWithin(j * 30, (j - 1) * 30, j * 30);
    f64AddAffine(jac, j * 30, base, 0, false);
  }
  // prefix[j] = Z_0 · … · Z_j
  const prefix = new Float64Array(count * 10);
  f64Copy(prefix, 0, jac, 20);
  for (let j = 1; j < count; j++) f64Mul(prefix, j * 10, prefix, (j - 1) * 10, jac, j * 30 + 20);
  const inv = new Float64Array(40);
  f64FromGfp5(inv, 0, gfp5Inv(f64ToGfp5(prefix, (count - 1) * 10)));
  for (let j = count - 1; j >= 0; j--) {
    // zi = 1/Z_j = inv · prefix[j−1]; then inv ← inv · Z_j = 1/(Z_0 ⋯ Z_{j−1})
    if (j > 0) f64Mul(inv, 10, inv, 0, prefix, (j - 1) * 10);
    else f64Copy(inv, 10, inv, 0);
    f64Mul(inv, 0, inv, 0, jac, j * 30 + 20);
    f64Sqr(inv, 20, inv, 10); // zi²
    f64Mul(out, offset + j * ENTRY, jac, j * 30, inv, 20);
    f64Mul(inv, 30, inv, 20, inv, 10); // zi³
    f64Mul(out, offset + j * ENTRY + 10, jac, j * 30 + 10, inv, 30);
  }
  f64Double(jac, (count - 1) * 30);
  return toAffine(f64ToJacobian(jac, (count - 1) * 30));
}

/**
 * Fixed-base table of P (the same layout as the generator's): 840 KB, ~0.1-0.2 s to build, after
 * which {@link mulFixedTable} costs ≤ 41 mixed additions and no doublings. Worth it only for a
 * point multiplied many times (the generator; a public key verifying many signatures).
 * @example const t = fixedWindowTable(publicKeyPoint)
 * @throws never
 */
export function fixedWindowTable(p: AffinePoint): Float64Array {
  const table = new Float64Array(FIXED_WINDOWS * FIXED_HALF * ENTRY);
  let base = p;
  for (let i = 0; i < FIXED_WINDOWS; i++) {
    // Row i: (j+1)·2^(w·i)·P; the next base is 2^w times this one.
    base = writeMultiples(table, i * FIXED_HALF * ENTRY, base, FIXED_HALF);
  }
  return table;
}

const buildFixedTable = (): Float64Array => fixedWindowTable(GENERATOR);

/**
 * Builds the fixed-base table now instead of on the first k·G (e.g. at startup).
 * @example precomputeGeneratorTable()
 * @throws never
 */
export function precomputeGeneratorTable(): void {
  fixedTable ??= buildFixedTable();
}

// Accumulator for the float64 loops (30 doubles = one Jacobian point).
const ACC = new Float64Array(30);

/**
 * k·G for the ECgFp5 generator, k taken mod n.
 * @example encodePoint(mulGenerator(1n)) // [4n, 0n, 0n, 0n, 0n]
 * @throws never
 */
export function mulGenerator(k: bigint): JacobianPoint {
  return mulFixedTable((fixedTable ??= buildFixedTable()), k);
}

/**
 * k·P from P's {@link fixedWindowTable}, k taken mod n.
 * @example mulFixedTable(fixedWindowTable(p), 7n)
 * @throws never
 */
export function mulFixedTable(table: Float64Array, k: bigint): JacobianPoint {
  accumulateFixed(table, k);
  return f64ToJacobian(ACC, 0);
}

// ACC ← k·P from P's fixed-base table.
function accumulateFixed(table: Float64Array, k: bigint): void {
  const digits = signedDigits(scalarReduce(k), FIXED_W, FIXED_WINDOWS);
  f64SetInfinity(ACC, 0);
  for (let i = 0; i < FIXED_WINDOWS; i++) {
    const d = digits[i]!;
    if (d === 0) continue;
    f64AddAffine(ACC, 0, table, (i * FIXED_HALF + Math.abs(d) - 1) * ENTRY, d < 0);
  }
}

/**
 * encode(k·G) (docs/protocol/signing.md#point-encoding), the whole computation on float64 limbs: what signing
 * and public-key derivation need.
 * @example encodeMulGenerator(1n) // [4n, 0n, 0n, 0n, 0n]
 * @throws never
 */
export function encodeMulGenerator(k: bigint): Gfp5 {
  accumulateFixed((fixedTable ??= buildFixedTable()), k);
  return f64EncodeJacobian(ACC, 0);
}

const VAR_W = 5;
const VAR_WINDOWS = Math.ceil(321 / VAR_W);

/**
 * Precomputes the affine multiples 1·P … 16·P used by {@link mulPointTable} (cache it when the
 * same point is multiplied repeatedly, e.g. one public key verifying many signatures).
 * @example const t = pointTable(publicKeyPoint)
 * @throws never
 */
export function pointTable(p: AffinePoint): Float64Array {
  const half = 1 << (VAR_W - 1);
  const table = new Float64Array(half * ENTRY);
  writeMultiples(table, 0, p, half);
  return table;
}

/**
 * k·P from P's {@link pointTable}, k taken mod n (signed 5-bit fixed window).
 * @example mulPointTable(pointTable(p), 7n)
 * @throws never
 */
export function mulPointTable(table: Float64Array, k: bigint): JacobianPoint {
  const digits = signedDigits(scalarReduce(k), VAR_W, VAR_WINDOWS);
  f64SetInfinity(ACC, 0);
  for (let i = VAR_WINDOWS - 1; i >= 0; i--) {
    for (let s = 0; s < VAR_W; s++) f64Double(ACC, 0);
    const d = digits[i]!;
    if (d === 0) continue;
    f64AddAffine(ACC, 0, table, (Math.abs(d) - 1) * ENTRY, d < 0);
  }
  return f64ToJacobian(ACC, 0);
}

/**
 * k·P for an arbitrary point, k taken mod n.
 * @example mulPoint(GENERATOR, 2n)
 * @throws never
 */
export function mulPoint(p: AffinePoint, k: bigint): JacobianPoint {
  if (p.infinity) return JACOBIAN_INFINITY;
  return mulPointTable(pointTable(p), k);
}

/** A point's precomputed multiples: a 16-entry window table or a full fixed-base table. */
export type PointPrecomputation =
  | { readonly kind: 'window'; readonly table: Float64Array }
  | { readonly kind: 'fixed'; readonly table: Float64Array };

/**
 * s·G + e·P (the Schnorr verification equation, docs/protocol/signing.md#schnorr-signatures); P may be given as a
 * precomputation ({@link pointTable} or {@link fixedWindowTable}).
 * @example mulAdd2(s, e, publicKeyPoint)
 * @throws never
 */
export function mulAdd2(s: bigint, e: bigint, p: AffinePoint | PointPrecomputation): JacobianPoint {
  const sG = mulGenerator(s);
  if ('kind' in p) return jacobianAdd(sG, p.kind === 'fixed' ? mulFixedTable(p.table, e) : mulPointTable(p.table, e));
  return jacobianAdd(sG, mulPoint(p, e));
}

export { ECGFP5_ORDER };
