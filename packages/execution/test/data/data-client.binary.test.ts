/**
 * The data client on an Up/Down market over real sockets to the simulator (docs/protocol/binary-options.md#websocket):
 * binary instruments from the `events` route, `bo_market_stats` and `up_down_candle` as custom data events, each
 * released on unsubscribe, and refused on a perp.
 */
import {
  binaryMarketSpec,
  DEFAULT_MARKETS,
  type MarketSpec,
  type Simulator,
  startSimulator,
} from '@lighter-ts/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BinaryMarketStats, UpDownBar } from '../../src/data/binary-streams.js';
import { LighterDataClient } from '../../src/data/client.js';
import { isExecutionError } from '../../src/errors.js';
import { until } from '../integration/harness.js';

const NOW_S = Math.floor(Date.now() / 1000);
const BO: MarketSpec = binaryMarketSpec({ startAt: NOW_S - 60, endAt: NOW_S + 840, eventId: 2001 });
const BO_ID = 'BTC-UPDOWN-15M-BINARY.LIGHTER';

let sim: Simulator;
const clients: LighterDataClient[] = [];

function makeData(loadBinaryOptions = true): LighterDataClient {
  const c = new LighterDataClient({
    config: { network: { httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId }, restQuotaPerMin: 100_000 },
    loadBinaryOptions,
  });
  clients.push(c);
  return c;
}

beforeEach(async () => {
  sim = await startSimulator({ seed: 5, marketMakers: false, flushIntervalMs: 10, markets: [...DEFAULT_MARKETS, BO] });
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  await sim.close();
});

const subs = () => sim.connections().flatMap((c) => c.subscriptions);

describe('LighterDataClient on a binary-option market', () => {
  it('loads Up/Down markets from events only when asked', async () => {
    const plain = makeData(false);
    await plain.connect();
    expect(plain.instruments.byId(BO_ID)).toBeUndefined();
    const data = makeData();
    await data.connect();
    expect(data.instruments.byId(BO_ID)).toMatchObject({ kind: 'binary', marketIndex: 1001, tag: 'btc-updown-15m' });
  });

  it('bo_market_stats: custom data events with the last trade price, released on unsubscribe', async () => {
    const data = makeData();
    const stats: BinaryMarketStats[] = [];
    data.on('binaryMarketStats', (s) => stats.push(s));
    await data.connect();
    data.subscribeBinaryMarketStats({ instrumentId: BO_ID });
    await until(() => subs().some((s) => s.startsWith('bo_market_stats')), 'venue subscription');
    await until(() => stats.length > 0, 'first stats');
    expect(stats[0]).toMatchObject({ instrumentId: BO_ID, marketIndex: 1001 });
    expect(stats[0]?.raw).toMatchObject({ market_id: 1001 });

    // An Up buyer meets a Down seller at 0.55: the next stats carry that trade.
    const up = await sim.createAccount({ collateral: '100' });
    const down = await sim.createAccount({ collateral: '100' });
    sim.placeOrder({ accountIndex: up.accountIndex, marketIndex: 1001, isAsk: false, price: '0.55', size: '10' });
    sim.placeOrder({
      accountIndex: down.accountIndex,
      marketIndex: 1001,
      isAsk: true,
      price: '0.55',
      size: '10',
      timeInForce: 'ioc',
    });
    await until(() => stats.some((s) => s.lastTradePrice === '0.55'), 'stats after the trade');

    data.unsubscribeBinaryMarketStats({ instrumentId: BO_ID });
    await until(() => !subs().some((s) => s.startsWith('bo_market_stats')), 'venue subscription released');
  });

  it('up_down_candle: history then the forming candle of the underlying, by instrument or by series', async () => {
    const data = makeData();
    const bars: UpDownBar[] = [];
    data.on('upDownBar', (b) => bars.push(b));
    await data.connect();
    data.subscribeUpDownBars({ instrumentId: BO_ID, resolution: '1s' });
    await until(() => bars.length >= 5, 'snapshot');
    // The snapshot replays closed candles, oldest first, then the forming one.
    expect(bars.slice(0, 5).map((b) => b.closed)).toEqual([true, true, true, true, false]);
    expect(bars[0]).toMatchObject({ underlying: 'btc', duration: '15m', resolution: '1s', close: '90000.0' });
    expect(bars[1]!.openTimeMs - bars[0]!.openTimeMs).toBe(1000);

    // The underlying moves: the forming candle follows it.
    sim.setMarkPrice(1, '91000.0');
    await until(() => bars.some((b) => !b.closed && b.close === '91000.0'), 'forming candle after the move');

    data.unsubscribeUpDownBars({ underlying: 'BTC', duration: '15m', resolution: '1s' });
    await until(() => !subs().some((s) => s.startsWith('up_down_candle')), 'venue subscription released');
  });

  it('refuses binary-only streams on a perp, naming the instrument and its kind', async () => {
    const data = makeData();
    await data.connect();
    for (const call of [
      () => data.subscribeBinaryMarketStats({ instrumentId: 'ETH-PERP.LIGHTER' }),
      () => data.subscribeUpDownBars({ instrumentId: 'ETH-PERP.LIGHTER', resolution: '1s' }),
    ]) {
      let caught: unknown;
      try {
        call();
      } catch (e) {
        caught = e;
      }
      expect(isExecutionError(caught) && caught.code).toBe('UNSUPPORTED_REQUEST');
      expect((caught as Error).message).toMatch(/ETH-PERP\.LIGHTER has kind perp/);
    }
    expect(subs().filter((s) => s.startsWith('bo_market_stats') || s.startsWith('up_down_candle'))).toEqual([]);
  });
});
