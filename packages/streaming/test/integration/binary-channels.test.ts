// bo_market_stats and up_down_candle (docs/protocol/binary-options.md#websocket) through the client against the
// simulator over real sockets, with an Up/Down market linked to the BTC perp as its underlying.
import { binaryMarketSpec, DEFAULT_MARKETS, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { boMarketStatsChannel } from '../../src/channels/bo-market-stats.js';
import { upDownCandleChannel } from '../../src/channels/up-down-candle.js';
import { LighterWsClient } from '../../src/client.js';
import { isLighterWsError } from '../../src/errors.js';

let sim: Simulator;
let ws: LighterWsClient;
const START = 1_761_400_800;

beforeAll(async () => {
  sim = await startSimulator({
    marketMakers: false,
    flushIntervalMs: 10,
    markets: [...DEFAULT_MARKETS, binaryMarketSpec({ startAt: START })],
  });
  ws = new LighterWsClient({ url: sim.wsUrl, readonly: true });
  await ws.connect();
});
afterAll(async () => {
  await ws.close();
  await sim.close();
});

it('bo_market_stats/all carries binary markets only', async () => {
  const sub = ws.subscribe(boMarketStatsChannel({ market: 'all' }));
  const e = await sub.next();
  expect(Object.keys(e.stats)).toEqual(['1001']);
  expect(e.stats['1001']?.market_id).toBe(1001);
  sub.unsubscribe();
});

it('up_down_candle streams the underlying as exact decimal strings', async () => {
  sim.setMarkPrice(1, '91234.5');
  const sub = ws.subscribe(upDownCandleChannel({ underlying: 'BTC', duration: '15m', resolution: '1s' }));
  const first = await sub.next();
  expect(first).toMatchObject({ underlying: 'btc', duration: '15m', resolution: '1s' });
  expect(first.candles.at(-1)?.close).toBe('91234.5');
  const sim30 = sim.connections().flatMap((c) => c.subscriptions);
  expect(sim30).toContain('up_down_candle:btc:15m:1s');
  sub.unsubscribe();
});

it('refuses malformed up_down_candle parameters before subscribing', () => {
  let err: unknown;
  try {
    upDownCandleChannel({ underlying: 'b/tc', duration: '15m', resolution: '1s' });
  } catch (e) {
    err = e;
  }
  expect(isLighterWsError(err)).toBe(true);
  expect(() => upDownCandleChannel({ underlying: 'btc', duration: '15m', resolution: '1m' as '1s' })).toThrow(
    /resolution/,
  );
});
