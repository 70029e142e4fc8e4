// Cross-route checks over real loopback sockets; each route's own wire/validation test lives in
// test/routes/<endpoint>.test.ts (mirroring src/routes/).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as http from '../src/index.js';
import { fixtureText, json } from './helpers/loopback.js';
import { useLoopbackRouteContext } from './helpers/route-context.js';
import { CASES } from './helpers/route-cases.js';

const TOKEN = `1900000000:1077:3:${'ab'.repeat(80)}`;

const loop = useLoopbackRouteContext();

describe('routes (cross-cutting)', () => {
  it('covers every exported route', () => {
    const exported = Object.keys(http)
      .filter((k) => k.endsWith('Route') && k !== 'callRoute' && k !== 'defineRoute')
      .map((k) => k.slice(0, -5));
    expect(CASES.map((c) => c.name).sort()).toEqual(exported.sort());
  });

  it('has a test file per route file (tests mirror src/routes)', () => {
    const src = readdirSync(new URL('../src/routes/', import.meta.url)).map((f) => f.replace(/\.ts$/, ''));
    const tests = readdirSync(new URL('./routes/', import.meta.url)).map((f) => f.replace(/\.test\.ts$/, ''));
    expect(tests.sort()).toEqual(src.sort());
  });

  it('private routes without an auth provider fail before I/O with field "auth"', async () => {
    const err = await http
      .accountActiveOrders({ transport: loop.transport }, { accountIndex: 1 })
      .catch((e: unknown) => e);
    expect(http.isLighterInputError(err) && err.field).toBe('auth');
    expect(loop.server.requests).toHaveLength(0);
  });

  it('a per-call authToken overrides the provider and never appears in errors', async () => {
    loop.server.setHandler((_req, res) => json(res, { code: 21109, message: 'api key not found' }, 400));
    const err = await http.accountLimits(loop.ctx, { accountIndex: 1 }, { authToken: TOKEN }).catch((e: unknown) => e);
    expect(loop.server.requests[0]!.headers.authorization).toBe(TOKEN);
    expect(http.isLighterApiError(err) && err.venueCode).toBe(21109);
    expect(JSON.stringify((err as http.LighterApiError).toJSON())).not.toContain('abab');
  });

  it('normalises null lists to [] (docs/protocol/rest.md#conventions "Nulls")', async () => {
    loop.server.setHandler((_req, res) => json(res, fixtureText('nt_recent_trades_null.json')));
    const out = await http.recentTrades(loop.ctx, { marketId: 0, limit: 10 });
    expect(out.trades).toEqual([]);
    loop.server.setHandler((_req, res) => json(res, fixtureText('nt_candles_null.json')));
    const c = await http.candles(loop.ctx, {
      marketId: 0,
      resolution: '1m',
      startTimestamp: 1,
      endTimestamp: 2,
      countBack: 1,
    });
    expect(c.c).toEqual([]);
  });

  it('keeps decimals as exact strings', async () => {
    loop.server.setHandler((_req, res) => json(res, fixtureText('nt_order_book_orders.json')));
    const out = await http.orderBookOrders(loop.ctx, { marketId: 0, limit: 1 });
    expect(out.asks[0]!.price).toBe('2361.32');
    expect(typeof out.asks[0]!.remaining_base_amount).toBe('string');
  });

  it('checks that a by/value lookup value matches its kind, before I/O', async () => {
    const e1 = await http.account(loop.ctx, { by: 'index', value: '0xabc' }).catch((e: unknown) => e);
    expect(http.isLighterInputError(e1) && e1.field).toBe('value');
    const e2 = await http.account(loop.ctx, { by: 'l1_address', value: '12' }).catch((e: unknown) => e);
    expect(http.isLighterInputError(e2) && e2.field).toBe('value');
    const e3 = await http.tx(loop.ctx, { by: 'sequence_index', value: 'x1' }).catch((e: unknown) => e);
    expect(http.isLighterInputError(e3) && e3.field).toBe('value');
    expect(loop.server.requests).toHaveLength(0);
  });

  it('checks cross-field constraints (end > start) before I/O', async () => {
    const err = await http
      .candles(loop.ctx, { marketId: 0, resolution: '1m', startTimestamp: 10, endTimestamp: 10, countBack: 1 })
      .catch((e: unknown) => e);
    expect(http.isLighterInputError(err) && err.field).toBe('endTimestamp');
    const big = await http.orderBookOrders(loop.ctx, { marketId: 0, limit: 251 }).catch((e: unknown) => e);
    expect(http.isLighterInputError(big) && big.field).toBe('limit');
    expect(loop.server.requests).toHaveLength(0);
  });
});
