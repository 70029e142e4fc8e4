import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poseidon2Permute } from '../../src/hash/poseidon2.js';
import { poseidon2PermuteF64 } from '../../src/hash/poseidon2-f64.js';
import { hashNoPad, hashToQuinticExtension, hashTwoToOne } from '../../src/hash/sponge.js';
import { big, vectors } from '../schnorr/vectors.js';

const prim = vectors.primitives;

describe('Poseidon2 permutation (docs/protocol/signing.md#poseidon2-permutation)', () => {
  const cases: { input: string[]; output: string[] }[] = prim.poseidon2_permutation;
  it.each(cases.map((c, i) => [i, c] as const))('vector %i', (_i, c) => {
    expect(poseidon2Permute(big(c.input))).toEqual(big(c.output));
  });
  it('rejects a state of the wrong width', () => {
    expect(() => poseidon2Permute([0n])).toThrow(RangeError);
  });
});

describe('Poseidon2 sponge (docs/protocol/signing.md#poseidon2-sponge)', () => {
  const cases: { input: string[]; hash_to_quintic: string[]; hash_no_pad_4: string[] }[] = prim.poseidon2_sponge;
  it.each(cases.map((c) => [c.input.length, c] as const))('length %i', (_n, c) => {
    expect(hashToQuinticExtension(big(c.input))).toEqual(big(c.hash_to_quintic));
    expect(hashNoPad(big(c.input))).toEqual(big(c.hash_no_pad_4));
  });

  it('treats a non-canonical u64 like Go (mod p)', () => {
    const c = prim.poseidon2_noncanonical_input;
    expect(hashToQuinticExtension(big(c.input_u64))).toEqual(big(c.hash_to_quintic));
    expect(hashToQuinticExtension(big(c.equivalent_canonical))).toEqual(big(c.hash_to_quintic));
    expect(hashToQuinticExtension([-1n])).toEqual(big(c.hash_to_quintic));
  });

  it('rejects non-bigint elements with a typed error', () => {
    expect(() => hashToQuinticExtension([1 as unknown as bigint])).toThrow(
      expect.objectContaining({ code: 'SIGNING_INPUT', field: 'elements' }),
    );
  });

  it('hashTwoToOne is HashNoPad of the concatenation', () => {
    const a = hashNoPad([1n]);
    const b = hashNoPad([2n]);
    expect(hashTwoToOne(a, b)).toEqual(hashNoPad([...a, ...b]));
  });
});

describe('float64 Poseidon2 agrees with the BigInt reference', () => {
  it('extreme states (all p − 1, all 2^32 − 1, all p − 2^32)', () => {
    for (const v of [0xffffffff00000000n, 0xffffffffn, 0xfffffffe00000001n]) {
      const lanes = new Array<bigint>(12).fill(v);
      const f = new Float64Array(24);
      lanes.forEach((x, i) => {
        f[2 * i] = Number(x & 0xffffffffn);
        f[2 * i + 1] = Number(x >> 32n);
      });
      poseidon2PermuteF64(f);
      expect(lanes.map((_, i) => (BigInt(f[2 * i + 1]!) << 32n) | BigInt(f[2 * i]!))).toEqual(poseidon2Permute(lanes));
    }
  });

  it('random and edge states', () => {
    const P = 0xffffffff00000001n;
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.bigInt({ min: 0n, max: P - 1n }), fc.constantFrom(0n, 1n, P - 1n, 0xffffffffn, P - 0x100000000n)),
          {
            minLength: 12,
            maxLength: 12,
          },
        ),
        (lanes) => {
          const f = new Float64Array(24);
          lanes.forEach((v, i) => {
            f[2 * i] = Number(v & 0xffffffffn);
            f[2 * i + 1] = Number(v >> 32n);
          });
          poseidon2PermuteF64(f);
          const got = lanes.map((_, i) => (BigInt(f[2 * i + 1]!) << 32n) | BigInt(f[2 * i]!));
          expect(got).toEqual(poseidon2Permute(lanes));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
