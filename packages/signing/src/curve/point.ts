/**
 * ECgFp5 group arithmetic in its short-Weierstrass view Y² = X³ + A·X + B over GF(p^5)
 * (lighter-signing.md §5.2). The group has prime order n and no cofactor, and the Weierstrass
 * map sends the group neutral to the point at infinity, so textbook Jacobian formulas apply.
 * Encoding and decoding use the Weierstrass forms of §5.3; they give the same 40-byte w as
 * Pornin's fractional (x, u) model.
 *
 * Not constant-time: JavaScript BigInt arithmetic cannot be.
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

// lighter-signing.md §5.2: A = b − a²/3, B = 2a³/27 − ab/3 for the fractional a = 2, b = 263·X.
const CURVE_A = gfp5([6148914689804861439n, 263n, 0n, 0n, 0n]);
/** Weierstrass B (derived in lighter-signing.md §5.2). */
export const CURVE_B = gfp5([15713893096167979237n, 6148914689804861265n, 0n, 0n, 0n]);
export { CURVE_A };
// Fractional-model a = 2 and b = 263·X, used by decoding (§5.3).
const FRAC_A = gfp5([2n, 0n, 0n, 0n, 0n]);
const FRAC_B4 = gfp5([0n, 4n * 263n, 0n, 0n, 0n]);
// a/3 = 2/3 mod p (§5.3).
const A_THIRD = gfp5([6148914689804861441n, 0n, 0n, 0n, 0n]);
const INV2 = gfp5([9223372034707292161n, 0n, 0n, 0n, 0n]);

/** The generator G in Weierstrass coordinates (lighter-signing.md §5.2, G_W). */
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
  if (gfp5IsZero(p.z)) return AFFINE_INFINITY;
  const zi = gfp5Inv(p.z);
  const zi2 = gfp5Square(zi);
  return { x: gfp5Mul(p.x, zi2), y: gfp5Mul(p.y, gfp5Mul(zi2, zi)), infinity: false };
}

/** True when (x, y) satisfies Y² = X³ + A·X + B (or is infinity). */
export function isOnCurve(p: AffinePoint): boolean {
  if (p.infinity) return true;
  const lhs = gfp5Square(p.y);
  const rhs = gfp5Add(gfp5Mul(gfp5Add(gfp5Square(p.x), CURVE_A), p.x), CURVE_B);
  return gfp5IsZero(gfp5Sub(lhs, rhs));
}

/** −P. */
export function negateAffine(p: AffinePoint): AffinePoint {
  return p.infinity ? p : { x: p.x, y: gfp5Neg(p.y), infinity: false };
}

const dbl = (a: Gfp5): Gfp5 => gfp5Add(a, a);

/** 2P (dbl-2007-bl with general A). The odd group order means no point has Y = 0. */
export function jacobianDouble(p: JacobianPoint): JacobianPoint {
  if (gfp5IsZero(p.z)) return p;
  const xx = gfp5Square(p.x);
  const yy = gfp5Square(p.y);
  const yyyy = gfp5Square(yy);
  const zz = gfp5Square(p.z);
  const s = dbl(gfp5Sub(gfp5Sub(gfp5Square(gfp5Add(p.x, yy)), xx), yyyy));
  const m = gfp5Add(gfp5Add(dbl(xx), xx), gfp5Mul(CURVE_A, gfp5Square(zz)));
  const x3 = gfp5Sub(gfp5Square(m), dbl(s));
  const y3 = gfp5Sub(gfp5Mul(m, gfp5Sub(s, x3)), dbl(dbl(dbl(yyyy))));
  const z3 = gfp5Sub(gfp5Sub(gfp5Square(gfp5Add(p.y, p.z)), yy), zz);
  return { x: x3, y: y3, z: z3 };
}

/** P + Q with Q affine (madd-2007-bl), handling infinity, P = Q and P = −Q. */
export function jacobianAddAffine(p: JacobianPoint, q: AffinePoint): JacobianPoint {
  if (q.infinity) return p;
  if (gfp5IsZero(p.z)) return toJacobian(q);
  const z1z1 = gfp5Square(p.z);
  const u2 = gfp5Mul(q.x, z1z1);
  const s2 = gfp5Mul(q.y, gfp5Mul(p.z, z1z1));
  const h = gfp5Sub(u2, p.x);
  const r = dbl(gfp5Sub(s2, p.y));
  if (gfp5IsZero(h)) return gfp5IsZero(r) ? jacobianDouble(p) : JACOBIAN_INFINITY;
  const hh = gfp5Square(h);
  const i = dbl(dbl(hh));
  const j = gfp5Mul(h, i);
  const v = gfp5Mul(p.x, i);
  const x3 = gfp5Sub(gfp5Sub(gfp5Square(r), j), dbl(v));
  const y3 = gfp5Sub(gfp5Mul(r, gfp5Sub(v, x3)), dbl(gfp5Mul(p.y, j)));
  const z3 = gfp5Sub(gfp5Sub(gfp5Square(gfp5Add(p.z, h)), z1z1), hh);
  return { x: x3, y: y3, z: z3 };
}

/** P + Q, both Jacobian (add-2007-bl), handling infinity, P = Q and P = −Q. */
export function jacobianAdd(p: JacobianPoint, q: JacobianPoint): JacobianPoint {
  if (gfp5IsZero(p.z)) return q;
  if (gfp5IsZero(q.z)) return p;
  const z1z1 = gfp5Square(p.z);
  const z2z2 = gfp5Square(q.z);
  const u1 = gfp5Mul(p.x, z2z2);
  const u2 = gfp5Mul(q.x, z1z1);
  const s1 = gfp5Mul(p.y, gfp5Mul(q.z, z2z2));
  const s2 = gfp5Mul(q.y, gfp5Mul(p.z, z1z1));
  const h = gfp5Sub(u2, u1);
  const r = dbl(gfp5Sub(s2, s1));
  if (gfp5IsZero(h)) return gfp5IsZero(r) ? jacobianDouble(p) : JACOBIAN_INFINITY;
  const i = gfp5Square(dbl(h));
  const j = gfp5Mul(h, i);
  const v = gfp5Mul(u1, i);
  const x3 = gfp5Sub(gfp5Sub(gfp5Square(r), j), dbl(v));
  const y3 = gfp5Sub(gfp5Mul(r, gfp5Sub(v, x3)), dbl(gfp5Mul(s1, j)));
  const z3 = gfp5Mul(gfp5Sub(gfp5Sub(gfp5Square(gfp5Add(p.z, q.z)), z1z1), z2z2), h);
  return { x: x3, y: y3, z: z3 };
}

/**
 * Encodes a point as w = Y / (a/3 − X), the neutral as 0 (lighter-signing.md §5.3).
 * With Jacobian inputs this is Y / (Z·(a/3·Z² − X)): one inversion.
 * @example encodePoint(toJacobian(GENERATOR)) // [4n, 0n, 0n, 0n, 0n]
 * @throws never
 */
export function encodePoint(p: JacobianPoint): Gfp5 {
  if (gfp5IsZero(p.z)) return GFP5_ZERO;
  const den = gfp5Mul(p.z, gfp5Sub(gfp5Mul(A_THIRD, gfp5Square(p.z)), p.x));
  return gfp5Mul(p.y, gfp5Inv(den));
}

/**
 * Decodes w to a Weierstrass point, or `undefined` if w encodes no point (lighter-signing.md
 * §5.3, `DecodeFp5AsWeierstrass`). The encoding is canonical and the group has prime order,
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
