/**
 * LighterLiveDataClientFactory over the simulator on loopback: `create` returns a wired client that connects and
 * delivers a book snapshot on one subscription; a bad config or read-only token is refused by `create` with an
 * ExecutionConfigError naming the field, before any I/O.
 */
import { type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ExecutionConfigError,
  LighterDataClient,
  LighterLiveDataClientFactory,
  type OrderBookDeltas,
} from '../../src/index.js';
import { until } from '../integration/harness.js';

let sim: Simulator;
const clients: LighterDataClient[] = [];

beforeEach(async () => {
  sim = await startSimulator({ seed: 13, marketMakers: true });
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  await sim.close();
});

/** The ExecutionConfigError `create` throws for these options (fails the test when it does not throw one). */
function configErrorOf(options: Parameters<typeof LighterLiveDataClientFactory.create>[0]): ExecutionConfigError {
  let caught: unknown;
  try {
    clients.push(LighterLiveDataClientFactory.create(options));
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ExecutionConfigError);
  return caught as ExecutionConfigError;
}

describe('LighterLiveDataClientFactory.create', () => {
  it('builds a working client: connect, then one book subscription delivering the snapshot', async () => {
    const data = LighterLiveDataClientFactory.create({
      config: { network: { httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId }, restQuotaPerMin: 100_000 },
    });
    clients.push(data);
    expect(data).toBeInstanceOf(LighterDataClient);
    const deltas: OrderBookDeltas[] = [];
    data.on('deltas', (d) => deltas.push(d));
    await data.connect();
    data.subscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER' });
    await until(() => deltas.length >= 1, 'the book snapshot');
    const snapshot = deltas[0]!;
    expect(snapshot.instrumentId).toBe('ETH-PERP.LIGHTER');
    // A snapshot starts with CLEAR (action 4) and then adds the levels of a book the market makers filled.
    expect(snapshot.deltas[0]?.action).toBe(4);
    expect(snapshot.deltas.length).toBeGreaterThan(1);
  });

  it('refuses a bad config value with an ExecutionConfigError naming the field', () => {
    const e = configErrorOf({
      config: { network: { httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId }, restQuotaPerMin: -5 },
    });
    expect(e.fields).toContain('restQuotaPerMin');
    expect(e.message).toContain('restQuotaPerMin');
  });

  it('refuses a malformed read-only token naming the field, without echoing the token', () => {
    const e = configErrorOf({
      config: { network: { httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId } },
      readOnlyToken: 'not-a-token-SECRET',
    });
    expect(e.fields).toEqual(['readOnlyToken']);
    expect(e.message).not.toContain('SECRET');
  });
});
