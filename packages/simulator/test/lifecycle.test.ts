import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKETS, isSimulatorInputError, startSimulator } from '../src/index.js';
import { parseArgs } from '../src/cli-args.js';
import { WsProbe } from './helpers.js';

const handles = () =>
  process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap' || r === 'TCPSocketWrap' || r === 'Timeout');

describe('lifecycle', () => {
  it('binds 127.0.0.1 on an ephemeral port and close() frees every socket and timer (idempotent)', async () => {
    const before = handles().length;
    const sim = await startSimulator({ seed: 1, marketMakers: { intervalMs: 5 }, pingIntervalMs: 1000 });
    expect(sim.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.wsUrl).toBe(`ws://127.0.0.1:${sim.port}/stream`);
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({ type: 'subscribe', channel: 'order_book/0' });
    await ws.next((f) => f.type === 'update/order_book');
    sim.faults.inject({ kind: 'rest-delay', ms: 60_000 });
    const pending = fetch(`${sim.httpUrl}/api/v1/orderBooks`).catch(() => 'aborted');
    expect(handles().length).toBeGreaterThan(before);
    await Promise.all([sim.close(), sim.close()]);
    await ws.waitClose();
    expect(await pending).toBe('aborted');
    // let libuv finish closing the handles
    await new Promise((r) => setImmediate(r));
    expect(handles().length).toBeLessThanOrEqual(before);
  });

  it('is deterministic for a seed', async () => {
    const run = async (seed: number) => {
      const sim = await startSimulator({ seed, marketMakers: { intervalMs: 3_600_000, tradeProbability: 0.5 } });
      for (let i = 0; i < 40; i++) sim.marketMakers.step();
      const res = await fetch(`${sim.httpUrl}/api/v1/recentTrades?market_id=0&limit=100`);
      const body = (await res.json()) as { trades: { price: string; size: string; is_maker_ask: boolean }[] };
      await sim.close();
      return body.trades.map((t) => [t.price, t.size, t.is_maker_ask]);
    };
    const a = await run(42);
    expect(a.length).toBeGreaterThan(5);
    expect(await run(42)).toEqual(a);
    expect(await run(43)).not.toEqual(a);
  });

  it('validates options', async () => {
    for (const bad of [{ port: -1 }, { seed: 1.5 }, { markets: [DEFAULT_MARKETS[0]!, DEFAULT_MARKETS[0]!] }]) {
      await expect(startSimulator(bad)).rejects.toSatisfy(isSimulatorInputError);
    }
  });

  it('parses CLI flags', () => {
    expect(parseArgs(['--port', '8080', '--seed=9', '--markets', 'ETH,BTC', '--no-market-makers'])).toEqual({
      port: 8080,
      seed: 9,
      chainId: undefined,
      network: undefined,
      markets: ['ETH', 'BTC'],
      marketMakers: false,
      accounts: 0,
      collateral: '100000',
      apiKeyIndex: 4,
      json: false,
      help: false,
      version: false,
    });
    expect(parseArgs(['--accounts', '3', '--collateral=2500.5', '--api-key-index', '9', '--json'])).toMatchObject({
      accounts: 3,
      collateral: '2500.5',
      apiKeyIndex: 9,
      json: true,
    });
    expect(parseArgs(['--network', 'robinhood-testnet', '--chain-id', '300'])).toMatchObject({
      network: 'robinhood-testnet',
      chainId: 300,
    });
    expect(() => parseArgs(['--port', 'x'])).toThrow('--port');
    expect(() => parseArgs(['--bogus'])).toThrow('unknown flag');
  });
});

describe('automatic funding', () => {
  it('runs funding rounds on a timer and reports them via REST fundings', async () => {
    const sim = await startSimulator({ marketMakers: false, funding: { intervalMs: 20, rate: '0.0001' } });
    try {
      let rows: unknown[] = [];
      while (rows.length < 2) {
        await new Promise((r) => setTimeout(r, 25));
        const res = await fetch(
          `${sim.httpUrl}/api/v1/fundings?market_id=0&resolution=1h&start_timestamp=0&end_timestamp=${sim.now() + 1000}&count_back=10`,
        );
        rows = ((await res.json()) as { fundings: unknown[] }).fundings;
      }
      expect(rows[0]).toMatchObject({ direction: 'long', rate: '0.0001' });
    } finally {
      await sim.close();
    }
  });
});
