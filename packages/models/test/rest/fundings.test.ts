import { describe, expect, it } from 'vitest';
import { parseFundingRates, parseFundings } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('fundings and funding rates', () => {
  it('parses nt_fundings.json (timestamps in seconds, rates exact)', () => {
    const r = parseFundings(loadFixture('rest/nt_fundings.json'));
    expect(r.resolution).toBe('1h');
    expect(r.fundings).toEqual([
      { timestamp: 1778702400, value: '0.02707872', rate: '0.0012', direction: 'long' },
      { timestamp: 1778706000, value: '0.00452778', rate: '0.0002', direction: 'short' },
    ]);
  });
  it('parses ccxt_funding_rates.json', () => {
    const r = parseFundingRates(loadFixture('rest/ccxt_funding_rates.json'));
    expect(r.funding_rates).toEqual([{ market_id: 0, exchange: 'lighter', symbol: 'ETH', rate: 9.599999999999999e-5 }]);
  });
});
