import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createDefaultTransport,
  type HttpTransport,
  isLighterInputError,
  paginateAccountTxs,
  paginateCandles,
  paginateFundings,
  paginateInactiveOrders,
  paginateTrades,
  type RouteContext,
} from '../src/index.js';
import { fixtureText, json, type Loopback, startLoopback } from './helpers/loopback.js';

let server: Loopback;
let transport: HttpTransport;
let ctx: RouteContext;
const auth = { getToken: async () => '1:1:1:ab', invalidate: () => {} };

beforeAll(async () => {
  server = await startLoopback();
  transport = createDefaultTransport({ baseUrl: server.url });
  ctx = { transport, auth };
});
afterAll(async () => {
  await transport.close();
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

const TRADE = (JSON.parse(fixtureText('nt_recent_trades.json')) as { trades: Record<string, unknown>[] }).trades[0]!;
const ORDER = (JSON.parse(fixtureText('nt_orders.json')) as { orders: Record<string, unknown>[] }).orders[0]!;
const trade = (id: number) => ({ ...TRADE, trade_id: id, trade_id_str: String(id) });
const order = (id: number) => ({ ...ORDER, order_index: id, order_id: String(id) });

describe('cursor iterators', () => {
  it('paginateTrades follows next_cursor until it is absent', async () => {
    const pages: Record<string, unknown> = {
      '': { code: 200, trades: [trade(1), trade(2)], next_cursor: 'c1' },
      c1: { code: 200, trades: [trade(3)], next_cursor: 'c2' },
      c2: { code: 200, trades: [trade(4)], next_cursor: null },
    };
    server.setHandler((req, res) => json(res, pages[req.query.cursor ?? '']));
    const ids: number[] = [];
    for await (const t of paginateTrades(ctx, { sortBy: 'timestamp', limit: 2, marketId: 0 })) ids.push(t.trade_id);
    expect(ids).toEqual([1, 2, 3, 4]);
    expect(server.requests.map((r) => r.query.cursor)).toEqual([undefined, 'c1', 'c2']);
  });

  it('stops on a repeated cursor and honours maxPages', async () => {
    server.setHandler((_req, res) => json(res, { code: 200, orders: [order(1)], next_cursor: 'same' }));
    const rows = [];
    for await (const o of paginateInactiveOrders(ctx, { accountIndex: 1, limit: 1 })) rows.push(o);
    expect(rows).toHaveLength(2);
    const limited = [];
    for await (const o of paginateInactiveOrders(ctx, { accountIndex: 1, limit: 1 }, { maxPages: 1 })) limited.push(o);
    expect(limited).toHaveLength(1);
  });

  it('paginateAccountTxs continues after the last sequence_index and stops on a short page', async () => {
    server.setHandler((req, res) => {
      const from = Number(req.query.index ?? 0);
      const txs =
        from >= 4
          ? [{ hash: 'h4', type: 14, sequence_index: 4 }]
          : [0, 1].map((k) => ({ hash: `h${from + k}`, type: 14, sequence_index: from + k }));
      json(res, { code: 200, txs });
    });
    const hashes: string[] = [];
    for await (const t of paginateAccountTxs(ctx, { value: '1', limit: 2 })) hashes.push(t.hash);
    expect(hashes).toEqual(['h0', 'h1', 'h2', 'h3', 'h4']);
    expect(server.requests.map((r) => r.query.index)).toEqual([undefined, '2', '4']);
  });
});

describe('time-range iterators', () => {
  it('paginateCandles walks [start, end) in windows, ascending, without duplicates', async () => {
    server.setHandler((req, res) => {
      const s = Number(req.query.start_timestamp);
      const e = Number(req.query.end_timestamp);
      const c = [];
      // Serve bars in the window plus one duplicate of the previous window, newest first.
      for (let t = Math.max(0, s - 60_000); t < e; t += 60_000) c.unshift({ t, o: 1, h: 1, l: 1, c: 1 });
      json(res, { code: 200, r: '1m', c });
    });
    const ts: number[] = [];
    for await (const c of paginateCandles(ctx, {
      marketId: 0,
      resolution: '1m',
      startTimestamp: 0,
      endTimestamp: 600_000,
      pageSize: 4,
    }))
      ts.push(c.t);
    expect(ts).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => m * 60_000));
    expect(server.requests).toHaveLength(3);
    expect(server.requests[0]!.query).toMatchObject({ count_back: '4', start_timestamp: '0', end_timestamp: '240000' });
  });

  it('paginateFundings compares second timestamps against ms bounds', async () => {
    server.setHandler((req, res) => {
      const s = Number(req.query.start_timestamp);
      const e = Number(req.query.end_timestamp);
      const fundings = [];
      for (let t = s; t < e; t += 3_600_000)
        fundings.push({ timestamp: t / 1000, value: '0.1', rate: '0.0001', direction: 'long' });
      json(res, { code: 200, resolution: '1h', fundings });
    });
    const rows = [];
    for await (const f of paginateFundings(ctx, {
      marketId: 0,
      resolution: '1h',
      startTimestamp: 0,
      endTimestamp: 5 * 3_600_000,
      pageSize: 2,
    }))
      rows.push(f.timestamp);
    expect(rows).toEqual([0, 3600, 7200, 10800, 14400]);
    expect(server.requests).toHaveLength(3);
  });

  it('rejects a bad range before any I/O', async () => {
    const it = paginateCandles(ctx, { marketId: 0, resolution: '1m', startTimestamp: 10, endTimestamp: 5 });
    const err = await it.next().catch((e: unknown) => e);
    expect(isLighterInputError(err) && err.field).toBe('endTimestamp');
    const err2 = await paginateFundings(ctx, {
      marketId: 0,
      resolution: '1h',
      startTimestamp: 0,
      endTimestamp: 5,
      pageSize: 101,
    })
      .next()
      .catch((e: unknown) => e);
    expect(isLighterInputError(err2) && err2.field).toBe('pageSize');
    expect(server.requests).toHaveLength(0);
  });
});
