/**
 * Poseidon2 permutation over Goldilocks, width 12, "plonky2" variant (docs/protocol/signing.md#poseidon2-permutation).
 *
 * BigInt reference implementation (exported as `poseidon2Permute`; the sponge runs the float64
 * version in poseidon2-f64.ts, and tests check they agree). Lazy reduction: the linear layers
 * add unreduced values and reduce once per lane, and the S-box x^7 reduces once.
 */
import { GOLDILOCKS_P } from '../field/goldilocks.js';
import { EXTERNAL_ROUND_CONSTANTS, INTERNAL_ROUND_CONSTANTS, MATRIX_DIAG_12 } from './poseidon2-constants.js';

const P = GOLDILOCKS_P;
/** Poseidon2 state width (docs/protocol/signing.md#poseidon2-parameters). */
export const POSEIDON2_WIDTH = 12;
/** Sponge rate: lanes overwritten per absorbed chunk (docs/protocol/signing.md#poseidon2-parameters). */
export const POSEIDON2_RATE = 8;

const RC_EXT = EXTERNAL_ROUND_CONSTANTS;
const RC_INT = INTERNAL_ROUND_CONSTANTS;
const DIAG = MATRIX_DIAG_12;

// x^7 with a single reduction: for x < 2^66 the unreduced power is < 2^462, a few machine
// words, and one BigInt `%` is cheaper than four.
function sbox(x: bigint): bigint {
  const x2 = x * x;
  return (x2 * x2 * x2 * x) % P;
}

// M_E = circ(2·M4, M4, M4): M4 on each 4-lane block, then add the column sums across blocks.
function externalLinearLayer(s: bigint[]): void {
  for (let b = 0; b < 12; b += 4) {
    const x0 = s[b]!;
    const x1 = s[b + 1]!;
    const x2 = s[b + 2]!;
    const x3 = s[b + 3]!;
    const t01 = x0 + x1;
    const t23 = x2 + x3;
    const t0123 = t01 + t23;
    // y0 = 2x0+3x1+x2+x3, y1 = x0+2x1+3x2+x3, y2 = x0+x1+2x2+3x3, y3 = 3x0+x1+x2+2x3
    s[b] = t0123 + t01 + x1;
    s[b + 1] = t0123 + x1 + 2n * x2;
    s[b + 2] = t0123 + t23 + x3;
    s[b + 3] = t0123 + x3 + 2n * x0;
  }
  for (let i = 0; i < 4; i++) {
    const sum = s[i]! + s[i + 4]! + s[i + 8]!;
    s[i] = (s[i]! + sum) % P;
    s[i + 4] = (s[i + 4]! + sum) % P;
    s[i + 8] = (s[i + 8]! + sum) % P;
  }
}

// The 22 partial rounds: S-box on lane 0 only, then M_I: y_i = x_i · diag_i + Σ_j x_j.
// Lane 0 is reduced every round (it feeds the S-box); lanes 1-11 only every other round,
// since two unreduced rounds stay below 2^200 and a BigInt `%` costs as much as a multiply.
function partialRounds(s: bigint[]): void {
  const d0 = DIAG[0]!;
  for (let r = 0; r < 22; r++) {
    const x0 = sbox(s[0]! + RC_INT[r]!);
    let sum = x0;
    for (let i = 1; i < 12; i++) sum += s[i]!;
    s[0] = (x0 * d0 + sum) % P;
    if (r & 1) {
      for (let i = 1; i < 12; i++) s[i] = (s[i]! * DIAG[i]! + sum) % P;
    } else {
      for (let i = 1; i < 12; i++) s[i] = s[i]! * DIAG[i]! + sum;
    }
  }
}

function fullRound(s: bigint[], rc: readonly bigint[]): void {
  for (let i = 0; i < 12; i++) s[i] = sbox(s[i]! + rc[i]!);
  externalLinearLayer(s);
}

/**
 * Applies the Poseidon2 permutation in place. Lanes may be any non-negative integers < 2^64
 * (Go's non-canonical u64); the result is canonical.
 * @example const s = new Array(12).fill(0n); poseidon2PermuteInPlace(s); // s[0] === 7182099517097165596n
 * @throws {RangeError} when the state does not have 12 lanes
 */
export function poseidon2PermuteInPlace(state: bigint[]): void {
  if (state.length !== POSEIDON2_WIDTH) throw new RangeError(`Poseidon2 state has 12 lanes, got ${state.length}`);
  for (let i = 0; i < 12; i++) state[i] = state[i]! % P;
  externalLinearLayer(state);
  for (let r = 0; r < 4; r++) fullRound(state, RC_EXT[r]!);
  partialRounds(state);
  for (let r = 4; r < 8; r++) fullRound(state, RC_EXT[r]!);
}

/**
 * Returns Poseidon2(state) without modifying the input (docs/protocol/signing.md#poseidon2-permutation).
 * @example poseidon2Permute(new Array(12).fill(0n))[0] // 7182099517097165596n
 * @throws {RangeError} when the state does not have 12 lanes
 */
export function poseidon2Permute(state: readonly bigint[]): bigint[] {
  const s = state.slice();
  poseidon2PermuteInPlace(s);
  return s;
}
