import { describe, expect, it } from 'vitest';
import {
  InstrumentRegistry,
  currencyPairFromDetail,
  instrumentsFromOrderBookDetails,
  makePrice,
  makeQuantity,
  parseOrderBookDetails,
  perpetualFromDetail,
} from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('instruments from orderBookDetails', () => {
  it('builds the ETH CryptoPerpetual per the parity mapping', () => {
    const details = parseOrderBookDetails(loadFixture('rest/nt_order_book_details.json'));
    const eth = perpetualFromDetail({ detail: details.order_book_details[0]!, tsInit: 42n });
    expect(eth.type).toBe('CryptoPerpetual');
    expect(eth.id.toString()).toBe('ETH-PERP.LIGHTER');
    expect(eth.rawSymbol).toBe('ETH');
    expect(eth.marketIndex).toBe(0);
    expect([eth.baseCurrency, eth.quoteCurrency, eth.settlementCurrency, eth.isInverse]).toEqual([
      'ETH',
      'USDC',
      'USDC',
      false,
    ]);
    expect([eth.pricePrecision, eth.sizePrecision]).toEqual([2, 4]);
    expect(eth.priceIncrement.toString()).toBe('0.01');
    expect(eth.sizeIncrement.toString()).toBe('0.0001');
    expect(eth.multiplier.toString()).toBe('1');
    expect(eth.minQuantity.toString()).toBe('0.0050');
    expect(eth.maxQuantity).toBeUndefined();
    expect(eth.minNotional.toString()).toBe('10.000000 USDC');
    expect(eth.maxNotional?.toString()).toBe('281474976.710655 USDC');
    expect(eth.marginInit).toBe('0.05');
    expect(eth.marginMaint).toBe('0.012');
    expect([eth.makerFee, eth.takerFee]).toEqual(['0', '0']);
    expect(eth.active).toBe(true);
    expect([eth.tsEvent, eth.tsInit]).toEqual([42n, 42n]);
    expect(makePrice({ instrument: eth, value: '2361.315', rounding: 'half-even' }).toString()).toBe('2361.32');
    expect(makePrice({ instrument: eth, value: '2361.3' }).toScaled({ decimals: eth.pricePrecision })).toBe(236130n);
    expect(() => makePrice({ instrument: eth, value: '2361.315' })).toThrow();
    expect(makeQuantity({ instrument: eth, value: '0.12345', rounding: 'down' }).toString()).toBe('0.1234');
  });

  it('builds perps and the ETH/USDC CurrencyPair from the lts excerpt; fees are percent -> fraction', () => {
    const raw = loadFixture('rest/lts_order_book_details_excerpt.json') as Record<string, Record<string, unknown>[]>;
    const spotRow = raw.spot_order_book_details?.[0] ?? {};
    const withFees = { ...raw, spot_order_book_details: [{ ...spotRow, taker_fee: '0.0280', maker_fee: '0.0040' }] };
    const details = parseOrderBookDetails(withFees);
    const all = instrumentsFromOrderBookDetails({ details, tsInit: 1n });
    expect(all.map((i) => i.id.value)).toEqual([
      '0G-PERP.LIGHTER',
      'AAPL-PERP.LIGHTER',
      '1000TOSHI-PERP.LIGHTER',
      'ETH/USDC-SPOT.LIGHTER',
    ]);
    const spot = currencyPairFromDetail({ detail: details.spot_order_book_details[0]!, tsInit: 1n });
    expect(spot.type).toBe('CurrencyPair');
    expect([spot.baseCurrency, spot.quoteCurrency, spot.marketIndex]).toEqual(['ETH', 'USDC', 2048]);
    expect([spot.takerFee, spot.makerFee]).toEqual(['0.00028', '0.00004']);
    expect(spot.maxNotional?.amount).toBe('2500000.000000');
    const og = all[0];
    expect(og?.type === 'CryptoPerpetual' && [og.marginInit, og.marginMaint]).toEqual(['0.3333', '0.2']);

    const reg = new InstrumentRegistry(all);
    expect(reg.size).toBe(4);
    expect(reg.byMarketIndex(2048)?.id.value).toBe('ETH/USDC-SPOT.LIGHTER');
    expect(reg.byInstrumentId('AAPL-PERP.LIGHTER')?.marketIndex).toBe(113);
    expect(reg.byMarketIndex(9999)).toBeUndefined();
    expect(() => new InstrumentRegistry([...all, all[0]!])).toThrow(/duplicate/);
  });
});
