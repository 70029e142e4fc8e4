import { describe, expect, it } from 'vitest';
import { isLighterParseError, parseOrderBooks } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('parseOrderBooks', () => {
  it('parses nt_order_books.json field for field, decimals as exact strings', () => {
    const raw = loadFixture('rest/nt_order_books.json');
    const r = parseOrderBooks(raw);
    expect(r.code).toBe(200);
    expect(r.raw).toBe(raw);
    expect(r.order_books).toHaveLength(1);
    expect(r.order_books[0]).toEqual({
      symbol: 'ETH',
      market_id: 0,
      market_type: 'perp',
      base_asset_id: 0,
      quote_asset_id: 0,
      status: 'active',
      taker_fee: '0.0000',
      is_taker_fee_enabled: true,
      maker_fee: '0.0000',
      is_maker_fee_enabled: true,
      liquidation_fee: '1.0000',
      min_base_amount: '0.0050',
      min_quote_amount: '10.000000',
      order_quote_limit: '281474976.710655',
      supported_size_decimals: 4,
      supported_price_decimals: 2,
      supported_quote_decimals: 6,
    });
  });

  it('rejects a missing symbol with a typed error naming the path', () => {
    const raw = { code: 200, order_books: [{ market_id: 0 }] };
    try {
      parseOrderBooks(raw);
      expect.unreachable();
    } catch (e) {
      expect(isLighterParseError(e)).toBe(true);
      if (isLighterParseError(e)) expect(e.path).toBe('order_books.0.symbol');
    }
  });
});
