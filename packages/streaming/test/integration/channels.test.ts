// Candle closing and market_stats ref-counting against the simulator.
import { type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { candleChannel } from '../../src/channels/candle.js';
import { marketStatsChannel } from '../../src/channels/market-stats.js';
import { LighterWsClient } from '../../src/client.js';

let sim: Simulator;
let ws: LighterWsClient;

beforeAll(async () => {
  sim = await startSimulator({ seed: 11, marketMakers: { intervalMs: 20, tradeProbability: 1 } });
  ws = new LighterWsClient({ url: sim.wsUrl, readonly: true });
  await ws.connect();
});
afterAll(async () => {
  await ws.close();
  await sim.close();
});

it('emits a 1m candle only once the venue starts the next bar', async () => {
  // Start 1 s into a fresh venue minute so no real minute boundary falls inside the test.
  sim.advanceTime(60_000 - (sim.now() % 60_000) + 1_000);
  const sub = ws.subscribe(candleChannel({ marketIndex: 0, resolution: '1m' }));
  const closed: number[] = [];
  sub.on('data', (e) => closed.push(e.candle.openTime));
  const venueHas = () => sim.connections().some((c) => c.subscriptions.includes('candle:0:1m'));
  while (!venueHas()) await new Promise((r) => setTimeout(r, 10));
  // The open bar is re-sent on every flush with trades; none of those may be emitted.
  await new Promise((r) => setTimeout(r, 150));
  expect(closed).toEqual([]);
  const barStart = Math.floor(sim.now() / 60_000) * 60_000;
  sim.advanceTime(60_000);
  const e = await sub.next();
  expect(e.candle.openTime).toBe(barStart);
  expect(Number(e.candle.high) >= Number(e.candle.low)).toBe(true);
  sub.unsubscribe();
});

it('shares one venue market_stats subscription across consumers (ref-counted)', async () => {
  const a = ws.subscribe(marketStatsChannel({ market: 0 }));
  const b = ws.subscribe(marketStatsChannel({ market: 0 }));
  const [ea] = await Promise.all([a.next(), b.next()]);
  expect(ea.stats['0']).toBeDefined();
  const subsOnVenue = () =>
    sim
      .connections()
      .flatMap((c) => c.subscriptions)
      .filter((s) => s.startsWith('market_stats'));
  expect(subsOnVenue()).toEqual(['market_stats:0']);
  a.unsubscribe();
  await b.next();
  expect(subsOnVenue()).toEqual(['market_stats:0']);
  b.unsubscribe();
  const until = Date.now() + 5_000;
  while (subsOnVenue().length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  expect(subsOnVenue()).toEqual([]);
});
