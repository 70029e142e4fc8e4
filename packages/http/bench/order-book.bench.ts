// GET order book round trips through LighterHttpClient (validation, rate-limit bookkeeping,
// envelope check, zod parse) vs a bare undici request + JSON.parse against the same loopback
// server in the same run. vitest prints the ratio ("x times faster"); the second group isolates
// the CPU cost of validation (fast path and models schema vs JSON.parse only) on the same
// 2 × 250-order body.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { startSimulator } from '@lighter-ts/simulator';
import { afterAll, bench, describe } from 'vitest';
import { LighterHttpClient, orderBookOrdersRoute } from '../src/index.js';
import { interpretResponse } from '../src/route.js';

const row = (i: number, side: number) => ({
  order_index: 281476929689581 + i * 2 + side,
  order_id: String(281476929689581 + i * 2 + side),
  owner_account_index: 281474976641952,
  initial_base_amount: '0.0317',
  remaining_base_amount: '0.0317',
  price: (2361.32 + (side ? i : -i) * 0.01).toFixed(2),
  order_expiry: 1780364303894,
  transaction_time: 0,
});
const BODY = JSON.stringify({
  code: 200,
  total_asks: 250,
  asks: Array.from({ length: 250 }, (_, i) => row(i, 1)),
  total_bids: 250,
  bids: Array.from({ length: 250 }, (_, i) => row(i, 0)),
});

const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
  res.end(BODY);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const client = new LighterHttpClient({ network: { baseUrl: url, chainId: 300 }, rateLimits: false });
const pool = new Pool(url, { connections: 16 });
// Longer runs: the shared CI box is noisy.
const opts = { time: 3000, warmupTime: 500 };

// The same comparison against the simulator (seeded market makers keep the book two-sided).
const sim = await startSimulator({ seed: 1 });
const simClient = new LighterHttpClient({ network: { baseUrl: sim.httpUrl, chainId: sim.chainId }, rateLimits: false });
const simPool = new Pool(sim.httpUrl, { connections: 16 });

afterAll(async () => {
  await client.close();
  await pool.close();
  await simClient.close();
  await simPool.close();
  await sim.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('GET orderBookOrders round trip (limit 250)', () => {
  bench(
    'bare undici request + JSON.parse',
    async () => {
      const res = await pool.request({ path: '/api/v1/orderBookOrders?market_id=0&limit=250', method: 'GET' });
      JSON.parse(await res.body.text());
    },
    opts,
  );
  bench(
    'LighterHttpClient.orderBookOrders',
    async () => {
      await client.orderBookOrders({ marketId: 0, limit: 250 });
    },
    opts,
  );
});

describe('validation overhead on the same body (no I/O)', () => {
  const response = { status: 200, headers: {}, body: BODY };
  bench(
    'JSON.parse only',
    () => {
      JSON.parse(BODY);
    },
    opts,
  );
  bench(
    'params + envelope + hand-written fast path (what the client runs)',
    () => {
      orderBookOrdersRoute.params.parse({ marketId: 0, limit: 250 });
      const json = interpretResponse('orderBookOrders', response);
      if (orderBookOrdersRoute.fastParse?.(json) === undefined) throw new Error('fast path not taken');
    },
    opts,
  );
  bench(
    'params + envelope + models zod schema (fallback path)',
    () => {
      orderBookOrdersRoute.params.parse({ marketId: 0, limit: 250 });
      orderBookOrdersRoute.response.parse(interpretResponse('orderBookOrders', response));
    },
    opts,
  );
});

describe('GET orderBookOrders round trip against the simulator (limit 100)', () => {
  bench(
    'bare undici request + JSON.parse',
    async () => {
      const res = await simPool.request({ path: '/api/v1/orderBookOrders?market_id=0&limit=100', method: 'GET' });
      JSON.parse(await res.body.text());
    },
    opts,
  );
  bench(
    'LighterHttpClient.orderBookOrders',
    async () => {
      await simClient.orderBookOrders({ marketId: 0, limit: 100 });
    },
    opts,
  );
});
