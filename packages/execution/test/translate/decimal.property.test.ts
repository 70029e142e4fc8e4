import fc from 'fast-check';
import { expect, it } from 'vitest';
import { addDecimal, compareDecimal, scaleDecimal, subDecimal, unscaleDecimal } from '../../src/translate/decimal.js';

it('scale(unscale(x)) == x and add/sub are exact inverses (1000 runs)', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 2n ** 60n }),
      fc.integer({ min: 0, max: 12 }),
      fc.bigInt({ min: 0n, max: 2n ** 50n }),
      (x, d, y) => {
        const s = unscaleDecimal({ value: x, decimals: d });
        expect(scaleDecimal({ value: s, decimals: d })).toBe(x);
        const t = unscaleDecimal({ value: y, decimals: d });
        expect(compareDecimal(subDecimal(addDecimal(s, t), t), s)).toBe(0);
        expect(compareDecimal(addDecimal(s, t), s)).toBe(y === 0n ? 0 : 1);
      },
    ),
    { numRuns: 1000 },
  );
});

it('floor / ceil / exact scaling match truncation semantics on top of the models helpers (1000 runs)', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 2n ** 60n }),
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 0, max: 6 }),
      (x, d, extra) => {
        const s = unscaleDecimal({ value: x, decimals: d + extra });
        const div = 10n ** BigInt(extra);
        const floor = x / div;
        const exact = x % div === 0n;
        expect(scaleDecimal({ value: s, decimals: d, mode: 'floor' })).toBe(floor);
        expect(scaleDecimal({ value: s, decimals: d, mode: 'ceil' })).toBe(exact ? floor : floor + 1n);
        if (exact) expect(scaleDecimal({ value: s, decimals: d })).toBe(floor);
        else
          expect(() => scaleDecimal({ value: s, decimals: d, field: 'price' })).toThrow(
            /price: .* is not a multiple of the increment/,
          );
      },
    ),
    { numRuns: 1000 },
  );
});

it('malformed or negative order decimals are OrderDeniedErrors naming the field', () => {
  for (const bad of ['-1', '1e3', '', '1.', '.5', 'abc', '0x10']) {
    expect(() => scaleDecimal({ value: bad, decimals: 2, field: 'quantity' })).toThrow(
      expect.objectContaining({ name: 'OrderDeniedError', field: 'quantity' }),
    );
  }
  expect(scaleDecimal({ value: ' 1.50 ', decimals: 2 })).toBe(150n);
});
