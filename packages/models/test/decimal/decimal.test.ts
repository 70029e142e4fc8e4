import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_BASE_AMOUNT,
  MAX_PRICE_TICKS,
  compareDecimals,
  fromBaseAmount,
  fromPriceTicks,
  fromScaledInteger,
  isLighterModelsError,
  normalizeDecimal,
  numberToDecimalString,
  toBaseAmount,
  toPriceTicks,
  toScaledInteger,
} from '../../src/index.js';

describe('toScaledInteger / fromScaledInteger', () => {
  it('matches the contract examples', () => {
    expect(toScaledInteger({ value: '123.45', decimals: 2 })).toBe(12345n);
    expect(fromScaledInteger({ value: 12345n, decimals: 2 })).toBe('123.45');
    expect(fromScaledInteger({ value: 50, decimals: 4 })).toBe('0.0050');
    expect(fromScaledInteger({ value: -5n, decimals: 3 })).toBe('-0.005');
    expect(fromScaledInteger({ value: 7n, decimals: 0 })).toBe('7');
    expect(toScaledInteger({ value: '0.0050', decimals: 4 })).toBe(50n);
    expect(toScaledInteger({ value: '2', decimals: 8 })).toBe(200000000n);
    expect(toScaledInteger({ value: '-1.5', decimals: 1 })).toBe(-15n);
  });

  it('refuses to round silently (exact by default) and rounds on request', () => {
    try {
      toScaledInteger({ value: '0.12345', decimals: 4 });
      expect.unreachable();
    } catch (e) {
      expect(isLighterModelsError(e) && e.code).toBe('NOT_ON_INCREMENT');
    }
    expect(toScaledInteger({ value: '0.12340', decimals: 4 })).toBe(1234n);
    expect(toScaledInteger({ value: '0.12345', decimals: 4, rounding: 'down' })).toBe(1234n);
    expect(toScaledInteger({ value: '0.12345', decimals: 4, rounding: 'up' })).toBe(1235n);
    expect(toScaledInteger({ value: '0.12345', decimals: 4, rounding: 'half-even' })).toBe(1234n);
    expect(toScaledInteger({ value: '0.12355', decimals: 4, rounding: 'half-even' })).toBe(1236n);
    expect(toScaledInteger({ value: '0.12345', decimals: 4, rounding: 'half-up' })).toBe(1235n);
    expect(toScaledInteger({ value: '0.12345', decimals: 4, rounding: 'half-down' })).toBe(1234n);
    expect(toScaledInteger({ value: '-0.12345', decimals: 4, rounding: 'floor' })).toBe(-1235n);
    expect(toScaledInteger({ value: '-0.12345', decimals: 4, rounding: 'ceil' })).toBe(-1234n);
    expect(toScaledInteger({ value: '-0.12345', decimals: 4, rounding: 'down' })).toBe(-1234n);
    expect(toScaledInteger({ value: '-0.12345', decimals: 4, rounding: 'up' })).toBe(-1235n);
  });

  it('rejects malformed input with a typed error', () => {
    for (const value of ['', 'abc', '1e5', '1.', '.5', '1,5', '+1', '0x10', ' ']) {
      try {
        toScaledInteger({ value, decimals: 2 });
        expect.unreachable(value);
      } catch (e) {
        expect(isLighterModelsError(e) && e.code).toBe('INVALID_DECIMAL');
      }
    }
    expect(() => toScaledInteger({ value: Number.NaN, decimals: 2 })).toThrow(/finite/);
    expect(() => toScaledInteger({ value: '1', decimals: -1 })).toThrow();
    expect(() => fromScaledInteger({ value: 1.5, decimals: 2 })).toThrow();
  });

  it('converts JS numbers through their exact shortest text, never float arithmetic', () => {
    expect(numberToDecimalString(1e-7)).toBe('0.0000001');
    expect(numberToDecimalString(9.599999999999999e-5)).toBe('0.00009599999999999999');
    expect(numberToDecimalString(1e21)).toBe('1000000000000000000000');
    expect(numberToDecimalString(-0)).toBe('0');
    expect(toScaledInteger({ value: 0.1 + 0.2, decimals: 17 })).toBe(30000000000000004n);
    expect(toScaledInteger({ value: 2361.31, decimals: 2 })).toBe(236131n);
  });

  it('normalises and compares exactly', () => {
    expect(normalizeDecimal('010.500')).toBe('10.5');
    expect(normalizeDecimal('-0.000')).toBe('0');
    expect(compareDecimals('0.10', '0.1')).toBe(0);
    expect(compareDecimals('-1', '0.0001')).toBe(-1);
    expect(compareDecimals('281474976.710655', '281474976.710654')).toBe(1);
  });
});

// Every decimals value the venue uses (sizes 0..8, prices 0..8; assets up to 18).
const decimalsArb = fc.integer({ min: 0, max: 18 });

describe('round trips (property)', () => {
  it('integer -> decimal -> integer is the identity at every decimals value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }), decimalsArb, (value, decimals) => {
        const text = fromScaledInteger({ value, decimals });
        expect(toScaledInteger({ value: text, decimals })).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('price ticks round-trip up to 2^32-1 for decimals 0..8', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(1n, 2n, MAX_PRICE_TICKS - 1n, MAX_PRICE_TICKS),
          fc.bigInt({ min: 1n, max: MAX_PRICE_TICKS }),
        ),
        fc.integer({ min: 0, max: 8 }),
        (ticks, priceDecimals) => {
          const price = fromPriceTicks({ ticks, priceDecimals });
          expect(toPriceTicks({ price, priceDecimals })).toBe(ticks);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('base amounts round-trip up to 2^48-1 for decimals 0..8', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(0n, 1n, MAX_BASE_AMOUNT - 1n, MAX_BASE_AMOUNT),
          fc.bigInt({ min: 0n, max: MAX_BASE_AMOUNT }),
        ),
        fc.integer({ min: 0, max: 8 }),
        (amount, sizeDecimals) => {
          const size = fromBaseAmount({ amount, sizeDecimals });
          expect(toBaseAmount({ size, sizeDecimals })).toBe(amount);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the limits themselves round-trip and one past them is rejected, at every decimals value', () => {
    for (let d = 0; d <= 8; d++) {
      const maxPrice = fromPriceTicks({ ticks: MAX_PRICE_TICKS, priceDecimals: d });
      expect(toPriceTicks({ price: maxPrice, priceDecimals: d })).toBe(4294967295n);
      const maxSize = fromBaseAmount({ amount: MAX_BASE_AMOUNT, sizeDecimals: d });
      expect(toBaseAmount({ size: maxSize, sizeDecimals: d })).toBe(281474976710655n);
      const over = fromScaledInteger({ value: MAX_PRICE_TICKS + 1n, decimals: d });
      expect(() => toPriceTicks({ price: over, priceDecimals: d })).toThrow(/outside/);
      const overSize = fromScaledInteger({ value: MAX_BASE_AMOUNT + 1n, decimals: d });
      expect(() => toBaseAmount({ size: overSize, sizeDecimals: d })).toThrow(/outside/);
    }
    expect(() => toPriceTicks({ price: '0', priceDecimals: 2 })).toThrow(/outside/);
    expect(toBaseAmount({ size: '0', sizeDecimals: 4 })).toBe(0n);
    expect(() => toBaseAmount({ size: '-0.0001', sizeDecimals: 4 })).toThrow(/outside/);
  });

  it('decimal -> integer -> decimal keeps value (normalised) when the input fits the decimals', () => {
    const decimalText = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }), fc.boolean())
      .map(([units, scale, neg]) => ({
        text: fromScaledInteger({ value: neg ? -units : units, decimals: scale }),
        scale,
      }));
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 8 }), ({ text, scale }, extra) => {
        const decimals = Math.min(18, scale + extra);
        const scaled = toScaledInteger({ value: text, decimals });
        expect(compareDecimals(fromScaledInteger({ value: scaled, decimals }), text)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});
