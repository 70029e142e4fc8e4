import { type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LighterDataClient } from '../../src/data/client.js';
import type { DataClientEvents } from '../../src/data/client.js';
import { until } from '../integration/harness.js';

let sim: Simulator;
let data: LighterDataClient;
const seen: { [K in keyof DataClientEvents]?: DataClientEvents[K][] } = {};

function record<K extends keyof DataClientEvents>(k: K) {
  seen[k] = [];
  data.on(k, (e) => (seen[k] as DataClientEvents[K][]).push(e));
}

beforeEach(async () => {
  sim = await startSimulator({ seed: 3, marketMakers: true });
  data = new LighterDataClient({
    config: { network: { httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId }, restQuotaPerMin: 100_000 },
  });
  for (const k of [
    'instrument',
    'instrumentStatus',
    'deltas',
    'depth10',
    'quote',
    'trade',
    'markPrice',
    'indexPrice',
    'fundingRate',
    'dataGap',
    'dataResumed',
  ] as const)
    record(k);
});
afterEach(async () => {
  await data.close();
  await sim.close();
});

describe('LighterDataClient against the simulator', () => {
  it('emits instruments before connect resolves (perp + spot) and instrument status', async () => {
    await data.connect();
    const ids = (seen.instrument ?? []).map((i) => i.instrumentId);
    expect(ids).toEqual(expect.arrayContaining(['ETH-PERP.LIGHTER', 'BTC-PERP.LIGHTER', 'ETH/USDC-SPOT.LIGHTER']));
    const before = seen.instrument?.length ?? 0;
    data.subscribeInstruments();
    expect(seen.instrument?.length).toBe(before * 2);
    data.subscribeInstrumentStatus({ instrumentId: 'ETH-PERP.LIGHTER' });
    expect(seen.instrumentStatus?.[0]).toMatchObject({ instrumentId: 'ETH-PERP.LIGHTER', action: 'TRADING' });
  });

  it('book deltas with snapshot flags and nonce sequence, depth10, quotes; unsubscribe stops them', async () => {
    await data.connect();
    data.subscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER' });
    data.subscribeBookDepth10({ instrumentId: 'ETH-PERP.LIGHTER' });
    data.subscribeQuotes({ instrumentId: 'ETH-PERP.LIGHTER' });
    await until(
      () => (seen.deltas?.length ?? 0) >= 2 && (seen.depth10?.length ?? 0) >= 1 && (seen.quote?.length ?? 0) >= 1,
      'book + quotes',
    );
    const first = seen.deltas![0]!.deltas;
    expect(first[0]).toMatchObject({ action: 4, flags: 32 });
    expect(first.at(-1)!.flags & 128).toBe(128);
    for (const msg of seen.deltas!) expect(msg.deltas.filter((d) => (d.flags & 128) !== 0)).toHaveLength(1);
    const depth = seen.depth10!.at(-1)!;
    expect(depth.bids.length).toBeGreaterThan(0);
    expect(depth.bids.length).toBeLessThanOrEqual(10);
    expect(data.topOfBook('ETH-PERP.LIGHTER')?.ask).toBeDefined();
    expect(() => data.subscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER', bookType: 'L3_MBO' })).toThrow(/L2_MBP/);
    data.unsubscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER' });
    data.unsubscribeBookDepth10({ instrumentId: 'ETH-PERP.LIGHTER' });
  });

  it('book gap -> fresh snapshot (Clear) is emitted', async () => {
    await data.connect();
    data.subscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER' });
    await until(() => (seen.deltas?.length ?? 0) >= 2, 'first updates');
    sim.faults.inject({ kind: 'ws-gap', marketIndex: 0 });
    await until(() => (seen.deltas ?? []).slice(1).some((m) => m.deltas[0]?.action === 4), 'resnapshot after gap');
    // The sequence gap is announced too (reason from the streaming layer).
    expect(seen.dataGap?.map((g) => [g.dataType, g.reason])).toContainEqual(['deltas', 'gap']);
  });

  it('a dropped connection is visible downstream: dataGap + CLEAR at once, dataResumed + fresh snapshot after', async () => {
    await data.connect();
    const order: string[] = [];
    data.on('deltas', (d) =>
      order.push(
        d.deltas.length === 1 && d.deltas[0]?.action === 4
          ? 'clear'
          : d.deltas[0]?.action === 4
            ? 'snapshot'
            : 'update',
      ),
    );
    data.on('dataGap', (g) => order.push(`gap:${g.dataType}:${g.reason}`));
    data.on('dataResumed', (r) => order.push(`resumed:${r.dataType}`));
    data.subscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER' });
    data.subscribeQuotes({ instrumentId: 'ETH-PERP.LIGHTER' });
    await until(
      () => order.filter((o) => o === 'update').length >= 1 && data.topOfBook('ETH-PERP.LIGHTER') !== undefined,
      'live book',
    );
    const lastNonce = seen.deltas!.at(-1)!.deltas[0]!.sequence;
    sim.faults.inject({ kind: 'ws-close', code: 1012, reason: 'service restart' });
    await until(() => order.includes('gap:deltas:reconnect'), 'gap event');
    // The book consumer is told at once (not after the reconnect backoff): a CLEAR follows the gap synchronously.
    const gapAt = order.indexOf('gap:deltas:reconnect');
    expect(order[gapAt + 1]).toBe('clear');
    const clear = seen.deltas!.find((d) => d.deltas.length === 1 && d.deltas[0]?.action === 4)!.deltas[0]!;
    expect(clear).toMatchObject({
      instrumentId: 'ETH-PERP.LIGHTER',
      side: 'NO_ORDER_SIDE',
      flags: 128,
      sequence: lastNonce,
    });
    expect(seen.dataGap).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          instrumentId: 'ETH-PERP.LIGHTER',
          dataType: 'quotes',
          channel: 'ticker/0',
          reason: 'reconnect',
        }),
      ]),
    );
    expect(data.topOfBook('ETH-PERP.LIGHTER')).toBeUndefined(); // no stale quote for market-order caps
    await until(
      () => order.slice(gapAt).includes('snapshot') && order.slice(gapAt).includes('resumed:deltas'),
      'resubscribed with a snapshot',
    );
    // Nothing but the CLEAR between the gap and the fresh snapshot.
    const after = order.slice(gapAt + 2).filter((o) => o === 'update' || o === 'snapshot');
    expect(after[0]).toBe('snapshot');
    expect(seen.dataResumed?.find((r) => r.dataType === 'deltas')).toMatchObject({
      instrumentId: 'ETH-PERP.LIGHTER',
      channel: 'order_book/0',
    });
  });

  it('mark / index / funding from market_stats', async () => {
    await data.connect();
    data.subscribeMarkPrices({ instrumentId: 'ETH-PERP.LIGHTER' });
    data.subscribeIndexPrices({ instrumentId: 'ETH-PERP.LIGHTER' });
    data.subscribeFundingRates({ instrumentId: 'ETH-PERP.LIGHTER' });
    sim.setMarkPrice(0, '3123.45');
    await until(() => (seen.markPrice ?? []).some((m) => m.value === '3123.45'), 'mark price');
    await until(() => (seen.indexPrice?.length ?? 0) > 0 && (seen.fundingRate?.length ?? 0) > 0, 'index + funding');
    // The simulator sends the next funding time (Unix ms) beside the rate: both read from models' typed entry.
    expect(seen.fundingRate?.[0]).toMatchObject({ rate: expect.any(String), nextFundingMs: expect.any(Number) });
    expect(() => data.subscribeMarkPrices({ instrumentId: 'ETH/USDC-SPOT.LIGHTER' })).toThrow(/perp-only/);
    data.subscribeIndexPrices({ instrumentId: 'ETH/USDC-SPOT.LIGHTER' });
    await until(
      () => (seen.indexPrice ?? []).some((m) => m.instrumentId === 'ETH/USDC-SPOT.LIGHTER'),
      'spot index price',
    );
  });

  it('live public trades with aggressor side, deduplicated', async () => {
    await data.connect();
    data.subscribeTrades({ instrumentId: 'ETH-PERP.LIGHTER' });
    await until(
      () => sim.connections().some((c) => c.subscriptions.some((s) => s.startsWith('trade'))),
      'trade subscription',
    );
    const a = await sim.createAccount({ collateral: '100000' });
    const b = await sim.createAccount({ collateral: '100000' });
    sim.marketMakers.pause();
    sim.placeOrder({ accountIndex: a.accountIndex, marketIndex: 0, isAsk: true, price: '5000.00', size: '0.05' });
    sim.placeOrder({
      accountIndex: b.accountIndex,
      marketIndex: 0,
      isAsk: false,
      price: '5000.00',
      size: '0.05',
      timeInForce: 'ioc',
    });
    sim.flush();
    await until(() => (seen.trade ?? []).length > 0, 'a public trade');
    expect((seen.trade ?? []).every((t) => t.aggressorSide === 'BUYER' || t.aggressorSide === 'SELLER')).toBe(true);
    expect((seen.trade ?? []).some((t) => t.aggressorSide === 'BUYER')).toBe(true);
    const ids = (seen.trade ?? []).map((t) => t.tradeId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('requests: snapshot, trades, bars, funding; unsupported requests fail loudly', async () => {
    await data.connect();
    const snap = await data.requestBookSnapshot({ instrumentId: 'ETH-PERP.LIGHTER', depth: 1000 });
    expect(snap.bids.length).toBeGreaterThan(0);
    expect(snap.asks.length).toBeGreaterThan(0);
    const trades = await data.requestTrades({ instrumentId: 'ETH-PERP.LIGHTER' });
    for (let k = 1; k < trades.length; k++) expect(trades[k]!.tsEvent).toBeGreaterThanOrEqual(trades[k - 1]!.tsEvent);
    const now = Date.now();
    const bars = await data.requestBars({
      instrumentId: 'ETH-PERP.LIGHTER',
      resolution: '1m',
      startMs: now - 3600_000,
      endMs: now,
    });
    expect(Array.isArray(bars)).toBe(true);
    sim.runFunding({ marketIndex: 0, rate: '-0.0001' });
    const fundings = await data.requestFundingRates({
      instrumentId: 'ETH-PERP.LIGHTER',
      startMs: now - 3 * 3600_000,
      endMs: now + 3600_000,
    });
    expect(fundings.length).toBeGreaterThanOrEqual(1);
    expect(fundings.at(-1)?.rate.startsWith('-')).toBe(true);
    await expect(data.requestQuotes({ instrumentId: 'ETH-PERP.LIGHTER' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_REQUEST',
    });
    await expect(data.requestBookDepth({ instrumentId: 'ETH-PERP.LIGHTER' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_REQUEST',
    });
    expect(() => data.subscribeBars({ instrumentId: 'ETH-PERP.LIGHTER', resolution: '1w' })).toThrow(/REST-only/);
  });
});
