import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromUnits, toUnits } from '../src/decimal.js';
import { isCanaryError } from '../src/errors.js';
import { computePostOnlyOrder, minimumSizeUnits } from '../src/price.js';

const ETH = { priceDecimals: 2, sizeDecimals: 4, minBaseAmount: '0.0050', minQuoteAmount: '10.000000' };

describe('decimal', () => {
  it('round-trips', () => {
    expect(toUnits({ value: '3012.5', decimals: 2 })).toBe(301250n);
    expect(fromUnits({ units: 301250n, decimals: 2 })).toBe('3012.50');
    expect(fromUnits({ units: 5n, decimals: 4 })).toBe('0.0005');
    expect(fromUnits({ units: 7n, decimals: 0 })).toBe('7');
  });
  it('rounds only when asked', () => {
    expect(() => toUnits({ value: '1.005', decimals: 2 })).toThrow(/more than 2 decimals/);
    expect(toUnits({ value: '1.005', decimals: 2, rounding: 'down' })).toBe(100n);
    expect(toUnits({ value: '1.005', decimals: 2, rounding: 'up' })).toBe(101n);
    expect(toUnits({ value: '1.000', decimals: 2 })).toBe(100n);
  });
  it('rejects non-decimals', () => {
    expect(() => toUnits({ value: '1e3', decimals: 2, field: 'size' })).toThrow(/size/);
  });
});

describe('computePostOnlyOrder', () => {
  it('buys 2% below the bid, on tick, min size clearing min notional', () => {
    const p = computePostOnlyOrder({
      market: ETH,
      side: 'buy',
      bestBid: '3000.00',
      bestAsk: '3000.50',
      offsetBps: 200,
      minOffsetTicks: 100,
    });
    expect(p.price).toBe('2940.00');
    expect(p.size).toBe('0.0050');
    expect(p.notional).toBe('14.700000');
    expect(p.distanceTicks).toBe(6000n);
  });

  it('uses the tick floor when the bps offset is smaller', () => {
    const p = computePostOnlyOrder({
      market: ETH,
      side: 'buy',
      bestBid: '10.00',
      bestAsk: '10.10',
      offsetBps: 1,
      minOffsetTicks: 100,
    });
    expect(p.price).toBe('9.00');
    // 10 USDC minimum at 9.00 needs 1.1112 (rounded up to the lot).
    expect(p.size).toBe('1.1112');
  });

  it('sells above the ask, rounding up', () => {
    const p = computePostOnlyOrder({
      market: ETH,
      side: 'sell',
      bestBid: '2999.99',
      bestAsk: '3000.01',
      offsetBps: 200,
      minOffsetTicks: 100,
    });
    expect(p.price).toBe('3060.02');
    expect(p.reference).toBe('3000.01');
  });

  it('prices from the other side when ours is empty', () => {
    const p = computePostOnlyOrder({
      market: ETH,
      side: 'buy',
      bestBid: undefined,
      bestAsk: '100.00',
      offsetBps: 200,
      minOffsetTicks: 1,
    });
    expect(p.reference).toBe('99.99');
  });

  it('rejects an empty book, a non-positive price, an off-lot or too-small size, and a notional above the cap', () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (e) {
        return isCanaryError(e) ? `${e.code}:${e.field}` : 'other';
      }
      return undefined;
    };
    expect(
      code(() =>
        computePostOnlyOrder({
          market: ETH,
          side: 'buy',
          bestBid: undefined,
          bestAsk: undefined,
          offsetBps: 200,
          minOffsetTicks: 1,
        }),
      ),
    ).toBe('CANARY_PRICE:price');
    expect(
      code(() =>
        computePostOnlyOrder({
          market: ETH,
          side: 'buy',
          bestBid: '0.50',
          bestAsk: '0.60',
          offsetBps: 200,
          minOffsetTicks: 100,
        }),
      ),
    ).toBe('CANARY_PRICE:price');
    expect(
      code(() =>
        computePostOnlyOrder({
          market: ETH,
          side: 'buy',
          bestBid: '3000',
          bestAsk: '3001',
          offsetBps: 200,
          minOffsetTicks: 1,
          size: '0.00501',
        }),
      ),
    ).toBe('CANARY_PRICE:size');
    expect(
      code(() =>
        computePostOnlyOrder({
          market: ETH,
          side: 'buy',
          bestBid: '3000',
          bestAsk: '3001',
          offsetBps: 200,
          minOffsetTicks: 1,
          size: '0.001',
        }),
      ),
    ).toBe('CANARY_PRICE:size');
    expect(
      code(() =>
        computePostOnlyOrder({
          market: ETH,
          side: 'buy',
          bestBid: '3000',
          bestAsk: '3001',
          offsetBps: 200,
          minOffsetTicks: 1,
          maxNotional: '10',
        }),
      ),
    ).toBe('CANARY_PRICE:maxNotional');
  });

  it('property: never crosses, stays on tick/lot, clears both minimums', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 10_000_000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom<'buy' | 'sell'>('buy', 'sell'),
        (bidUnits, spread, bps, ticks, side) => {
          const bid = BigInt(bidUnits);
          const ask = bid + BigInt(spread);
          let p: ReturnType<typeof computePostOnlyOrder>;
          try {
            p = computePostOnlyOrder({
              market: ETH,
              side,
              bestBid: fromUnits({ units: bid, decimals: 2 }),
              bestAsk: fromUnits({ units: ask, decimals: 2 }),
              offsetBps: bps,
              minOffsetTicks: ticks,
            });
          } catch (e) {
            // Only a non-positive bid is an acceptable refusal.
            expect(isCanaryError(e) && side === 'buy').toBe(true);
            return;
          }
          if (side === 'buy') {
            expect(p.priceUnits).toBeLessThanOrEqual(bid - BigInt(ticks));
            expect(p.priceUnits).toBeGreaterThan(0n);
          } else {
            expect(p.priceUnits).toBeGreaterThanOrEqual(ask + BigInt(ticks));
          }
          expect(p.sizeUnits).toBeGreaterThanOrEqual(50n);
          expect(p.priceUnits * p.sizeUnits).toBeGreaterThanOrEqual(10_000_000n);
          expect(p.sizeUnits).toBe(minimumSizeUnits({ market: ETH, priceUnits: p.priceUnits }));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
