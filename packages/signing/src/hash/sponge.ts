/**
 * Poseidon2 sponge, plonky2 `HashNToMNoPad` (docs/protocol/signing.md#poseidon2-sponge): zero IV, overwrite mode,
 * no padding, no length or domain separation.
 */
import { fieldElementFromInt, GOLDILOCKS_P } from '../field/goldilocks.js';
import type { Gfp5 } from '../field/gfp5.js';
import { PrimitiveInputError } from '../schnorr/errors.js';
import { POSEIDON2_RATE } from './poseidon2.js';
import { poseidon2PermuteF64 } from './poseidon2-f64.js';

/** Four-element hash output (`HashNoPad`). */
export type HashOut = readonly [bigint, bigint, bigint, bigint];

function toLane(x: bigint): bigint {
  if (typeof x !== 'bigint') throw new PrimitiveInputError('elements', 'every element must be a bigint');
  // Inputs are u64 values as Go holds them; reducing keeps lanes canonical.
  if (x >= 0n && x < GOLDILOCKS_P) return x;
  return fieldElementFromInt(x);
}

/**
 * Absorbs `inputs` (each taken as a u64, reduced mod p) and squeezes `numOutputs` elements.
 * An empty input performs no permutation and yields zeros.
 * @example hashNToMNoPad([1n], 4)
 * @throws {RangeError} when numOutputs is negative or not an integer
 * @throws {PrimitiveInputError} (field `elements`) when an input is not a bigint
 */
export function hashNToMNoPad(inputs: readonly bigint[], numOutputs: number): bigint[] {
  if (!Number.isInteger(numOutputs) || numOutputs < 0)
    throw new RangeError('numOutputs must be a non-negative integer');
  // State as float64 halves (see poseidon2-f64.ts): lane i = state[2i] + state[2i+1]·2^32.
  const state = new Float64Array(24);
  for (let start = 0; start < inputs.length; start += POSEIDON2_RATE) {
    const end = Math.min(start + POSEIDON2_RATE, inputs.length);
    for (let i = start; i < end; i++) {
      const v = toLane(inputs[i]!);
      state[2 * (i - start)] = Number(v & 0xffffffffn);
      state[2 * (i - start) + 1] = Number(v >> 32n);
    }
    poseidon2PermuteF64(state);
  }
  const out: bigint[] = [];
  for (;;) {
    for (let i = 0; i < POSEIDON2_RATE; i++) {
      if (out.length === numOutputs) return out;
      out.push((BigInt(state[2 * i + 1]!) << 32n) | BigInt(state[2 * i]!));
    }
    poseidon2PermuteF64(state);
  }
}

/**
 * Poseidon2 sponge with 5 outputs read as a GF(p^5) element (docs/protocol/signing.md#poseidon2-sponge,
 * `HashToQuinticExtension`). This is the tx-hash and Schnorr-challenge hash.
 * @example hashToQuinticExtension([1n]) // [7431367281668178651n, …]
 * @throws {PrimitiveInputError} (field `elements`) when an input is not a bigint
 */
export function hashToQuinticExtension(elements: readonly bigint[]): Gfp5 {
  const o = hashNToMNoPad(elements, 5);
  return [o[0]!, o[1]!, o[2]!, o[3]!, o[4]!];
}

/**
 * Four-output sponge (`HashNoPad` / `HashNToHashNoPad`, docs/protocol/signing.md#poseidon2-sponge).
 * @example hashNoPad([1n]) // first 4 limbs of hashToQuinticExtension([1n])
 * @throws {PrimitiveInputError} (field `elements`) when an input is not a bigint
 */
export function hashNoPad(elements: readonly bigint[]): HashOut {
  const o = hashNToMNoPad(elements, 4);
  return [o[0]!, o[1]!, o[2]!, o[3]!];
}

/**
 * `HashTwoToOne(a, b)` = HashNoPad(a ‖ b) (docs/protocol/signing.md#poseidon2-sponge).
 * @example hashTwoToOne(hashNoPad([1n]), hashNoPad([2n]))
 * @throws {PrimitiveInputError} (field `elements`) when an input is not a bigint
 */
export function hashTwoToOne(a: HashOut, b: HashOut): HashOut {
  return hashNoPad([...a, ...b]);
}
