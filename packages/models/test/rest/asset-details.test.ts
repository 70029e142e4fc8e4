import { describe, expect, it } from 'vitest';
import { parseAssetDetails } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('assetDetails', () => {
  it('parses ccxt_asset_details.json (older field set)', () => {
    const r = parseAssetDetails(loadFixture('rest/ccxt_asset_details.json'));
    expect(r.asset_details).toEqual([
      {
        asset_id: 3,
        symbol: 'USDC',
        l1_decimals: 6,
        decimals: 6,
        min_transfer_amount: '1.000000',
        min_withdrawal_amount: '1.000000',
        margin_mode: 'enabled',
        index_price: '1.000000',
        l1_address: '0x95Fd23d5110f9D89A4b0B7d63D78F5B5Ea5074D1',
      },
    ]);
  });
  it('parses lts_asset_details_excerpt.json (2026 field set)', () => {
    const r = parseAssetDetails(loadFixture('rest/lts_asset_details_excerpt.json'));
    expect(r.asset_details.map((a) => a.symbol)).toEqual(['ETH', 'LIT', 'USDC', 'XAUT', expect.any(String)]);
    const eth = r.asset_details[0]!;
    expect(eth.asset_id).toBe(1);
    expect(eth.l1_decimals).toBe(18);
    expect(eth.size_decimals).toBe(8);
    expect(eth.price_decimals).toBe(6);
    expect(eth.min_transfer_amount).toBe('0.00100000');
    expect(eth.loan_to_value).toBe('0.7000');
    expect(eth.liquidation_threshold).toBe('0.8500');
    expect(eth.global_supply_cap).toBe('10000.00000000');
    expect(eth.multiplier).toBe('1.000000000000000000');
    expect(r.asset_details[1]?.margin_mode).toBe('disabled');
  });
});
