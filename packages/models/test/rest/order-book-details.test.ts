import { describe, expect, it } from 'vitest';
import { parseOrderBookDetails } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('parseOrderBookDetails', () => {
  it('parses nt_order_book_details.json (ETH perp) field for field', () => {
    const r = parseOrderBookDetails(loadFixture('rest/nt_order_book_details.json'));
    expect(r.spot_order_book_details).toEqual([]);
    const eth = r.order_book_details[0]!;
    expect(eth.symbol).toBe('ETH');
    expect(eth.market_id).toBe(0);
    expect(eth.size_decimals).toBe(4);
    expect(eth.price_decimals).toBe(2);
    expect(eth.min_base_amount).toBe('0.0050');
    expect(eth.min_quote_amount).toBe('10.000000');
    expect(eth.order_quote_limit).toBe('281474976.710655');
    expect(eth.quote_multiplier).toBe(1);
    expect(eth.default_initial_margin_fraction).toBe(500);
    expect(eth.min_initial_margin_fraction).toBe(200);
    expect(eth.maintenance_margin_fraction).toBe(120);
    expect(eth.closeout_margin_fraction).toBe(80);
    expect(eth.last_trade_price).toBe(2361.31);
    expect(eth.daily_trades_count).toBe(428074);
    expect(eth.daily_price_change).toBe(-0.5215684126709949);
    expect(eth.open_interest).toBe(27350.8981);
    expect(eth.daily_chart).toEqual({});
    expect(eth.market_config).toEqual({
      market_margin_mode: 0,
      insurance_fund_account_index: 281474976710655,
      liquidation_mode: 0,
      force_reduce_only: false,
      trading_hours: '',
      funding_fee_discounts_enabled: false,
      hidden: false,
      rfq_enabled: true,
    });
    expect(eth.strategy_index).toBe(2);
  });

  it('parses the 2026 lts excerpt: string created_at, funding clamps, spot rows', () => {
    const r = parseOrderBookDetails(loadFixture('rest/lts_order_book_details_excerpt.json'));
    expect(r.order_book_details.map((d) => [d.symbol, d.market_id])).toEqual([
      ['0G', 84],
      ['AAPL', 113],
      ['1000TOSHI', 81],
    ]);
    const og = r.order_book_details[0]!;
    expect(og.created_at).toBe(1758726431503);
    expect(og.funding_clamp_small).toBe('0.0500');
    expect(og.funding_clamp_big).toBe('4.0000');
    expect(og.base_interest_rate).toBe('0.0100');
    expect(og.multiplier).toBe('1.000000000000000000');
    expect(og.min_base_amount).toBe('45.00');
    expect(og.default_initial_margin_fraction).toBe(3333);
    // Keys we do not model are kept (looseObject), e.g. display_size_decimals.
    expect((og as Record<string, unknown>).display_size_decimals).toBe(2);
    const spot = r.spot_order_book_details[0]!;
    expect(spot.symbol).toBe('ETH/USDC');
    expect(spot.market_id).toBe(2048);
    expect(spot.market_type).toBe('spot');
    expect(spot.base_asset_id).toBe(1);
    expect(spot.quote_asset_id).toBe(3);
    expect(spot.order_quote_limit).toBe('2500000.000000');
    expect(spot.size_decimals).toBe(4);
    expect(spot.price_decimals).toBe(2);
    expect(spot.created_at).toBe(1765036263130);
  });
});
