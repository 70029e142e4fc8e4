import { describe, expect, it } from 'vitest';
import { gfp5ToLeBytes } from '../../src/field/gfp5.js';
import { decodePoint, encodePoint, isOnCurve, toJacobian } from '../../src/curve/point.js';
import { fixedWindowTable, mulFixedTable, mulGenerator, mulPoint } from '../../src/curve/scalar-mult.js';
import { scalarFromLeBytes, scalarToLeBytes } from '../../src/curve/scalar.js';
import { hex, limbs, unhex, vectors } from '../schnorr/vectors.js';

const ec = vectors.primitives.ecgfp5;

describe('ECgFp5 k·G encodings (docs/protocol/signing.md#ecgfp5-curve)', () => {
  const cases: { k: string; encode_kG: string[]; encode_kG_bytes: string }[] = ec.scalar_mult_generator;
  it.each(cases.map((c) => [c.k.slice(0, 20), c] as const))('k = %s', (_k, c) => {
    const w = encodePoint(mulGenerator(BigInt(c.k)));
    expect(w).toEqual(limbs(c.encode_kG));
    expect(hex(gfp5ToLeBytes(w))).toBe(c.encode_kG_bytes);
    // Decoding gives back the same group element, and the variable-base path agrees.
    const p = decodePoint(w);
    expect(p).toBeDefined();
    expect(isOnCurve(p!)).toBe(true);
    expect(encodePoint(toJacobian(p!))).toEqual(w);
  });
  it('variable-base multiplication agrees with the fixed-base table', () => {
    const g = decodePoint(limbs(ec.scalar_mult_generator[0].encode_kG))!;
    for (const c of cases.slice(0, 5)) expect(encodePoint(mulPoint(g, BigInt(c.k)))).toEqual(limbs(c.encode_kG));
  });
  it('a fixed-base table of another point agrees with the variable-base path', () => {
    const p = decodePoint(limbs(ec.scalar_mult_generator[2].encode_kG))!; // 3·G
    const table = fixedWindowTable(p);
    for (const k of [1n, 2n, 255n, 256n, 12345678901234567890n, (1n << 318n) + 77n]) {
      expect(encodePoint(mulFixedTable(table, k))).toEqual(encodePoint(mulPoint(p, k)));
      expect(encodePoint(mulFixedTable(table, k))).toEqual(encodePoint(mulGenerator(3n * k)));
    }
  });
  it('neutral encodes to zero', () => {
    expect(encodePoint(mulGenerator(0n))).toEqual(limbs(ec.neutral_encoding));
    expect(decodePoint(limbs(ec.neutral_encoding))?.infinity).toBe(true);
  });
  const checks: { w: string[]; decodes: boolean }[] = ec.decode_checks;
  it.each(checks.map((c) => [c.w.join(','), c] as const))('decode %s', (_w, c) => {
    expect(decodePoint(limbs(c.w)) !== undefined).toBe(c.decodes);
  });
});

describe('scalars (docs/protocol/signing.md#scalar-field)', () => {
  const cases: { bytes: string; scalar: string; reduced_le40: string }[] = vectors.primitives.scalar_from_le40;
  it.each(cases.map((c) => [c.bytes.slice(0, 16), c] as const))('40 bytes -> scalar %s', (_b, c) => {
    const s = scalarFromLeBytes(unhex(c.bytes));
    expect(s).toBe(BigInt(c.scalar));
    expect(hex(scalarToLeBytes(s))).toBe(c.reduced_le40);
  });
});

describe('float64 encoding path', () => {
  it('encodeMulGenerator agrees with encodePoint(mulGenerator(k))', async () => {
    const { encodeMulGenerator } = await import('../../src/curve/scalar-mult.js');
    for (const c of ec.scalar_mult_generator as { k: string; encode_kG: string[] }[]) {
      expect(encodeMulGenerator(BigInt(c.k))).toEqual(limbs(c.encode_kG));
    }
    expect(encodeMulGenerator(0n)).toEqual([0n, 0n, 0n, 0n, 0n]);
  });
});
