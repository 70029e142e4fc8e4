import { describe, expect, it } from 'vitest';
import { gfp5FromLeBytes } from '../../src/field/gfp5.js';
import { generatePrivateKey, privateKeyFromSeed, randomScalar } from '../../src/keys/generate.js';
import { parsePrivateKey, privateKeyToHex, publicKeyFromPrivateKey } from '../../src/keys/private-key.js';
import { ECGFP5_ORDER } from '../../src/curve/scalar.js';
import { isPrimitiveInputError } from '../../src/schnorr/errors.js';
import { hex, limbs, vectors } from '../schnorr/vectors.js';

describe('keys A1-A6 (docs/protocol/signing.md#keys)', () => {
  const keys = Object.entries(vectors.keys);
  it('has all 6 keys', () => expect(keys.length).toBe(6));
  it.each(keys)('%s', (_name, k) => {
    const sk = k.input.kind === 'prv' ? parsePrivateKey(k.input.private_key_hex) : privateKeyFromSeed(k.input.seed_hex);
    expect(sk).toBe(BigInt(k.scalar));
    expect(privateKeyToHex(sk)).toBe(`0x${k.private_key_le40_hex}`);
    const pk = publicKeyFromPrivateKey(sk);
    expect(hex(pk)).toBe(k.public_key_hex);
    expect(gfp5FromLeBytes(pk)).toEqual(limbs(k.public_key_limbs));
    // The canonical form parses back to the same scalar.
    expect(parsePrivateKey(privateKeyToHex(sk))).toBe(sk);
  });
});

describe('seed -> scalar (docs/protocol/signing.md#keys)', () => {
  const cases: { seed_hex: string; scalar: string; private_key_le40_hex: string }[] =
    vectors.primitives.scalar_from_seed;
  it.each(cases.map((c) => [c.seed_hex.slice(0, 12), c] as const))('seed %s', (_s, c) => {
    const sk = privateKeyFromSeed(c.seed_hex);
    expect(sk).toBe(BigInt(c.scalar));
    expect(privateKeyToHex(sk)).toBe(`0x${c.private_key_le40_hex}`);
  });
  it('rejects short or non-hex seeds without echoing them', () => {
    const secret = 'ab'.repeat(31);
    try {
      privateKeyFromSeed(secret);
      expect.unreachable();
    } catch (err) {
      expect(isPrimitiveInputError(err)).toBe(true);
      expect((err as { field: string }).field).toBe('seed');
      expect(String(err)).not.toContain(secret);
    }
    expect(() => privateKeyFromSeed('zz'.repeat(32))).toThrow(/seed/);
  });
});

describe('parsePrivateKey input validation', () => {
  it.each([
    ['too short', '0x0102'],
    ['too long', `0x${'11'.repeat(41)}`],
    ['odd length', `0x${'1'.repeat(79)}`],
    ['non-hex', `0x${'g1'.repeat(40)}`],
    ['zero', `0x${'00'.repeat(40)}`],
  ])('rejects %s', (_why, input) => {
    expect(() => parsePrivateKey(input)).toThrow(
      expect.objectContaining({ code: 'SIGNING_INPUT', field: 'privateKey' }),
    );
  });
  it('rejects a non-string', () => {
    expect(() => parsePrivateKey(42 as unknown as string)).toThrow(/privateKey/);
  });
  it('accepts hex without 0x and upper case', () => {
    expect(parsePrivateKey(`01${'00'.repeat(39)}`)).toBe(1n);
    expect(parsePrivateKey(`0XFF${'00'.repeat(39)}`)).toBe(255n);
  });
  it('publicKeyFromPrivateKey rejects out-of-range scalars', () => {
    expect(() => publicKeyFromPrivateKey(0n)).toThrow(/privateKey/);
    expect(() => publicKeyFromPrivateKey(ECGFP5_ORDER)).toThrow(/privateKey/);
  });
});

describe('random keys', () => {
  it('generatePrivateKey / randomScalar are in [1, n) and distinct', () => {
    const seen = new Set<bigint>();
    for (let i = 0; i < 50; i++) {
      const k = i % 2 ? randomScalar() : generatePrivateKey();
      expect(k > 0n && k < ECGFP5_ORDER).toBe(true);
      seen.add(k);
    }
    expect(seen.size).toBe(50);
  });
});

describe('error model', () => {
  it('primitive input errors are SigningInputErrors with a redacting toJSON', async () => {
    const { SigningInputError, isSigningInputError, isSigningError } = await import('../../src/errors.js');
    const secret = `0x${'ab'.repeat(39)}`;
    let caught: unknown;
    try {
      parsePrivateKey(secret);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SigningInputError);
    expect(isSigningInputError(caught)).toBe(true);
    expect(isSigningError(caught)).toBe(true);
    expect(isPrimitiveInputError(caught)).toBe(true);
    expect(JSON.stringify(caught)).not.toContain('abab');
    expect(JSON.parse(JSON.stringify(caught))).toMatchObject({
      name: 'PrimitiveInputError',
      code: 'SIGNING_INPUT',
      field: 'privateKey',
    });
  });
});
