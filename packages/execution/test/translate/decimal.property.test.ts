import fc from 'fast-check';
import { expect, it } from 'vitest';
import { addDecimal, compareDecimal, scaleDecimal, subDecimal, unscaleDecimal } from '../../src/translate/decimal.js';

it('scale(unscale(x)) == x and add/sub are exact inverses (1000 runs)', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 2n ** 60n }), fc.integer({ min: 0, max: 12 }), fc.bigInt({ min: 0n, max: 2n ** 50n }), (x, d, y) => {
      const s = unscaleDecimal({ value: x, decimals: d });
      expect(scaleDecimal({ value: s, decimals: d })).toBe(x);
      const t = unscaleDecimal({ value: y, decimals: d });
      expect(compareDecimal(subDecimal(addDecimal(s, t), t), s)).toBe(0);
      expect(compareDecimal(addDecimal(s, t), s)).toBe(y === 0n ? 0 : 1);
    }),
    { numRuns: 1000 },
  );
});
