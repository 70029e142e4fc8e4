import { describe, expect, it } from 'vitest';
import {
  AccountId,
  ClientOrderId,
  InstrumentId,
  Symbol as LighterSymbol,
  TradeId,
  Venue,
  VenueOrderId,
  isLighterModelsError,
} from '../../src/index.js';

describe('InstrumentId', () => {
  it('spells perps and spot as NautilusTrader’s Lighter adapter does', () => {
    expect(InstrumentId.perp('BTC').toString()).toBe('BTC-PERP.LIGHTER');
    expect(InstrumentId.spot('ETH', 'USDC').toString()).toBe('ETH/USDC-SPOT.LIGHTER');
    expect(InstrumentId.fromMarket({ symbol: 'ETH', marketType: 'perp' }).value).toBe('ETH-PERP.LIGHTER');
    expect(InstrumentId.fromMarket({ symbol: 'ETH/USDC', marketType: 'spot' }).value).toBe('ETH/USDC-SPOT.LIGHTER');
  });

  it('parses and exposes parts', () => {
    const spot = InstrumentId.from('ETH/USDC-SPOT.LIGHTER');
    expect(spot.symbol.value).toBe('ETH/USDC-SPOT');
    expect(spot.venue.equals(Venue.LIGHTER)).toBe(true);
    expect([spot.isSpot, spot.isPerp, spot.base, spot.quote, spot.rawSymbol]).toEqual([
      true,
      false,
      'ETH',
      'USDC',
      'ETH/USDC',
    ]);
    const perp = InstrumentId.from('1000TOSHI-PERP.LIGHTER');
    expect([perp.isPerp, perp.base, perp.quote, perp.rawSymbol]).toEqual([true, '1000TOSHI', 'USDC', '1000TOSHI']);
    expect(perp.equals(InstrumentId.perp('1000TOSHI'))).toBe(true);
    expect(perp.equals(InstrumentId.perp('BTC'))).toBe(false);
    expect(JSON.stringify({ id: perp })).toBe('{"id":"1000TOSHI-PERP.LIGHTER"}');
    expect(LighterSymbol.from('BTC-PERP').value).toBe('BTC-PERP');
  });

  it('rejects malformed ids with INVALID_IDENTIFIER', () => {
    for (const bad of ['', 'BTC-PERP', '.LIGHTER', 'BTC-PERP.', 'BTC PERP.LIGHTER']) {
      try {
        InstrumentId.from(bad);
        expect.unreachable(bad);
      } catch (e) {
        expect(isLighterModelsError(e) && e.code).toBe('INVALID_IDENTIFIER');
      }
    }
    expect(InstrumentId.fromMarket({ symbol: 'ETH', marketType: 'spot' }).value).toBe('ETH-SPOT.LIGHTER');
    expect(() => InstrumentId.fromMarket({ symbol: 'ETH/USDC/X', marketType: 'spot' })).toThrow();
    expect(() => InstrumentId.fromMarket({ symbol: 'ETH/', marketType: 'spot' })).toThrow();
  });
});

describe('order and trade identifiers', () => {
  it('ClientOrderId accepts any non-empty string', () => {
    expect(ClientOrderId.from('O-19700101-000000-001-001-1').value).toBe('O-19700101-000000-001-001-1');
    expect(() => ClientOrderId.from('')).toThrow();
  });

  it('VenueOrderId keeps exact order indexes, including past 2^53', () => {
    expect(VenueOrderId.from(281476929510110).value).toBe('281476929510110');
    expect(VenueOrderId.from(2n ** 60n - 1n).toBigInt()).toBe(2n ** 60n - 1n);
    expect(VenueOrderId.from('1152921504606846975').value).toBe('1152921504606846975');
    expect(() => VenueOrderId.from(-1)).toThrow();
    expect(() => VenueOrderId.from(2 ** 60)).toThrow();
    expect(() => VenueOrderId.from('12a')).toThrow();
  });

  it('TradeId is at most 36 characters', () => {
    expect(TradeId.from(19211490282).value).toBe('19211490282');
    expect(() => TradeId.from('x'.repeat(37))).toThrow();
  });

  it('AccountId is {issuer}-{number}', () => {
    const a = AccountId.lighter(123456);
    expect([a.value, a.issuer, a.number]).toEqual(['LIGHTER-123456', 'LIGHTER', '123456']);
    expect(() => AccountId.from('LIGHTER')).toThrow();
    expect(() => AccountId.from('A-B-C')).toThrow();
  });
});
