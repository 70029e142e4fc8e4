/**
 * Scalar multiplication on ECgFp5. Any correct algorithm gives the same encoded result
 * (lighter-signing.md §5.1); these are chosen for speed:
 * - k·G: a lazily built fixed-base table of affine multiples d·2^(w·i)·G, summed with
 *   signed radix-2^w digits (no doublings at all);
 * - k·P: signed fixed-window double-and-add.
 */
import { type Gfp5, gfp5Inv, gfp5Mul, gfp5Square } from '../field/gfp5.js';
import {
  type AffinePoint,
  canonical,
  GENERATOR,
  JACOBIAN_INFINITY,
  type JacobianPoint,
  jacobianAdd,
  jacobianAddAffine,
  jacobianDouble,
  toJacobian,
} from './point.js';
import { f64FromGfp5 } from '../field/fp5-f64.js';
import { f64AddAffine, f64Double, f64SetInfinity, f64ToJacobian } from './point-f64.js';
import { ECGFP5_ORDER, scalarReduce } from './scalar.js';

/**
 * Signed radix-2^w digits of k (k ≥ 0), least significant first, each in [−2^(w−1), 2^(w−1)].
 * @example signedDigits(255n, 4, 3) // Int32Array [-1, 0, 1]
 * @throws never
 */
export function signedDigits(k: bigint, w: number, count: number): Int32Array {
  const out = new Int32Array(count);
  const mask = (1n << BigInt(w)) - 1n;
  const half = 1 << (w - 1);
  const full = 1 << w;
  const shift = BigInt(w);
  let carry = 0;
  for (let i = 0; i < count; i++) {
    let d = Number(k & mask) + carry;
    k >>= shift;
    carry = 0;
    if (d >= half) {
      d -= full;
      carry = 1;
    }
    out[i] = d;
  }
  return out;
}

/** Normalizes many Jacobian points with one inversion (Montgomery's trick). None may be infinity. */
export function batchToAffine(points: readonly JacobianPoint[]): AffinePoint[] {
  const n = points.length;
  if (n === 0) return [];
  const prefix: Gfp5[] = new Array<Gfp5>(n);
  let acc = points[0]!.z;
  prefix[0] = acc;
  for (let i = 1; i < n; i++) {
    acc = gfp5Mul(acc, points[i]!.z);
    prefix[i] = acc;
  }
  let inv = gfp5Inv(acc);
  const out: AffinePoint[] = new Array<AffinePoint>(n);
  for (let i = n - 1; i >= 0; i--) {
    const p = points[i]!;
    const zi = i === 0 ? inv : gfp5Mul(inv, prefix[i - 1]!);
    inv = gfp5Mul(inv, p.z);
    const zi2 = gfp5Square(zi);
    out[i] = { x: canonical(gfp5Mul(p.x, zi2)), y: canonical(gfp5Mul(p.y, gfp5Mul(zi2, zi))), infinity: false };
  }
  return out;
}

// Fixed-base window width. 8 bits: 41 windows × 128 entries = 5248 affine points (~2 MB),
// built once (~0.15-0.3 s) on first use; each k·G then costs ≤ 41 mixed additions. Measured:
// w = 7 is ~12% slower per signature, w = 9 gains ~5% for twice the memory and build time.
const FIXED_W = 8;
// 321 bits: scalars have 319 bits, plus one for the final carry of the signed recoding.
const FIXED_WINDOWS = Math.ceil(321 / FIXED_W);
const FIXED_HALF = 1 << (FIXED_W - 1);
// Affine entries packed as float64 limbs (20 doubles each): row i, entry j = (j+1)·2^(w·i)·G.
let fixedTable: Float64Array | undefined;
const ENTRY = 20;

function packAffine(out: Float64Array, offset: number, points: readonly AffinePoint[]): void {
  for (let j = 0; j < points.length; j++) {
    f64FromGfp5(out, offset + j * ENTRY, points[j]!.x);
    f64FromGfp5(out, offset + j * ENTRY + 10, points[j]!.y);
  }
}

function buildFixedTable(): Float64Array {
  const table = new Float64Array(FIXED_WINDOWS * FIXED_HALF * ENTRY);
  let base: JacobianPoint = toJacobian(GENERATOR);
  for (let i = 0; i < FIXED_WINDOWS; i++) {
    const jac: JacobianPoint[] = [base];
    for (let j = 1; j < FIXED_HALF; j++) jac.push(jacobianAdd(jac[j - 1]!, base));
    packAffine(table, i * FIXED_HALF * ENTRY, batchToAffine(jac));
    // next base = 2^w · base = 2 · (2^(w−1) · base)
    base = jacobianDouble(jac[FIXED_HALF - 1]!);
  }
  return table;
}

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
  const table = (fixedTable ??= buildFixedTable());
  const digits = signedDigits(scalarReduce(k), FIXED_W, FIXED_WINDOWS);
  f64SetInfinity(ACC, 0);
  for (let i = 0; i < FIXED_WINDOWS; i++) {
    const d = digits[i]!;
    if (d === 0) continue;
    f64AddAffine(ACC, 0, table, (i * FIXED_HALF + Math.abs(d) - 1) * ENTRY, d < 0);
  }
  return f64ToJacobian(ACC, 0);
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
  const jac: JacobianPoint[] = [toJacobian(p)];
  for (let j = 1; j < half; j++) jac.push(jacobianAddAffine(jac[j - 1]!, p));
  const table = new Float64Array(half * ENTRY);
  packAffine(table, 0, batchToAffine(jac));
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

/**
 * s·G + e·P (the Schnorr verification equation, lighter-signing.md §7); P may be given as its
 * {@link pointTable}.
 * @example mulAdd2(s, e, publicKeyPoint)
 * @throws never
 */
export function mulAdd2(s: bigint, e: bigint, p: AffinePoint | Float64Array): JacobianPoint {
  if (p instanceof Float64Array) return jacobianAdd(mulGenerator(s), mulPointTable(p, e));
  return jacobianAdd(mulGenerator(s), mulPoint(p, e));
}

export { ECGFP5_ORDER };
