// Integration against @lighter-ts/simulator with injected WS faults: after each fault every
// book must equal the simulator's book exactly (REST orderBookOrders aggregated per price) and
// every subscription must be live again.
import { type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { orderBookChannel, type OrderBookEvent } from '../../src/channels/order-book.js';
import { tradeChannel } from '../../src/channels/trade.js';
import { LighterWsClient } from '../../src/client.js';
import { normalizeDecimal } from '../../src/decimal-key.js';
import type { Subscription } from '../../src/subscription.js';

const MARKETS = [0, 1, 2048] as const;
let sim: Simulator;
let ws: LighterWsClient;
let books: Map<number, Subscription<OrderBookEvent>>;
let latest: Map<number, OrderBookEvent>;
let resets: Array<{ market: number; reason: string }>;
let sessionId: string | undefined;

/** Exact sum of decimal strings (REST gives one row per order). */
function addDecimal(a: string, b: string): string {
  const scale = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const toInt = (s: string) => BigInt((s.split('.')[0] ?? '0') + (s.split('.')[1] ?? '').padEnd(scale, '0'));
  const sum = (toInt(a) + toInt(b)).toString().padStart(scale + 1, '0');
  return normalizeDecimal(scale === 0 ? sum : `${sum.slice(0, -scale)}.${sum.slice(-scale)}`);
}

type Levels = { asks: [string, string][]; bids: [string, string][] };

async function restBook(market: number): Promise<Levels> {
  const res = await fetch(`${sim.httpUrl}/api/v1/orderBookOrders?market_id=${market}&limit=250`);
  const body = (await res.json()) as {
    total_asks: number;
    total_bids: number;
    asks: { price: string; remaining_base_amount: string }[];
    bids: { price: string; remaining_base_amount: string }[];
  };
  expect(body.total_asks).toBeLessThanOrEqual(250);
  expect(body.total_bids).toBeLessThanOrEqual(250);
  const agg = (rows: { price: string; remaining_base_amount: string }[], desc: boolean): [string, string][] => {
    const m = new Map<string, string>();
    for (const r of rows) {
      const p = normalizeDecimal(r.price);
      m.set(p, addDecimal(m.get(p) ?? '0', r.remaining_base_amount));
    }
    return [...m.entries()].filter(([, s]) => s !== '0').sort((x, y) => (desc ? 1 : -1) * compareDecimal(y[0], x[0]));
  };
  return { asks: agg(body.asks, false), bids: agg(body.bids, true) };
}

function compareDecimal(a: string, b: string): number {
  const s = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const t = (x: string) => BigInt((x.split('.')[0] ?? '0') + (x.split('.')[1] ?? '').padEnd(s, '0'));
  const d = t(a) - t(b);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

function clientBook(market: number): Levels | undefined {
  const e = latest.get(market);
  if (!e?.book.ready) return undefined;
  const snap = e.book.snapshot();
  const n = (l: { price: string; size: string }): [string, string] => [
    normalizeDecimal(l.price),
    normalizeDecimal(l.size),
  ];
  return { asks: snap.asks.map(n), bids: snap.bids.map(n) };
}

/** Condition polling (no timing assertion: the bound only turns a hang into a readable failure). */
async function until(what: string, cond: () => boolean | Promise<boolean>, boundMs = 10_000): Promise<void> {
  const end = Date.now() + boundMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`condition not reached: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Freeze the venue, then wait until every client book equals the simulator's book exactly. */
async function expectBooksEqualVenue(): Promise<void> {
  sim.marketMakers.pause();
  try {
    sim.flush();
    for (const m of MARKETS) {
      const venue = await restBook(m);
      expect(venue.asks.length + venue.bids.length).toBeGreaterThan(0);
      await until(
        `book ${m} equals the simulator`,
        () => JSON.stringify(clientBook(m)) === JSON.stringify(venue),
      ).catch(() => {
        expect(clientBook(m)).toEqual(venue);
      });
      expect(clientBook(m)).toEqual(venue);
    }
  } finally {
    sim.marketMakers.resume();
  }
}

/** Every subscription delivers a fresh update again. */
async function expectAllLive(): Promise<void> {
  await Promise.all(MARKETS.map((m) => books.get(m)!.next()));
}

beforeAll(async () => {
  sim = await startSimulator({ seed: 7, marketMakers: { intervalMs: 30, levels: 12 } });
});
afterAll(async () => {
  await sim.close();
});

describe.each([false, true])('with readonly=%s', (readonly) => {
  beforeAll(async () => {
    ws = new LighterWsClient({
      url: sim.wsUrl,
      readonly,
      backoff: { initialMs: 20, maxMs: 200 },
      pingIntervalMs: 100,
      // Generous, so a loaded CI machine never trips the watchdog outside the stop-pong test.
      pongTimeoutMs: 1_000,
      tickMs: 20,
    });
    ws.on('connected', (c) => (sessionId = c.sessionId));
    await ws.connect();
    books = new Map();
    latest = new Map();
    resets = [];
    for (const m of MARKETS) {
      const sub = ws.subscribe(orderBookChannel({ marketIndex: m }));
      sub.on('data', (e) => latest.set(m, e));
      sub.on('reset', (r) => resets.push({ market: m, reason: r.reason }));
      books.set(m, sub);
    }
    await expectAllLive();
  });
  afterAll(async () => {
    await ws.close();
  });
  afterEach(() => {
    sim.faults.clear();
    resets.length = 0;
  });

  it('starts equal to the simulator', async () => {
    await expectBooksEqualVenue();
  });

  it('recovers from a connection dropped mid-stream', async () => {
    const events: string[] = [];
    const sub = books.get(0)!;
    const offs = [
      sub.on('reconnecting', () => events.push('reconnecting')),
      sub.on('resubscribed', () => events.push('resubscribed')),
    ];
    sim.faults.inject({ kind: 'ws-drop-after', frames: 5, connectionId: sessionId });
    await until('resubscribed after drop', () => events.includes('resubscribed'));
    for (const off of offs) off();
    expect(events).toEqual(['reconnecting', 'resubscribed']);
    expect(
      resets
        .filter((r) => r.reason === 'reconnect')
        .map((r) => r.market)
        .sort((a, b) => a - b),
    ).toEqual([...MARKETS]);
    await expectAllLive();
    await expectBooksEqualVenue();
  });

  it('resyncs after a book gap', async () => {
    sim.faults.inject({ kind: 'ws-gap', marketIndex: 1 });
    await until('gap detected', () => resets.some((r) => r.market === 1 && r.reason === 'gap'));
    await expectAllLive();
    await expectBooksEqualVenue();
  });

  it('resyncs after a duplicated frame', async () => {
    sim.faults.inject({ kind: 'ws-duplicate', times: 1 });
    await until('duplicate detected', () => resets.some((r) => r.reason === 'duplicate'));
    await expectAllLive();
    await expectBooksEqualVenue();
  });

  it('stays exact after a reordered frame', async () => {
    // The held frame may belong to another market than the one overtaking it, so a reorder
    // does not always break one book's continuity; when it does, the book resyncs.
    const handle = sim.faults.inject({ kind: 'ws-reorder', times: 1 });
    await until('reorder applied', () => !sim.faults.list().length);
    handle.remove();
    for (const r of resets) expect(['gap', 'out_of_order']).toContain(r.reason);
    await expectAllLive();
    await expectBooksEqualVenue();
  });

  it('survives a malformed frame (surfaced as unknown, not fatal)', async () => {
    const unknown: string[] = [];
    const off = ws.on('unknown', (u) => unknown.push(u.reason));
    sim.faults.inject({ kind: 'ws-malformed', times: 1 });
    await until('malformed frame surfaced', () => unknown.includes('malformed'));
    off();
    expect(ws.state).toBe('open');
    await expectAllLive();
    await expectBooksEqualVenue();
  });

  it('reconnects when the server stops answering pings', async () => {
    const before = sessionId;
    const handle = sim.faults.inject({ kind: 'ws-stop-pong', connectionId: before });
    await until('new session after pong timeout', () => sessionId !== before && ws.state === 'open');
    handle.remove();
    await expectAllLive();
    await expectBooksEqualVenue();
  });

  it('reconnects after a server close code', async () => {
    const closes: number[] = [];
    const off = ws.on('close', (c) => closes.push(c.code));
    const before = sessionId;
    sim.faults.inject({ kind: 'ws-close', code: 1012, reason: 'service restart' });
    await until('reconnected after close', () => sessionId !== before && ws.state === 'open');
    off();
    expect(closes).toEqual([1012]);
    await expectAllLive();
    await expectBooksEqualVenue();
  });

  it('keeps other channels live too (trades after faults)', async () => {
    const trades = ws.subscribe(tradeChannel({ marketIndex: 0 }));
    await until(
      'trade frames',
      async () =>
        await Promise.race([
          trades.next().then(() => true),
          new Promise<boolean>((r) => setTimeout(() => r(false), 500)),
        ]),
    );
    trades.unsubscribe();
  });
});
