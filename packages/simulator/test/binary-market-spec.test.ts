import { describe, expect, it } from 'vitest';
import { binaryMarketSpec, isSimulatorInputError, startSimulator } from '../src/index.js';
import { getJson } from './helpers.js';

describe('binaryMarketSpec', () => {
  it('builds the common Up/Down terms, the window end from the duration', () => {
    expect(binaryMarketSpec({ startAt: 1_000 })).toEqual({
      marketIndex: 1001,
      symbol: 'BTC-UPDOWN-15M',
      marketType: 'binary',
      sizeDecimals: 4,
      priceDecimals: 2,
      minBaseAmount: '1.0000',
      minQuoteAmount: '1.000000',
      initialPrice: '0.50',
      binary: {
        eventId: 1,
        title: 'BTC Up or Down',
        tag: 'btc-updown-15m',
        underlying: 'btc',
        duration: '15m',
        startAt: 1_000,
        endAt: 1_900,
        underlyingMarketIndex: 1,
      },
    });
  });

  it('names an ETH market after its underlying, on the ETH perp, and keeps the optional terms given', () => {
    const spec = binaryMarketSpec({
      marketIndex: 1002,
      underlying: 'eth',
      duration: '1h',
      eventId: 7,
      startAt: 0,
      settleAtEnd: true,
      referencePrice: '3000.00',
      settlementCap: 1000,
    });
    expect(spec).toMatchObject({ marketIndex: 1002, symbol: 'ETH-UPDOWN-1H' });
    expect(spec.binary).toMatchObject({
      eventId: 7,
      title: 'ETH Up or Down',
      tag: 'eth-updown-1h',
      endAt: 3600,
      underlyingMarketIndex: 0,
      settleAtEnd: true,
      referencePrice: '3000.00',
      settlementCap: 1000,
    });
    expect(binaryMarketSpec({ startAt: 0, duration: '2d', endAt: 5 }).binary?.endAt).toBe(5);
    expect(binaryMarketSpec({ startAt: 0, duration: '1d' }).binary?.endAt).toBe(86_400);
  });

  it('refuses a duration it cannot turn into an end, naming the field and the value', () => {
    let err: unknown;
    try {
      binaryMarketSpec({ startAt: 0, duration: '15 minutes' });
    } catch (e) {
      err = e;
    }
    expect(isSimulatorInputError(err)).toBe(true);
    expect((err as Error).message).toMatch(/duration.*"15 minutes"/);
  });

  it('is a market the simulator lists as an Up/Down event', async () => {
    const startAt = Math.floor(Date.now() / 1000) - 60;
    const sim = await startSimulator({ marketMakers: false, markets: [binaryMarketSpec({ startAt, eventId: 42 })] });
    try {
      const body = (await getJson(sim, '/api/v1/events?active=true&tag=btc-updown-15m&limit=2')).body as {
        events: { event_id: number; markets: { market_id: number }[] }[];
      };
      expect(body.events.map((e) => [e.event_id, e.markets.map((m) => m.market_id)])).toEqual([[42, [1001]]]);
    } finally {
      await sim.close();
    }
  });
});
