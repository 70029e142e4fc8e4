import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money, Price, Quantity, isLighterModelsError } from '../../src/index.js';

describe('Price', () => {
  it('is exact, bigint-backed, string in and out', () => {
    const p = Price.from('2361.31');
    expect([p.raw, p.precision, p.toString()]).toEqual([236131n, 2, '2361.31']);
    expect(p.toScaled({ decimals: 2 })).toBe(236131n);
    expect(p.toScaled({ decimals: 4 })).toBe(23613100n);
    expect(() => p.toScaled({ decimals: 1 })).toThrow();
    expect(p.toScaled({ decimals: 1, rounding: 'half-even' })).toBe(23613n);
    expect(Price.fromRaw({ raw: 236131n, precision: 2 }).equals(p)).toBe(true);
    expect(Price.from('-1.5').toString()).toBe('-1.5');
    expect(Price.from('0.1').add(Price.from('0.2')).toString()).toBe('0.3');
    expect(Price.from('1').sub(Price.from('0.001')).toString()).toBe('0.999');
    expect(Price.from('1.10').compare(Price.from('1.1'))).toBe(0);
    expect(Price.from('5', 2).toString()).toBe('5.00');
    expect(JSON.stringify(Price.from('1.50'))).toBe('"1.50"');
    expect(Price.from('2361.315', 2, 'half-even').toString()).toBe('2361.32');
  });

  it('rejects bad input', () => {
    expect(() => Price.from('abc')).toThrow();
    expect(() => Price.from('1', 17)).toThrow();
  });

  it('property: from(toString()) is the identity', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 96n), max: 2n ** 96n }),
        fc.integer({ min: 0, max: 16 }),
        (raw, precision) => {
          const p = Price.fromRaw({ raw, precision });
          expect(Price.from(p.toString()).equals(p)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('Quantity', () => {
  it('is non-negative and exact', () => {
    const q = Quantity.from('0.0050');
    expect([q.raw, q.precision, q.toString()]).toEqual([50n, 4, '0.0050']);
    expect(q.toScaled({ decimals: 4 })).toBe(50n);
    expect(q.add(Quantity.from('1')).toString()).toBe('1.0050');
    expect(Quantity.zero(2).isZero).toBe(true);
    try {
      Quantity.from('-1');
      expect.unreachable();
    } catch (e) {
      expect(isLighterModelsError(e) && e.code).toBe('OUT_OF_RANGE');
    }
    expect(() => Quantity.from('1').sub(Quantity.from('2'))).toThrow();
  });
});

describe('Money', () => {
  it('carries a currency and its precision', () => {
    const m = Money.from('10', 'USDC');
    expect([m.amount, m.currency, m.precision, m.toString()]).toEqual(['10.000000', 'USDC', 6, '10.000000 USDC']);
    expect(m.add(Money.from('0.5', 'USDC')).amount).toBe('10.500000');
    expect(() => m.add(Money.from('1', 'ETH'))).toThrow(/cannot combine/);
    expect(() => Money.from('1', 'not a code')).toThrow();
    expect(Money.fromRaw({ raw: 1500000n, precision: 6, currency: 'USDC' }).amount).toBe('1.500000');
  });
});
