import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.js';
import { getJson, WsProbe } from './helpers.js';

describe('simulator smoke', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 3, marketMakers: { intervalMs: 20 } });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('serves REST market data and an account', async () => {
    const ob = await getJson(sim, '/api/v1/orderBooks');
    expect(ob.status).toBe(200);
    expect((ob.body.order_books as unknown[]).length).toBe(3);
    const acct = await sim.createAccount({ collateral: '5000' });
    const a = await getJson(sim, `/api/v1/account?by=index&value=${acct.accountIndex}`);
    expect(a.status).toBe(200);
    const n = await getJson(
      sim,
      `/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`,
    );
    expect(n.body).toEqual({ code: 200, nonce: 0 });
    const orders = await getJson(sim, '/api/v1/orderBookOrders?market_id=0&limit=5');
    expect((orders.body.asks as unknown[]).length).toBeGreaterThan(0);
    expect((orders.body.bids as unknown[]).length).toBeGreaterThan(0);
  });

  it('streams order book and trades over WS', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({ type: 'subscribe', channel: 'order_book/0' });
    ws.send({ type: 'subscribe', channel: 'trade/0' });
    const snap = await ws.next((f) => f.type === 'subscribed/order_book');
    const upd = await ws.next((f) => f.type === 'update/order_book');
    const ob0 = snap.order_book as Record<string, number>;
    const ob1 = upd.order_book as Record<string, number>;
    expect(ob0.begin_nonce).toBe(0);
    expect(ob1.begin_nonce).toBe(ob0.nonce);
    await ws.next((f) => f.type === 'update/trade');
    ws.send({ type: 'ping' });
    await ws.next((f) => f.type === 'pong');
    ws.close();
  });
});
