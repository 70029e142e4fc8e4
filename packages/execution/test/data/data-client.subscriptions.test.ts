/**
 * Data client behaviours seen on the wire (a recording proxy sits between the client and the
 * simulator): the read-only WS connection, unsubscribe releasing the venue subscription, the
 * periodic instrument refresh with instrument status events for subscribed instruments only,
 * and the time filter of requestTrades.
 */
import { type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LighterDataClient } from '../../src/data/client.js';
import type { InstrumentStatus } from '../../src/instruments/provider.js';
import { type RecordingProxy, startRecordingProxy } from '../helpers/recording-proxy.js';
import { until } from '../integration/harness.js';

let sim: Simulator;
let proxy: RecordingProxy;
const clients: LighterDataClient[] = [];

function makeData(extra: { updateInstrumentsIntervalMins?: number } = {}): LighterDataClient {
  const c = new LighterDataClient({
    config: {
      network: { httpUrl: proxy.httpUrl, wsUrl: proxy.wsUrl, chainId: sim.chainId },
      restQuotaPerMin: 100_000,
      ...extra,
    },
  });
  clients.push(c);
  return c;
}

beforeEach(async () => {
  sim = await startSimulator({ seed: 5, marketMakers: false });
  proxy = await startRecordingProxy(sim.httpUrl);
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  await proxy.close();
  await sim.close();
});

const subs = () => sim.connections().flatMap((c) => c.subscriptions);

describe('LighterDataClient on the wire', () => {
  it('readonly data connection: the WS upgrade asks for readonly=true', async () => {
    const data = makeData();
    await data.connect();
    const upgrades = proxy.requests.filter((r) => r.path === '/stream');
    expect(upgrades).toHaveLength(1);
    expect(upgrades[0]?.query.get('readonly')).toBe('true');
  });

  it('unsubscribe releases the venue subscription', async () => {
    const data = makeData();
    await data.connect();
    data.subscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER' });
    data.subscribeTrades({ instrumentId: 'ETH-PERP.LIGHTER' });
    await until(
      () => subs().some((s) => s.startsWith('order_book')) && subs().some((s) => s.startsWith('trade')),
      'venue subscriptions',
    );
    data.unsubscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER' });
    data.unsubscribeTrades({ instrumentId: 'ETH-PERP.LIGHTER' });
    await until(
      () => !subs().some((s) => s.startsWith('order_book') || s.startsWith('trade')),
      'venue subscriptions released',
    );
  });

  it('instrument refresh re-fetches periodically; instrument status is emitted for subscribed instruments only', async () => {
    // 0.005 min = 300 ms between refreshes.
    const data = makeData({ updateInstrumentsIntervalMins: 0.005 });
    const statuses: InstrumentStatus[] = [];
    let instruments = 0;
    data.on('instrumentStatus', (s) => statuses.push(s));
    data.on('instrument', () => instruments++);
    await data.connect();
    const perLoad = instruments;
    expect(perLoad).toBeGreaterThan(0);
    expect(statuses).toEqual([]);
    data.subscribeInstrumentStatus({ instrumentId: 'ETH-PERP.LIGHTER' });
    expect(statuses.map((s) => [s.instrumentId, s.action])).toEqual([['ETH-PERP.LIGHTER', 'TRADING']]);

    const fetches = () => proxy.count('/api/v1/orderBookDetails');
    const start = fetches();
    await until(() => fetches() >= start + 2 && instruments >= perLoad * 3, 'two periodic refreshes');
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    expect(statuses.every((s) => s.instrumentId === 'ETH-PERP.LIGHTER')).toBe(true);

    data.unsubscribeInstrumentStatus({ instrumentId: 'ETH-PERP.LIGHTER' });
    const seen = statuses.length;
    const mark = instruments;
    await until(() => instruments >= mark + perLoad * 2, 'two more refreshes');
    expect(statuses).toHaveLength(seen);
  });

  it('requestTrades time filter keeps only trades inside [startMs, endMs]', async () => {
    const data = makeData();
    await data.connect();
    const maker = await sim.createAccount({ collateral: '100000' });
    const taker = await sim.createAccount({ collateral: '100000' });
    const trade = (price: string) => {
      sim.placeOrder({ accountIndex: maker.accountIndex, marketIndex: 0, isAsk: true, price, size: '0.01' });
      sim.placeOrder({
        accountIndex: taker.accountIndex,
        marketIndex: 0,
        isAsk: false,
        price,
        size: '0.01',
        timeInForce: 'ioc',
      });
    };
    trade('3001.00');
    sim.advanceTime(120_000);
    const between = sim.now() - 60_000;
    trade('3002.00');
    const all = await data.requestTrades({ instrumentId: 'ETH-PERP.LIGHTER' });
    expect(all.map((t) => t.price)).toEqual(['3001.00', '3002.00']);
    expect(
      (await data.requestTrades({ instrumentId: 'ETH-PERP.LIGHTER', startMs: between })).map((t) => t.price),
    ).toEqual(['3002.00']);
    expect(
      (await data.requestTrades({ instrumentId: 'ETH-PERP.LIGHTER', endMs: between })).map((t) => t.price),
    ).toEqual(['3001.00']);
  });
});
