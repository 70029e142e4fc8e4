import { describe, expect, it } from 'vitest';
import { assertOrderAmounts, checkOrderAmounts, isLighterModelsError } from '../../src/index.js';

// ETH perp limits from rest/nt_order_book_details.json.
const limits = {
  sizeDecimals: 4,
  priceDecimals: 2,
  minBaseAmount: '0.0050',
  minQuoteAmount: '10.000000',
  orderQuoteLimit: '281474976.710655',
};

describe('order amount validation', () => {
  it('accepts an order at the minimums and reports the exact notional', () => {
    expect(checkOrderAmounts({ baseAmount: 50n, price: 236131n, limits })).toEqual({
      ok: true,
      quoteAmount: '11.806550',
    });
  });

  it('rejects below min base amount, below min quote amount and above the quote limit', () => {
    const lowBase = checkOrderAmounts({ baseAmount: 49n, price: 236131n, limits });
    expect(lowBase.ok === false && lowBase.reason).toBe('BELOW_MIN_BASE');
    const lowQuote = checkOrderAmounts({ baseAmount: 50n, price: 100000n, limits });
    expect(lowQuote.ok === false && [lowQuote.reason, lowQuote.quoteAmount]).toEqual(['BELOW_MIN_QUOTE', '5.000000']);
    const high = checkOrderAmounts({ baseAmount: 2n ** 48n - 1n, price: 2n ** 32n - 1n, limits });
    expect(high.ok === false && high.reason).toBe('ABOVE_QUOTE_LIMIT');
    const badPrice = checkOrderAmounts({ baseAmount: 50n, price: 0n, limits });
    expect(badPrice.ok === false && badPrice.field).toBe('price');
  });

  it('has a throwing variant naming the field', () => {
    try {
      assertOrderAmounts({ baseAmount: 1n, price: 236131n, limits });
      expect.unreachable();
    } catch (e) {
      expect(isLighterModelsError(e) && [e.code, e.field]).toEqual(['BELOW_MINIMUM', 'baseAmount']);
    }
    expect(assertOrderAmounts({ baseAmount: 100n, price: 236131n, limits })).toBe('23.613100');
  });
});
