import { parseEvents, parseOrderBookDetails } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { parseInstruments } from '../../src/instruments/parse.js';
import { type InstrumentStatus, InstrumentProvider } from '../../src/instruments/provider.js';
import { fixture } from '../fixtures.js';

// The provider gets what http's orderBookDetails / events answer: bodies parsed by models' schemas.
const details = () => parseOrderBookDetails(fixture('rest/nt_order_book_details.json'));

describe('instruments', () => {
  it('maps perp and spot from orderBookDetails with exact field mapping', () => {
    const list = parseInstruments({ response: details() });
    const eth = list.find((i) => i.instrumentId === 'ETH-PERP.LIGHTER')!;
    expect(eth).toMatchObject({
      rawSymbol: 'ETH',
      marketIndex: 0,
      kind: 'perp',
      priceDecimals: 2,
      sizeDecimals: 4,
      priceIncrement: '0.01',
      sizeIncrement: '0.0001',
      minQuantity: '0.005',
      minNotional: '10',
      marginInit: '0.05',
      marginMaint: '0.012',
      status: 'active',
    });
    const spot = list.find((i) => i.kind === 'spot');
    if (spot !== undefined) expect(spot.instrumentId).toMatch(/^[A-Z0-9]+\/[A-Z0-9]+-SPOT\.LIGHTER$/);
  });

  it('null lists map to no instruments', () => {
    expect(
      parseInstruments({
        response: parseOrderBookDetails({ code: 200, order_book_details: null, spot_order_book_details: null }),
      }),
    ).toEqual([]);
  });

  it('provider builds the bidirectional map, emits status, and refreshes on reload', async () => {
    let calls = 0;
    const base = details();
    const p = new InstrumentProvider({
      fetchDetails: async () => {
        calls++;
        return calls === 1
          ? base
          : { ...base, order_book_details: base.order_book_details.map((r) => ({ ...r, status: 'inactive' })) };
      },
    });
    const statuses: InstrumentStatus[] = [];
    p.listen({ onStatus: (s) => statuses.push(s) });
    await p.load();
    expect(p.byMarketIndex(0)?.instrumentId).toBe('ETH-PERP.LIGHTER');
    expect(p.require('ETH-PERP.LIGHTER').marketIndex).toBe(0);
    expect(() => p.require('NOPE.LIGHTER')).toThrow(/unknown instrument/);
    expect(statuses.find((s) => s.instrumentId === 'ETH-PERP.LIGHTER')?.action).toBe('TRADING');
    await p.load();
    expect(statuses.filter((s) => s.instrumentId === 'ETH-PERP.LIGHTER').at(-1)?.action).toBe(
      'NOT_AVAILABLE_FOR_TRADING',
    );
    p.startRefresh({ intervalMins: 60 });
    p.close();
    p.close();
  });

  it('adds BinaryOption instruments from the events route when fetchEvents is given', async () => {
    const p = new InstrumentProvider({
      fetchDetails: async () => details(),
      fetchEvents: async () => parseEvents(fixture('rest/ours_bo_events.json')),
    });
    await p.load();
    expect(p.byMarketIndex(1001)).toMatchObject({
      kind: 'binary',
      type: 'BinaryOption',
      settlementCap: 100,
      instrumentId: 'BTC-UPDOWN-15M-1761400800-BINARY.LIGHTER',
    });
    expect(p.byMarketIndex(1002)?.kind).toBe('binary');
    expect(p.byMarketIndex(0)?.kind).toBe('perp');
    const without = new InstrumentProvider({ fetchDetails: async () => details() });
    await without.load();
    expect(without.byMarketIndex(1001)).toBeUndefined();
    p.close();
    without.close();
  });
});
