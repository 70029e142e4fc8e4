import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orderBookChannel } from '../src/channels/order-book.js';
import { accountAllOrdersChannel } from '../src/channels/account-all-orders.js';
import { accountOrdersChannel } from '../src/channels/account-orders.js';
import { marketStatsChannel } from '../src/channels/market-stats.js';
import { tickerChannel } from '../src/channels/ticker.js';
import { LighterWsClient } from '../src/client.js';
import type { LighterWsClientOptions } from '../src/options.js';
import { type FakeVenue, once, startFakeVenue } from './helpers/fake-venue.js';

let venue: FakeVenue;
let client: LighterWsClient | undefined;

beforeEach(async () => {
  venue = await startFakeVenue();
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  await venue.close();
});

const make = (o: Partial<LighterWsClientOptions> = {}): LighterWsClient => {
  client = new LighterWsClient({ url: venue.url, backoff: { initialMs: 10, maxMs: 50 }, tickMs: 10, ...o });
  return client;
};
const subscribeFrame = (channel: string) => (f: Record<string, unknown>) =>
  f.type === 'subscribe' && f.channel === channel;

describe('LighterWsClient connection', () => {
  it('is inert until connect, appends readonly=true, and reports the greeting', async () => {
    const ws = make({ readonly: true });
    expect(ws.state).toBe('idle');
    expect(venue.connections).toBe(0);
    const greeted = once<{ sessionId: string | undefined }>((l) => ws.on('connected', l));
    await ws.connect();
    expect(ws.state).toBe('open');
    expect(ws.sessionId).toBe('s1');
    expect(venue.paths[0]).toContain('readonly=true');
    expect((await greeted).sessionId).toBe('s1');
  });

  it('sends subscriptions made before connect() once open', async () => {
    const ws = make();
    ws.subscribe(tickerChannel({ marketIndex: 5 }));
    expect(venue.connections).toBe(0);
    await ws.connect();
    await venue.waitFor(subscribeFrame('ticker/5'));
  });

  it('connect() is abortable and close() during connect rejects with WS_CLOSED', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(make().connect({ signal: ac.signal })).rejects.toMatchObject({ code: 'WS_ABORTED' });
    const ws = make();
    const p = ws.connect();
    await ws.close();
    await expect(p).rejects.toMatchObject({ code: 'WS_CLOSED' });
  });

  it('rejects a failed first connect with a typed error', async () => {
    const ws = new LighterWsClient({ url: 'ws://127.0.0.1:1/stream' });
    await expect(ws.connect()).rejects.toMatchObject({ code: 'WS_ERROR' });
    expect(ws.state).toBe('idle');
    await ws.close();
  });

  it('validates options with errors naming the field', () => {
    expect(() => new LighterWsClient({ url: 'http://x' })).toThrow(/url/);
    expect(() => new LighterWsClient({ url: venue.url, pingIntervalMs: -1 })).toThrow(/pingIntervalMs/);
  });

  it('answers venue pings with pong and sends its own pings', async () => {
    const ws = make({ pingIntervalMs: 20 });
    await ws.connect();
    venue.send({ type: 'ping' });
    await venue.waitFor((f) => f.type === 'pong');
    await venue.waitFor((f) => f.type === 'ping');
  });

  it('reconnects when the server stops answering pings', async () => {
    venue.answerPings = false;
    venue.answerProtocolPings = false;
    const ws = make({ pingIntervalMs: 20, pongTimeoutMs: 40 });
    await ws.connect();
    const r = await once<{ attempt: number }>((l) => ws.on('reconnecting', l));
    expect(r.attempt).toBe(0);
    await venue.waitForConnections(2);
  });

  // Protocol pings are a `ws`-only feature (src/socket/ws-socket.ts); test/socket.test.ts covers the standard path.
  it.runIf(typeof (globalThis as { WebSocket?: unknown }).WebSocket !== 'function')(
    'a protocol-level pong alone keeps the connection (venue ignoring JSON pings)',
    async () => {
      venue.answerPings = false;
      const ws = make({ pingIntervalMs: 10, pongTimeoutMs: 200 });
      let reconnects = 0;
      ws.on('reconnecting', () => reconnects++);
      await ws.connect();
      // ~50 ping rounds span several pong timeouts: without the protocol pong this would reconnect.
      for (let i = 0; i < 50; i++) {
        const seen = venue.received.filter((f) => f.type === 'ping').length;
        await venue.waitFor((f) => f.type === 'ping' && venue.received.filter((x) => x.type === 'ping').length > seen);
      }
      expect(reconnects).toBe(0);
      expect(venue.connections).toBe(1);
    },
  );

  it('surfaces unknown, malformed and null frames as events, never fatal', async () => {
    const ws = make();
    await ws.connect();
    const seen: string[] = [];
    ws.on('unknown', (u) => seen.push(u.reason));
    const sub = ws.subscribe(tickerChannel({ marketIndex: 0 }));
    await venue.waitFor(subscribeFrame('ticker/0'));
    venue.sendRaw('{oops');
    venue.sendRaw('null');
    venue.send({ type: 'update/brand_new_channel', channel: 'brand_new_channel:1' });
    venue.send({
      type: 'update/ticker',
      channel: 'ticker:0',
      ticker: { s: 'ETH', a: { price: '2', size: '1' }, b: { price: '1', size: '1' } },
    });
    const e = await sub.next();
    expect(e.bestAsk?.price).toBe('2');
    expect(seen).toEqual(['malformed', 'not_object', 'unrouted']);
    expect(ws.state).toBe('open');
  });
});

describe('subscriptions', () => {
  it('replays every subscription after a drop with reconnecting / reset / resubscribed events', async () => {
    const ws = make();
    await ws.connect();
    const book = ws.subscribe(orderBookChannel({ marketIndex: 0 }));
    const events: string[] = [];
    book.on('reconnecting', () => events.push('reconnecting'));
    book.on('reset', (r) => events.push(`reset:${r.reason}`));
    book.on('resubscribed', () => events.push('resubscribed'));
    await venue.waitFor(subscribeFrame('order_book/0'));
    const snap = {
      type: 'subscribed/order_book',
      channel: 'order_book:0',
      order_book: { asks: [{ price: '10', size: '1' }], bids: [], nonce: 5, begin_nonce: 0 },
    };
    venue.send(snap);
    await book.next();
    venue.dropCurrent();
    await venue.waitForConnections(2);
    await venue.waitFor(
      (f) =>
        f.type === 'subscribe' &&
        venue.received.indexOf(f) > 0 &&
        f.channel === 'order_book/0' &&
        venue.received.filter(subscribeFrame('order_book/0')).length === 2,
    );
    venue.send({ ...snap, order_book: { ...snap.order_book, asks: [{ price: '11', size: '2' }], nonce: 100 } });
    const e = await book.next();
    expect(e.book.bestAsk()).toEqual({ price: '11', size: '2' });
    expect(events).toEqual(['reconnecting', 'reset:reconnect', 'resubscribed']);
  });

  it('resyncs a book on a gap: unsubscribe + subscribe, reset event, fresh snapshot', async () => {
    const ws = make();
    await ws.connect();
    const book = ws.subscribe(orderBookChannel({ marketIndex: 3 }));
    const it = book[Symbol.asyncIterator]();
    await venue.waitFor(subscribeFrame('order_book/3'));
    const ob = (nonce: number, begin: number, asks: unknown[]) => ({ asks, bids: [], nonce, begin_nonce: begin });
    venue.send({
      type: 'subscribed/order_book',
      channel: 'order_book:3',
      order_book: ob(1, 0, [{ price: '5', size: '1' }]),
    });
    venue.send({
      type: 'update/order_book',
      channel: 'order_book:3',
      order_book: ob(2, 1, [{ price: '6', size: '1' }]),
    });
    expect((await it.next()).value).toMatchObject({ phase: 'snapshot', nonce: 1 });
    expect((await it.next()).value).toMatchObject({ phase: 'update', nonce: 2 });
    const reset = once<{ reason: string }>((l) => book.on('reset', l));
    venue.send({
      type: 'update/order_book',
      channel: 'order_book:3',
      order_book: ob(9, 7, [{ price: '7', size: '1' }]),
    });
    expect((await reset).reason).toBe('gap');
    await venue.waitFor((f) => f.type === 'unsubscribe' && f.channel === 'order_book/3');
    await venue.waitFor(
      (f) => subscribeFrame('order_book/3')(f) && venue.received.filter(subscribeFrame('order_book/3')).length === 2,
    );
    // A stale update of the old stream is ignored until the new snapshot arrives.
    venue.send({
      type: 'update/order_book',
      channel: 'order_book:3',
      order_book: ob(10, 9, [{ price: '8', size: '1' }]),
    });
    venue.send({
      type: 'subscribed/order_book',
      channel: 'order_book:3',
      order_book: ob(20, 0, [{ price: '5.5', size: '3' }]),
    });
    const e = (await it.next()).value as Awaited<ReturnType<typeof book.next>>;
    expect(e.phase).toBe('snapshot');
    expect(e.nonce).toBe(20);
    expect(e.book.depth(5).asks).toEqual([{ price: '5.5', size: '3' }]);
  });

  it('routes private frames labelled without the account part by kind (older servers)', async () => {
    const ws = make({ authToken: () => 'tok' });
    await ws.connect();
    const sub = ws.subscribe(accountOrdersChannel({ marketIndex: 0, accountIndex: 1234 }));
    await venue.waitFor(subscribeFrame('account_orders/0/1234'));
    venue.send({ type: 'update/account_orders', channel: 'account_orders:0', orders: { '0': [] } });
    const e = await sub.next();
    expect(e.data.orders).toEqual({ '0': [] });
  });

  it('drops late frames of an unsubscribed channel quietly; other strays are surfaced', async () => {
    const ws = make();
    await ws.connect();
    const unknown: unknown[] = [];
    ws.on('unknown', (u) => unknown.push(u.raw));
    const sub = ws.subscribe(tickerChannel({ marketIndex: 0 }));
    await venue.waitFor(subscribeFrame('ticker/0'));
    venue.send({ type: 'subscribed/ticker', channel: 'ticker:0', ticker: {} });
    await sub.next();
    sub.unsubscribe();
    await venue.waitFor((f) => f.type === 'unsubscribe');
    venue.send({ type: 'update/ticker', channel: 'ticker:0', ticker: {} });
    venue.send({ type: 'update/ticker', channel: 'ticker:9', ticker: {} });
    venue.send({ type: 'ping' });
    await venue.waitFor((f) => f.type === 'pong');
    expect(unknown).toEqual([{ type: 'update/ticker', channel: 'ticker:9', ticker: {} }]);
  });

  it('ref-counts market_stats across consumers', async () => {
    const ws = make();
    await ws.connect();
    const a = ws.subscribe(marketStatsChannel({ market: 'all' }));
    const b = ws.subscribe(marketStatsChannel({ market: 'all' }));
    await venue.waitFor(subscribeFrame('market_stats/all'));
    venue.send({
      type: 'update/market_stats',
      channel: 'market_stats:all',
      market_stats: { '0': { market_id: 0, mark_price: '1.5' } },
    });
    const [ea, eb] = await Promise.all([a.next(), b.next()]);
    expect(ea.stats['0']?.mark_price).toBe('1.5');
    expect(eb).toBe(ea);
    a.unsubscribe();
    b.next().catch(() => {});
    venue.send({ type: 'ping' });
    await venue.waitFor((f) => f.type === 'pong');
    expect(venue.received.filter((f) => f.type === 'unsubscribe')).toEqual([]);
    b.unsubscribe();
    await venue.waitFor((f) => f.type === 'unsubscribe' && f.channel === 'market_stats/all');
    expect(venue.received.filter(subscribeFrame('market_stats/all'))).toHaveLength(1);
  });

  it('caps in-flight subscribes until acks arrive', async () => {
    const ws = make({ maxInFlightSubscribes: 2 });
    await ws.connect();
    for (let m = 0; m < 4; m++) ws.subscribe(tickerChannel({ marketIndex: m }));
    await venue.waitFor(subscribeFrame('ticker/1'));
    venue.send({ type: 'ping' });
    await venue.waitFor((f) => f.type === 'pong');
    expect(venue.received.filter((f) => f.type === 'subscribe')).toHaveLength(2);
    venue.send({ type: 'subscribed/ticker', channel: 'ticker:0', ticker: {} });
    await venue.waitFor(subscribeFrame('ticker/2'));
    venue.send({ type: 'error', code: 30003, message: 'Already Subscribed to : ticker:1' });
    await venue.waitFor(subscribeFrame('ticker/3'));
  });

  it('sends a fresh auth token on private subscribes and never without one', async () => {
    let n = 0;
    const ws = make({ authToken: async () => `${1_700_000_000 + n++}:7:3:${'ab'.repeat(80)}` });
    await ws.connect();
    ws.subscribe(accountAllOrdersChannel({ accountIndex: 7 }));
    ws.subscribe(tickerChannel({ marketIndex: 0 }));
    const f = await venue.waitFor(subscribeFrame('account_all_orders/7'));
    expect(f.auth).toBe(`1700000000:7:3:${'ab'.repeat(80)}`);
    expect((await venue.waitFor(subscribeFrame('ticker/0'))).auth).toBeUndefined();
    venue.dropCurrent();
    await venue.waitForConnections(2);
    const again = await venue.waitFor((x) => subscribeFrame('account_all_orders/7')(x) && x.auth !== f.auth);
    expect(again.auth).toMatch(/^1700000001:/);
  });

  it('reports an auth provider failure as a subscription error and retries', async () => {
    let fail = true;
    const ws = make({
      authToken: () => {
        if (fail) throw new Error('signer offline');
        return 'tok';
      },
    });
    await ws.connect();
    const sub = ws.subscribe(accountAllOrdersChannel({ accountIndex: 1 }));
    const err = await once<Error>((l) => sub.on('error', l));
    expect(err.message).toMatch(/auth token provider failed/);
    fail = false;
  });

  it('resubscribes a stale subscription', async () => {
    const ws = make();
    await ws.connect();
    const sub = ws.subscribe(tickerChannel({ marketIndex: 0 }), { staleAfterMs: 30 });
    await venue.waitFor(subscribeFrame('ticker/0'));
    venue.send({ type: 'subscribed/ticker', channel: 'ticker:0', ticker: {} });
    const stale = await once<{ silentMs: number }>((l) => sub.on('stale', l));
    expect(stale.silentMs).toBeGreaterThan(0);
    await venue.waitFor((f) => f.type === 'unsubscribe' && f.channel === 'ticker/0');
    await venue.waitFor(
      (f) => subscribeFrame('ticker/0')(f) && venue.received.filter(subscribeFrame('ticker/0')).length === 2,
    );
  });
});

describe('backpressure', () => {
  it('drop-oldest keeps the newest events and counts drops', async () => {
    const ws = make();
    await ws.connect();
    const sub = ws.subscribe(tickerChannel({ marketIndex: 0 }), { bufferSize: 2, overflow: 'drop-oldest' });
    const it = sub[Symbol.asyncIterator]();
    await venue.waitFor(subscribeFrame('ticker/0'));
    for (let i = 1; i <= 5; i++) venue.send({ type: 'update/ticker', channel: 'ticker:0', nonce: i, ticker: {} });
    const done = once((l) => sub.on('data', (e) => e.nonce === 5 && l(e)));
    await done;
    expect(sub.dropped).toBe(3);
    expect(((await it.next()).value as { nonce: number }).nonce).toBe(4);
    expect(((await it.next()).value as { nonce: number }).nonce).toBe(5);
  });

  it('disconnect policy ends the subscription with BufferOverflowError and unsubscribes', async () => {
    const ws = make();
    await ws.connect();
    const sub = ws.subscribe(tickerChannel({ marketIndex: 0 }), { bufferSize: 1, overflow: 'disconnect' });
    const it = sub[Symbol.asyncIterator]();
    await venue.waitFor(subscribeFrame('ticker/0'));
    venue.send({ type: 'update/ticker', channel: 'ticker:0', nonce: 1, ticker: {} });
    venue.send({ type: 'update/ticker', channel: 'ticker:0', nonce: 2, ticker: {} });
    await venue.waitFor((f) => f.type === 'unsubscribe');
    expect(sub.closed).toBe(true);
    expect(((await it.next()).value as { nonce: number }).nonce).toBe(1);
    await expect(it.next()).rejects.toMatchObject({ code: 'WS_BUFFER_OVERFLOW' });
  });
});

describe('close', () => {
  it('is idempotent, ends subscriptions and refuses new work', async () => {
    const ws = make();
    await ws.connect();
    const sub = ws.subscribe(tickerChannel({ marketIndex: 0 }));
    const it = sub[Symbol.asyncIterator]();
    const pending = it.next();
    await Promise.all([ws.close(), ws.close()]);
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(ws.state).toBe('closed');
    expect(() => ws.subscribe(tickerChannel({ marketIndex: 1 }))).toThrow(/closed/);
    await expect(ws.connect()).rejects.toMatchObject({ code: 'WS_CLOSED' });
  });
});

describe('auth rotation, stale strikes, close while reconnecting', () => {
  it('re-subscribes private channels with a fresh token every authRefreshMs', async () => {
    let n = 0;
    const ws = make({ authToken: () => `tok-${n++}`, authRefreshMs: 50 });
    await ws.connect();
    const sub = ws.subscribe(accountAllOrdersChannel({ accountIndex: 7 }));
    const reasons: string[] = [];
    sub.on('reset', (r) => reasons.push(r.reason));
    await venue.waitFor((f) => subscribeFrame('account_all_orders/7')(f) && f.auth === 'tok-0');
    venue.send({ type: 'subscribed/account_all_orders', channel: 'account_all_orders:7', orders: {} });
    await venue.waitFor((f) => f.type === 'unsubscribe' && f.channel === 'account_all_orders/7');
    await venue.waitFor((f) => subscribeFrame('account_all_orders/7')(f) && f.auth === 'tok-1');
    expect(reasons).toEqual(['auth_refresh']);
  });

  it('reconnects after repeated stale strikes', async () => {
    const ws = make();
    await ws.connect();
    const sub = ws.subscribe(tickerChannel({ marketIndex: 0 }), { staleAfterMs: 20 });
    let stale = 0;
    sub.on('stale', () => stale++);
    await venue.waitFor(subscribeFrame('ticker/0'));
    venue.send({ type: 'subscribed/ticker', channel: 'ticker:0', ticker: {} });
    // Never answer again: resubscribes stay unconfirmed, so the watchdog escalates to a reconnect.
    const strikes: number[] = [];
    ws.on('reconnecting', () => strikes.push(stale));
    await venue.waitForConnections(2);
    expect(strikes[0]).toBe(3);
  });

  it('close() during a reconnect backoff stops reconnecting', async () => {
    const ws = make({ backoff: { initialMs: 200, maxMs: 200, jitter: 0 } });
    await ws.connect();
    const reconnecting = once((l) => ws.on('reconnecting', l));
    venue.dropCurrent();
    await reconnecting;
    expect(ws.state).toBe('reconnecting');
    await ws.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(venue.connections).toBe(1);
  });
});

describe('late joiners of a shared channel', () => {
  it('receive the current state first (the live book)', async () => {
    const ws = make();
    await ws.connect();
    const first = ws.subscribe(orderBookChannel({ marketIndex: 0 }));
    await venue.waitFor(subscribeFrame('order_book/0'));
    venue.send({
      type: 'subscribed/order_book',
      channel: 'order_book:0',
      order_book: { asks: [{ price: '10', size: '1' }], bids: [], nonce: 5, begin_nonce: 0 },
    });
    await first.next();
    const late = ws.subscribe(orderBookChannel({ marketIndex: 0 }));
    const e = await late.next();
    expect(e.book.bestAsk()).toEqual({ price: '10', size: '1' });
    expect(venue.received.filter(subscribeFrame('order_book/0'))).toHaveLength(1);
  });
});

describe('message budget (docs/protocol/errors-and-limits.md#rate-limits)', () => {
  it('holds subscribes back once the per-minute budget is spent', async () => {
    const ws = make({ maxMessagesPerMinute: 3 });
    await ws.connect();
    for (let m = 0; m < 5; m++) ws.subscribe(tickerChannel({ marketIndex: m }));
    await venue.waitFor(subscribeFrame('ticker/2'));
    for (let m = 0; m < 3; m++) venue.send({ type: 'subscribed/ticker', channel: `ticker:${m}`, ticker: {} });
    venue.send({ type: 'ping' });
    await venue.waitFor((f) => f.type === 'pong');
    // Several watchdog ticks later, still only the budgeted subscribes went out.
    await new Promise((r) => setTimeout(r, 60));
    expect(venue.received.filter((f) => f.type === 'subscribe').map((f) => f.channel)).toEqual([
      'ticker/0',
      'ticker/1',
      'ticker/2',
    ]);
  });
});

describe('connect() while reconnecting', () => {
  it('waits for the running reconnect instead of opening a second socket', async () => {
    const ws = make({ backoff: { initialMs: 30, maxMs: 30, jitter: 0 } });
    await ws.connect();
    const reconnecting = once((l) => ws.on('reconnecting', l));
    venue.dropCurrent();
    await reconnecting;
    await ws.connect();
    expect(ws.state).toBe('open');
    expect(venue.connections).toBe(2);
  });

  it('backs off further when connections drop right after opening', async () => {
    const ws = make({ backoff: { initialMs: 5, maxMs: 1000, jitter: 0 } });
    const delays: number[] = [];
    ws.on('reconnecting', (r) => delays.push(r.delayMs));
    venue.onFrame = undefined;
    await ws.connect();
    for (let n = 1; n <= 3; n++) {
      await venue.waitForConnections(n);
      venue.dropCurrent();
    }
    await venue.waitForConnections(4);
    expect(delays).toEqual([5, 10, 20]);
  });
});

describe('listener isolation', () => {
  it('a throwing listener is reported, never breaks the socket loop, never recurses', async () => {
    const ws = make();
    const errors: unknown[] = [];
    ws.on('unknown', () => {
      throw new Error('consumer bug');
    });
    ws.on('error', (e) => {
      errors.push(e);
      throw new Error('error handler bug too');
    });
    await ws.connect();
    const sub = ws.subscribe(tickerChannel({ marketIndex: 0 }));
    sub.on('data', () => {
      throw new Error('data handler bug');
    });
    const second = once<{ nonce: number | undefined }>((l) => sub.on('data', (e) => e.nonce === 2 && l(e)));
    await venue.waitFor(subscribeFrame('ticker/0'));
    venue.sendRaw('{bad');
    venue.send({ type: 'update/ticker', channel: 'ticker:0', ticker: {} });
    venue.send({ type: 'update/ticker', channel: 'ticker:0', nonce: 2, ticker: {} });
    expect((await second).nonce).toBe(2);
    expect(errors).toHaveLength(1);
    expect(ws.state).toBe('open');
  });
});
