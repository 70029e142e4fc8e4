import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimals, isLighterModelsError, roundToIncrement, roundToLot, roundToTick } from '../../src/index.js';

describe('tick / lot rounding', () => {
  it('rounds to the market tick with an explicit mode', () => {
    expect(roundToTick({ value: '2361.315', priceDecimals: 2, mode: 'half-even' })).toBe('2361.32');
    expect(roundToTick({ value: '2361.325', priceDecimals: 2, mode: 'half-even' })).toBe('2361.32');
    expect(roundToTick({ value: '2361.315', priceDecimals: 2, mode: 'down' })).toBe('2361.31');
    expect(roundToTick({ value: '2361.311', priceDecimals: 2, mode: 'up' })).toBe('2361.32');
    expect(roundToTick({ value: '2361.3', priceDecimals: 2, mode: 'exact' })).toBe('2361.30');
    expect(() => roundToTick({ value: '2361.311', priceDecimals: 2, mode: 'exact' })).toThrow();
    expect(roundToLot({ value: '0.12345', sizeDecimals: 4, mode: 'down' })).toBe('0.1234');
    expect(roundToLot({ value: '5', sizeDecimals: 0, mode: 'down' })).toBe('5');
  });

  it('rounds to arbitrary increments', () => {
    expect(roundToIncrement({ value: '2361.337', increment: '0.05', mode: 'half-even' })).toBe('2361.35');
    expect(roundToIncrement({ value: '2361.32', increment: '0.05', mode: 'floor' })).toBe('2361.30');
    expect(roundToIncrement({ value: '-7', increment: '5', mode: 'ceil' })).toBe('-5');
    expect(roundToIncrement({ value: 0.07, increment: '0.05', mode: 'up' })).toBe('0.10');
    try {
      roundToIncrement({ value: '1', increment: '0', mode: 'down' });
      expect.unreachable();
    } catch (e) {
      expect(isLighterModelsError(e) && e.code).toBe('OUT_OF_RANGE');
    }
  });

  it('property: floor <= value <= ceil, both within one tick, and on the tick', () => {
    const arb = fc.tuple(
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 0, max: 8 }),
    );
    fc.assert(
      fc.property(arb, ([units, scale, priceDecimals]) => {
        const neg = units < 0n;
        const abs = (neg ? -units : units).toString().padStart(scale + 1, '0');
        const value = `${neg ? '-' : ''}${scale === 0 ? abs : `${abs.slice(0, -scale)}.${abs.slice(-scale)}`}`;
        const lo = roundToTick({ value, priceDecimals, mode: 'floor' });
        const hi = roundToTick({ value, priceDecimals, mode: 'ceil' });
        expect(compareDecimals(lo, value)).toBeLessThanOrEqual(0);
        expect(compareDecimals(hi, value)).toBeGreaterThanOrEqual(0);
        const near = roundToTick({ value, priceDecimals, mode: 'half-even' });
        expect([lo, hi]).toContain(near);
        expect(roundToTick({ value: near, priceDecimals, mode: 'exact' })).toBe(near);
      }),
      { numRuns: 500 },
    );
  });
});
