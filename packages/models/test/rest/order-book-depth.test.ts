import { describe, expect, it } from 'vitest';
import { isLighterParseError, parseOrderBookDepth } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('OrderBookDepth model', () => {
  it('parses nt_order_book_depth.json and the null variant', () => {
    const r = parseOrderBookDepth(loadFixture('rest/nt_order_book_depth.json'));
    expect(r.asks).toEqual([{ price: '2352.74', size: '0.0050' }]);
    expect(r.bids).toEqual([{ price: '2352.71', size: '0.2125' }]);
    expect(r.offset).toBe(1558300);
    expect(r.nonce).toBe(9182390020);
    const n = parseOrderBookDepth(loadFixture('rest/nt_order_book_depth_null.json'));
    expect(n.asks).toEqual([]);
    expect(n.bids).toEqual([]);
    expect(n.offset).toBe(1);
    expect(n.nonce).toBe(0);
  });
  it('reports a bad level with its path', () => {
    try {
      parseOrderBookDepth({ code: 200, asks: [{ price: 'abc', size: '1' }], bids: [] });
      expect.unreachable();
    } catch (e) {
      expect(isLighterParseError(e) && e.path).toBe('asks.0.price');
    }
  });
});
