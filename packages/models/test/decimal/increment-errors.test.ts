import { describe, expect, it } from 'vitest';
import { toBaseAmount, toPriceTicks, toScaledInteger } from '../../src/index.js';

// Off-tick / off-lot messages name the value, the increment and the nearest allowed values (issue 16
// item 4): asserted verbatim because the text is what a trader reads.
function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
}

describe('NOT_ON_INCREMENT messages', () => {
  it('a price off the tick names the value, the tick, the decimals and both neighbours', () => {
    expect(messageOf(() => toPriceTicks({ price: '2000.005', priceDecimals: 2 }))).toBe(
      'price: 2000.005 is not a multiple of the increment 0.01 (2 decimals allowed); nearest allowed values are 2000.00 and 2000.01 (or pass a rounding mode)',
    );
  });

  it('a size off the lot does the same', () => {
    expect(messageOf(() => toBaseAmount({ size: '0.00015', sizeDecimals: 4 }))).toBe(
      'size: 0.00015 is not a multiple of the increment 0.0001 (4 decimals allowed); nearest allowed values are 0.0001 and 0.0002 (or pass a rounding mode)',
    );
  });

  it('whole-unit markets and negative values read naturally', () => {
    expect(messageOf(() => toScaledInteger({ value: '1.5', decimals: 0, field: 'size' }))).toBe(
      'size: 1.5 is not a multiple of the increment 1 (0 decimals allowed); nearest allowed values are 1 and 2 (or pass a rounding mode)',
    );
    expect(messageOf(() => toScaledInteger({ value: '-0.15', decimals: 1 }))).toContain(
      'increment 0.1 (1 decimal allowed); nearest allowed values are -0.2 and -0.1',
    );
  });

  it('trailing zeros within the allowed decimals are not an error', () => {
    expect(toPriceTicks({ price: '2000.0100', priceDecimals: 2 })).toBe(200001n);
  });
});
