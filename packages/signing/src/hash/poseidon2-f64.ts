/**
 * Poseidon2 permutation (docs/protocol/signing.md#poseidon2-permutation) on float64 limbs: the fast path used by the
 * sponge. Each lane is two doubles (32-bit halves); products use the same exact 32×16-bit
 * partial products and reduction as field/fp5-f64.ts. poseidon2.ts is the BigInt reference;
 * tests check both agree.
 */
import { COLS, f64MulFp as mulFp, normInPlace, reduceColumns } from '../field/fp5-f64.js';
import { EXTERNAL_ROUND_CONSTANTS, INTERNAL_ROUND_CONSTANTS, MATRIX_DIAG_12 } from './poseidon2-constants.js';

const lo32 = (x: bigint): number => Number(x & 0xffffffffn);
const hi32 = (x: bigint): number => Number(x >> 32n);

// Round constants as [lo, hi] pairs; the diagonal as four 16-bit limbs per entry.
const RC_EXT = new Float64Array(8 * 24);
EXTERNAL_ROUND_CONSTANTS.forEach((row, r) => {
  row.forEach((c, i) => {
    RC_EXT[r * 24 + 2 * i] = lo32(c);
    RC_EXT[r * 24 + 2 * i + 1] = hi32(c);
  });
});
const RC_INT = new Float64Array(22 * 2);
INTERNAL_ROUND_CONSTANTS.forEach((c, r) => {
  RC_INT[2 * r] = lo32(c);
  RC_INT[2 * r + 1] = hi32(c);
});
const DIAG16 = new Float64Array(12 * 4);
MATRIX_DIAG_12.forEach((c, i) => {
  for (let m = 0; m < 4; m++) DIAG16[4 * i + m] = Number((c >> BigInt(16 * m)) & 0xffffn);
});

const TMP = new Float64Array(8);

// Lane s[i..i+2) ← (lane + rc[ri..ri+2))^7.
function sbox(s: Float64Array, i: number, rc: Float64Array, ri: number): void {
  TMP[0] = s[i]! + rc[ri]!;
  TMP[1] = s[i + 1]! + rc[ri + 1]!;
  normInPlace(TMP, 0); // x
  // x² and x⁴ are split as `b` operands, so they are normalized; x³ and x⁷ are only `a`
  // operands or M_E / M_I inputs, so they stay lazy (see reduceColumns).
  mulFp(TMP, 2, TMP, 0, TMP, 0); // x²
  mulFp(TMP, 4, TMP, 2, TMP, 0, true); // x³
  mulFp(TMP, 6, TMP, 2, TMP, 2); // x⁴
  mulFp(s, i, TMP, 4, TMP, 6, true); // x⁷
}

// M_E = circ(2·M4, M4, M4) on the lo and hi halves separately (values stay < 2^38), then one
// reduction per lane.
function externalLinearLayer(s: Float64Array): void {
  for (let h = 0; h < 2; h++) {
    for (let b = 0; b < 24; b += 8) {
      const x0 = s[b + h]!;
      const x1 = s[b + 2 + h]!;
      const x2 = s[b + 4 + h]!;
      const x3 = s[b + 6 + h]!;
      const t01 = x0 + x1;
      const t23 = x2 + x3;
      const t0123 = t01 + t23;
      s[b + h] = t0123 + t01 + x1;
      s[b + 2 + h] = t0123 + x1 + 2 * x2;
      s[b + 4 + h] = t0123 + t23 + x3;
      s[b + 6 + h] = t0123 + x3 + 2 * x0;
    }
    for (let i = 0; i < 8; i += 2) {
      const sum = s[i + h]! + s[i + 8 + h]! + s[i + 16 + h]!;
      s[i + h] = s[i + h]! + sum;
      s[i + 8 + h] = s[i + 8 + h]! + sum;
      s[i + 16 + h] = s[i + 16 + h]! + sum;
    }
  }
  for (let i = 0; i < 24; i += 2) normInPlace(s, i);
}

// M_I: y_i = x_i · diag_i + Σ_j x_j; the sum is folded into the product's columns. Lanes are
// left unnormalized between partial rounds (see reduceColumns `lazy`): they only ever appear
// as the `a` operand here, in sums, or go through normInPlace (S-box input, M_E output).
function internalLinearLayer(s: Float64Array): void {
  let sl = 0;
  let sh = 0;
  for (let i = 0; i < 24; i += 2) {
    sl += s[i]!;
    sh += s[i + 1]!;
  }
  for (let i = 0; i < 12; i++) {
    const al = s[2 * i]!;
    const ah = s[2 * i + 1]!;
    const b0 = DIAG16[4 * i]!;
    const b1 = DIAG16[4 * i + 1]!;
    const b2 = DIAG16[4 * i + 2]!;
    const b3 = DIAG16[4 * i + 3]!;
    COLS[0] = al * b0 + sl;
    COLS[1] = al * b1;
    COLS[2] = al * b2 + ah * b0 + sh;
    COLS[3] = al * b3 + ah * b1;
    COLS[4] = ah * b2;
    COLS[5] = ah * b3;
    reduceColumns(s, 2 * i, true);
  }
}

function fullRound(s: Float64Array, r: number): void {
  for (let i = 0; i < 24; i += 2) sbox(s, i, RC_EXT, r * 24 + i);
  externalLinearLayer(s);
}

/**
 * Poseidon2 in place on a 24-double state (lane i = s[2i] + s[2i+1]·2^32, canonical).
 * @throws never
 */
export function poseidon2PermuteF64(s: Float64Array): void {
  externalLinearLayer(s);
  for (let r = 0; r < 4; r++) fullRound(s, r);
  for (let r = 0; r < 22; r++) {
    sbox(s, 0, RC_INT, 2 * r);
    internalLinearLayer(s);
  }
  for (let r = 4; r < 8; r++) fullRound(s, r);
}
