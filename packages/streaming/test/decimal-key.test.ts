import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INVALID_DECIMAL,
  NEEDS_RESCALE,
  UNSAFE_DECIMAL,
  decimalKey,
  isZeroDecimal,
  normalizeDecimal,
} from '../src/decimal-key.js';

const toScaled = (s: string, scale: number): bigint => {
  const [i = '0', f = ''] = s.split('.');
  return BigInt(i + f.padEnd(scale, '0'));
};

describe('decimalKey', () => {
  it('maps decimals to exact scaled integers', () => {
    expect(decimalKey('2325.00', 2)).toBe(232500);
    expect(decimalKey('2325.5', 2)).toBe(232550);
    expect(decimalKey('7', 4)).toBe(70000);
    expect(decimalKey('0.0001', 4)).toBe(1);
  });
  it('signals rescale, invalid and unsafe instead of throwing', () => {
    expect(decimalKey('1.234', 2)).toBe(NEEDS_RESCALE);
    expect(decimalKey('', 2)).toBe(INVALID_DECIMAL);
    expect(decimalKey('1.2.3', 2)).toBe(INVALID_DECIMAL);
    expect(decimalKey('-1', 2)).toBe(INVALID_DECIMAL);
    expect(decimalKey('1e5', 2)).toBe(INVALID_DECIMAL);
    expect(decimalKey('.', 2)).toBe(INVALID_DECIMAL);
    expect(decimalKey('99999999999999999', 0)).toBe(UNSAFE_DECIMAL);
    expect(decimalKey('9007199254740.991', 4)).toBe(UNSAFE_DECIMAL);
  });
  it('is exact and order-preserving against bigint (property)', () => {
    const dec = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 11n }), fc.integer({ min: 0, max: 4 })).map(([v, d]) => {
      const s = v.toString().padStart(d + 1, '0');
      return d === 0 ? s : `${s.slice(0, -d)}.${s.slice(-d)}`;
    });
    fc.assert(
      fc.property(dec, dec, (a, b) => {
        const ka = decimalKey(a, 4);
        const kb = decimalKey(b, 4);
        expect(BigInt(ka)).toBe(toScaled(a, 4));
        expect(BigInt(kb)).toBe(toScaled(b, 4));
        expect(Math.sign(ka - kb)).toBe(
          Number(toScaled(a, 4) > toScaled(b, 4)) - Number(toScaled(a, 4) < toScaled(b, 4)),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isZeroDecimal / normalizeDecimal', () => {
  it('recognises venue zero sizes', () => {
    expect(isZeroDecimal('0')).toBe(true);
    expect(isZeroDecimal('0.0000')).toBe(true);
    expect(isZeroDecimal('0.0001')).toBe(false);
    expect(isZeroDecimal('')).toBe(false);
  });
  it('normalises without changing the value', () => {
    expect(normalizeDecimal('2325.00')).toBe('2325');
    expect(normalizeDecimal('02325.50')).toBe('2325.5');
    expect(normalizeDecimal('0.000')).toBe('0');
    expect(normalizeDecimal('0.0100')).toBe('0.01');
  });
});
