/**
 * Jacobian point arithmetic on float64 limbs (see field/fp5-f64.ts), used by the scalar
 * multiplication hot loops. Same formulas as curve/point.ts (dbl-2007-bl, madd-2007-bl on
 * Y² = X³ + A·X + B, docs/protocol/signing.md#curve-constants), but without per-operation allocation.
 *
 * A point is 30 doubles at an offset of a Float64Array: X at +0, Y at +10, Z at +20; Z = 0 is
 * infinity. Affine table entries are 20 doubles: x at +0, y at +10.
 */
import {
  f64Add,
  f64Copy,
  f64FromGfp5,
  f64IsZero,
  f64Mul,
  f64MulSmall,
  f64Sqr,
  f64Sub,
  f64ToGfp5,
} from '../field/fp5-f64.js';
import { f64Inv } from '../field/fp5-f64-inv.js';
import type { Gfp5 } from '../field/gfp5.js';
import { A_THIRD, CURVE_A, type JacobianPoint } from './point.js';

const CONST = new Float64Array(30);
f64FromGfp5(CONST, 0, CURVE_A);
const A_OFF = 0;
const ZERO_OFF = 10; // CONST[10..20) stays zero
f64FromGfp5(CONST, 20, A_THIRD);
const A_THIRD_OFF = 20;

// Scratch registers (10 doubles each). Single-threaded and synchronous, so one set suffices.
const T = new Float64Array(10 * 12);
const R0 = 0;
const R1 = 10;
const R2 = 20;
const R3 = 30;
const R4 = 40;
const R5 = 50;
const R6 = 60;
const R7 = 70;
const R8 = 80;
const R9 = 90;
const R10 = 100;

/** Sets the point at p[pi] to infinity. */
export function f64SetInfinity(p: Float64Array, pi: number): void {
  p.fill(0, pi, pi + 30);
  p[pi] = 1;
  p[pi + 10] = 1;
}

/** True when the point at p[pi] is infinity. */
export function f64IsInfinity(p: Float64Array, pi: number): boolean {
  return f64IsZero(p, pi + 20);
}

/** In-place doubling (dbl-2007-bl, general A). The odd group order means Y ≠ 0 for finite points. */
export function f64Double(p: Float64Array, pi: number): void {
  if (f64IsZero(p, pi + 20)) return;
  const X = pi;
  const Y = pi + 10;
  const Z = pi + 20;
  f64Sqr(T, R0, p, X); // XX
  f64Sqr(T, R1, p, Y); // YY
  f64Sqr(T, R2, T, R1); // YYYY
  f64Sqr(T, R3, p, Z); // ZZ
  // Z3 = (Y + Z)² − YY − ZZ (uses the input Y, Z: compute first)
  f64Add(T, R4, p, Y, p, Z);
  f64Sqr(T, R4, T, R4);
  f64Sub(T, R4, T, R4, T, R1);
  f64Sub(p, Z, T, R4, T, R3);
  // S = 2((X + YY)² − XX − YYYY)
  f64Add(T, R5, p, X, T, R1);
  f64Sqr(T, R5, T, R5);
  f64Sub(T, R5, T, R5, T, R0);
  f64Sub(T, R5, T, R5, T, R2);
  f64Add(T, R5, T, R5, T, R5);
  // M = 3XX + A·ZZ²
  f64Sqr(T, R6, T, R3);
  f64Mul(T, R6, CONST, A_OFF, T, R6);
  f64MulSmall(T, R7, T, R0, 3);
  f64Add(T, R6, T, R6, T, R7);
  // X3 = M² − 2S
  f64Sqr(T, R7, T, R6);
  f64Sub(T, R7, T, R7, T, R5);
  f64Sub(p, X, T, R7, T, R5);
  // Y3 = M(S − X3) − 8·YYYY
  f64Sub(T, R8, T, R5, p, X);
  f64Mul(T, R8, T, R6, T, R8);
  f64MulSmall(T, R9, T, R2, 8);
  f64Sub(p, Y, T, R8, T, R9);
}

/**
 * In-place P += ±Q with Q affine at q[qi] (madd-2007-bl); handles infinity, P = ±Q.
 * `negate` adds −Q instead (negation only flips y).
 */
export function f64AddAffine(p: Float64Array, pi: number, q: Float64Array, qi: number, negate: boolean): void {
  const X = pi;
  const Y = pi + 10;
  const Z = pi + 20;
  if (f64IsZero(p, Z)) {
    f64Copy(p, X, q, qi);
    if (negate) f64Sub(p, Y, CONST, ZERO_OFF, q, qi + 10);
    else f64Copy(p, Y, q, qi + 10);
    p.fill(0, Z, Z + 10);
    p[Z] = 1;
    return;
  }
  f64Sqr(T, R0, p, Z); // Z1Z1
  f64Mul(T, R1, q, qi, T, R0); // U2
  f64Mul(T, R2, p, Z, T, R0);
  f64Mul(T, R2, q, qi + 10, T, R2); // S2 (for +Q)
  f64Sub(T, R3, T, R1, p, X); // H
  // r = 2(S2 − Y1), or 2(−S2 − Y1) for −Q
  if (negate) {
    f64Add(T, R4, T, R2, p, Y);
    f64Sub(T, R4, CONST, ZERO_OFF, T, R4);
  } else {
    f64Sub(T, R4, T, R2, p, Y);
  }
  f64Add(T, R4, T, R4, T, R4);
  if (f64IsZero(T, R3)) {
    if (f64IsZero(T, R4)) f64Double(p, pi);
    else f64SetInfinity(p, pi);
    return;
  }
  f64Sqr(T, R5, T, R3); // HH
  f64MulSmall(T, R6, T, R5, 4); // I
  f64Mul(T, R7, T, R3, T, R6); // J
  f64Mul(T, R8, p, X, T, R6); // V
  // Z3 = (Z1 + H)² − Z1Z1 − HH
  f64Add(T, R9, p, Z, T, R3);
  f64Sqr(T, R9, T, R9);
  f64Sub(T, R9, T, R9, T, R0);
  f64Sub(p, Z, T, R9, T, R5);
  // X3 = r² − J − 2V
  f64Sqr(T, R9, T, R4);
  f64Sub(T, R9, T, R9, T, R7);
  f64Sub(T, R9, T, R9, T, R8);
  f64Sub(T, R10, T, R9, T, R8); // X3 (X1 still needed below)
  // Y3 = r(V − X3) − 2·Y1·J
  f64Mul(T, R7, p, Y, T, R7);
  f64Add(T, R7, T, R7, T, R7);
  f64Sub(T, R8, T, R8, T, R10);
  f64Mul(T, R8, T, R4, T, R8);
  f64Sub(p, Y, T, R8, T, R7);
  f64Copy(p, X, T, R10);
}

/** Reads a point back as BigInt Jacobian coordinates. */
export function f64ToJacobian(p: Float64Array, pi: number): JacobianPoint {
  return { x: f64ToGfp5(p, pi), y: f64ToGfp5(p, pi + 10), z: f64ToGfp5(p, pi + 20) };
}

/**
 * Encodes the point at p[pi] as w = Y / (Z·(a/3·Z² − X)), the neutral as 0 (docs/protocol/signing.md#point-encoding); the float64 counterpart of point.ts `encodePoint`.
 * @throws never
 */
export function f64EncodeJacobian(p: Float64Array, pi: number): Gfp5 {
  if (f64IsZero(p, pi + 20)) return [0n, 0n, 0n, 0n, 0n];
  f64Sqr(T, R0, p, pi + 20);
  f64Mul(T, R0, CONST, A_THIRD_OFF, T, R0);
  f64Sub(T, R0, T, R0, p, pi);
  f64Mul(T, R0, p, pi + 20, T, R0);
  f64Inv(T, R0, T, R0);
  f64Mul(T, R0, p, pi + 10, T, R0);
  return f64ToGfp5(T, R0);
}
