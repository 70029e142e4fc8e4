/**
 * ECgFp5 group arithmetic in its short-Weierstrass view Y² = X³ + A·X + B over GF(p^5)
 * (docs/protocol/signing.md#curve-constants). The group has prime order n and no cofactor, and the Weierstrass
 * map sends the group neutral to the point at infinity, so textbook Jacobian formulas apply.
 * Encoding and decoding use the Weierstrass forms of docs/protocol/signing.md#point-encoding; they give the same 40-byte w as
 * Pornin's fractional (x, u) model.
 *
 * These BigInt formulas are the reference and serve the one-off steps (table construction,
 * encoding, final additions); the scalar-multiplication loops use the same formulas on float64
 * limbs (point-f64.ts). Not constant-time: JavaScript arithmetic cannot guarantee it.
 */
import {
  type Gfp5,
  GFP5_ONE,
  GFP5_ZERO,
  gfp5,
  gfp5Add,
  gfp5CanonicalSqrt,
  gfp5Inv,
  gfp5IsZero,
  gfp5Legendre,
  gfp5Mul,
  gfp5Neg,
  gfp5Square,
  gfp5Sub,
} from '../field/gfp5.js';
import { GOLDILOCKS_P } from '../field/goldilocks.js';

// Every intermediate stays canonical (< p < 2^64): V8 BigInts of one 64-bit digit are much
// faster than two-digit ones, so eager conditional reduction beats lazy reduction here
// (measured: lazy was ~25% slower).
const P = GOLDILOCKS_P;
const add = gfp5Add;
const sub = gfp5Sub;
const dbl = (a: Gfp5): Gfp5 => gfp5Add(a, a);
const mul = gfp5Mul;
const sqr = gfp5Square;
const isZero = gfp5IsZero;
const canon1 = (x: bigint): bigint => {
  const r = x % P;
  return r < 0n ? r + P : r;
};
/** Canonical limbs (in [0, p)) of a lazily reduced element. */
export const canonical = (a: Gfp5): Gfp5 => [canon1(a[0]), canon1(a[1]), canon1(a[2]), canon1(a[3]), canon1(a[4])];

/** Affine Weierstrass point; `infinity` marks the group neutral (x, y then unused). */
export interface AffinePoint {
  readonly x: Gfp5;
  readonly y: Gfp5;
  readonly infinity: boolean;
}

/** Jacobian coordinates (X/Z², Y/Z³); Z = 0 is the point at infinity. */
export interface JacobianPoint {
  readonly x: Gfp5;
  readonly y: Gfp5;
  readonly z: Gfp5;
}

// docs/protocol/signing.md#curve-constants: A = b − a²/3, B = 2a³/27 − ab/3 for the fractional a = 2, b = 263·X.
const CURVE_A = gfp5([6148914689804861439n, 263n, 0n, 0n, 0n]);
/** Weierstrass B (derived in docs/protocol/signing.md#curve-constants). */
export const CURVE_B = gfp5([15713893096167979237n, 6148914689804861265n, 0n, 0n, 0n]);
export { CURVE_A };
// Fractional-model a = 2 and b = 263·X, used by decoding (docs/protocol/signing.md#point-encoding).
const FRAC_A = gfp5([2n, 0n, 0n, 0n, 0n]);
const FRAC_B4 = gfp5([0n, 4n * 263n, 0n, 0n, 0n]);
// a/3 = 2/3 mod p (docs/protocol/signing.md#point-encoding).
/** a/3 = 2/3 mod p (docs/protocol/signing.md#point-encoding). */
export const A_THIRD = gfp5([6148914689804861441n, 0n, 0n, 0n, 0n]);
const INV2 = gfp5([9223372034707292161n, 0n, 0n, 0n, 0n]);

/** The generator G in Weierstrass coordinates (docs/protocol/signing.md#curve-constants, G_W). */
export const GENERATOR: AffinePoint = {
  x: gfp5([
    11712523173042564207n,
    14090224426659529053n,
    13197813503519687414n,
    16280770174934269299n,
    15998333998318935536n,
  ]),
  y: gfp5([
    14639054205878357578n,
    17426078571020221072n,
    2548978194165003307n,
    8663895577921260088n,
    9793640284382595140n,
  ]),
  infinity: false,
};

/** The neutral element in Jacobian form. */
export const JACOBIAN_INFINITY: JacobianPoint = { x: GFP5_ONE, y: GFP5_ONE, z: GFP5_ZERO };
const AFFINE_INFINITY: AffinePoint = { x: GFP5_ZERO, y: GFP5_ZERO, infinity: true };

/** Lifts an affine point to Jacobian coordinates. */
export function toJacobian(p: AffinePoint): JacobianPoint {
  return p.infinity ? JACOBIAN_INFINITY : { x: p.x, y: p.y, z: GFP5_ONE };
}

/** Converts to affine (one GF(p^5) inversion). */
export function toAffine(p: JacobianPoint): AffinePoint {
  if (isZero(p.z)) return AFFINE_INFINITY;
  const zi = gfp5Inv(p.z);
  const zi2 = sqr(zi);
  return { x: canonical(mul(p.x, zi2)), y: canonical(mul(p.y, mul(zi2, zi))), infinity: false };
}

/** True when (x, y) satisfies Y² = X³ + A·X + B (or is infinity). */
export function isOnCurve(p: AffinePoint): boolean {
  if (p.infinity) return true;
  const lhs = sqr(p.y);
  const rhs = add(mul(add(sqr(p.x), CURVE_A), p.x), CURVE_B);
  return isZero(sub(lhs, rhs));
}

/** −P. */
export function negateAffine(p: AffinePoint): AffinePoint {
  return p.infinity ? p : { x: p.x, y: gfp5Neg(p.y), infinity: false };
}

/** 2P (dbl-2007-bl with general A). The odd group order means no point has Y = 0. */
export function jacobianDouble(p: JacobianPoint): JacobianPoint {
  if (isZero(p.z)) return p;
  const xx = sqr(p.x);
  const yy = sqr(p.y);
  const yyyy = sqr(yy);
  const zz = sqr(p.z);
  const s = dbl(sub(sub(sqr(add(p.x, yy)), xx), yyyy));
  const m = add(add(dbl(xx), xx), mul(CURVE_A, sqr(zz)));
  const x3 = sub(sqr(m), dbl(s));
  const y3 = sub(mul(m, sub(s, x3)), dbl(dbl(dbl(yyyy))));
  const z3 = sub(sub(sqr(add(p.y, p.z)), yy), zz);
  return { x: x3, y: y3, z: z3 };
}

/** P + Q with Q affine (madd-2007-bl), handling infinity, P = Q and P = −Q. */
export function jacobianAddAffine(p: JacobianPoint, q: AffinePoint): JacobianPoint {
  if (q.infinity) return p;
  if (isZero(p.z)) return toJacobian(q);
  const z1z1 = sqr(p.z);
  const u2 = mul(q.x, z1z1);
  const s2 = mul(q.y, mul(p.z, z1z1));
  const h = sub(u2, p.x);
  const r = dbl(sub(s2, p.y));
  if (isZero(h)) return isZero(r) ? jacobianDouble(p) : JACOBIAN_INFINITY;
  const hh = sqr(h);
  const i = dbl(dbl(hh));
  const j = mul(h, i);
  const v = mul(p.x, i);
  const x3 = sub(sub(sqr(r), j), dbl(v));
  const y3 = sub(mul(r, sub(v, x3)), dbl(mul(p.y, j)));
  const z3 = sub(sub(sqr(add(p.z, h)), z1z1), hh);
  return { x: x3, y: y3, z: z3 };
}

/** P + Q, both Jacobian (add-2007-bl), handling infinity, P = Q and P = −Q. */
export function jacobianAdd(p: JacobianPoint, q: JacobianPoint): JacobianPoint {
  if (isZero(p.z)) return q;
  if (isZero(q.z)) return p;
  const z1z1 = sqr(p.z);
  const z2z2 = sqr(q.z);
  const u1 = mul(p.x, z2z2);
  const u2 = mul(q.x, z1z1);
  const s1 = mul(p.y, mul(q.z, z2z2));
  const s2 = mul(q.y, mul(p.z, z1z1));
  const h = sub(u2, u1);
  const r = dbl(sub(s2, s1));
  if (isZero(h)) return isZero(r) ? jacobianDouble(p) : JACOBIAN_INFINITY;
  const i = sqr(dbl(h));
  const j = mul(h, i);
  const v = mul(u1, i);
  const x3 = sub(sub(sqr(r), j), dbl(v));
  const y3 = sub(mul(r, sub(v, x3)), dbl(mul(s1, j)));
  const z3 = mul(sub(sub(sqr(add(p.z, q.z)), z1z1), z2z2), h);
  return { x: x3, y: y3, z: z3 };
}

/**
 * Encodes a point as w = Y / (a/3 − X), the neutral as 0 (docs/protocol/signing.md#point-encoding).
 * With Jacobian inputs this is Y / (Z·(a/3·Z² − X)): one inversion.
 * @example encodePoint(toJacobian(GENERATOR)) // [4n, 0n, 0n, 0n, 0n]
 * @throws never
 */
export function encodePoint(p: JacobianPoint): Gfp5 {
  if (isZero(p.z)) return GFP5_ZERO;
  const den = mul(p.z, sub(mul(A_THIRD, sqr(p.z)), p.x));
  return canonical(mul(p.y, gfp5Inv(den)));
}

/**
 * Decodes w to a Weierstrass point, or `undefined` if w encodes no point (docs/protocol/signing.md#point-encoding, `DecodeFp5AsWeierstrass`). The encoding is canonical and the group has prime order,
 * so no subgroup check is needed.
 * @example decodePoint([4n, 0n, 0n, 0n, 0n]) // GENERATOR
 * @throws never
 */
export function decodePoint(w: Gfp5): AffinePoint | undefined {
  if (gfp5IsZero(w)) return AFFINE_INFINITY;
  const e = gfp5Sub(gfp5Square(w), FRAC_A);
  const delta = gfp5Sub(gfp5Square(e), FRAC_B4);
  const r = gfp5CanonicalSqrt(delta);
  if (r === undefined) return undefined;
  const x1 = gfp5Mul(gfp5Add(e, r), INV2);
  const x2 = gfp5Mul(gfp5Sub(e, r), INV2);
  const x = gfp5Legendre(x1) === 1n ? x1 : x2;
  return { x: gfp5Add(x, A_THIRD), y: gfp5Neg(gfp5Mul(w, x)), infinity: false };
}
