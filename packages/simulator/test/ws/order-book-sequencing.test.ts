import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/index.js';
import { getJson, WsProbe } from '../helpers.js';

type Level = { price: string; size: string };
type Book = { asks: Level[]; bids: Level[]; nonce: number; begin_nonce: number; offset: number };

describe('order_book sequencing (docs/protocol/websocket.md#order-book-sequencing)', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({
      seed: 21,
      flushIntervalMs: 5,
      marketMakers: { intervalMs: 5, tradeProbability: 0.5 },
    });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('snapshot + chained deltas rebuild exactly the venue book', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({ type: 'subscribe', channel: 'order_book/0' });
    const snapFrame = await ws.next((f) => f.type === 'subscribed/order_book');
    const snap = snapFrame.order_book as Book;
    // Read every update in arrival order from just after the snapshot: a wait for "the next new frame"
    // would skip updates that arrived while the previous one was being applied.
    let cursor = ws.frames.indexOf(snapFrame) + 1;
    expect(snap.begin_nonce).toBe(0);
    const asks = new Map(snap.asks.map((l) => [l.price, l.size]));
    const bids = new Map(snap.bids.map((l) => [l.price, l.size]));
    let prev = snap;
    let count = 0;
    while (count < 40) {
      const f = await ws.next((x) => x.type === 'update/order_book', cursor);
      cursor = ws.frames.indexOf(f) + 1;
      const ob = f.order_book as Book;
      expect(ob.begin_nonce).toBe(prev.nonce);
      expect(ob.offset).toBeGreaterThan(prev.offset);
      for (const [side, map] of [
        [ob.asks, asks],
        [ob.bids, bids],
      ] as const) {
        for (const l of side) {
          if (Number(l.size) === 0) map.delete(l.price);
          else map.set(l.price, l.size);
        }
      }
      prev = ob;
      count++;
    }
    // freeze the venue, push what is pending, then compare with the order-level REST view
    sim.marketMakers.pause();
    sim.flush();
    // frames on one socket arrive in order: once the pong is in, every flushed update is too
    ws.send({ type: 'ping' });
    await ws.nextNew((x) => x.type === 'pong');
    for (const f of ws.frames.filter(
      (x) => x.type === 'update/order_book' && (x.order_book as Book).begin_nonce >= prev.nonce,
    )) {
      const ob = f.order_book as Book;
      if (ob.begin_nonce !== prev.nonce) continue;
      for (const [side, map] of [
        [ob.asks, asks],
        [ob.bids, bids],
      ] as const) {
        for (const l of side) {
          if (Number(l.size) === 0) map.delete(l.price);
          else map.set(l.price, l.size);
        }
      }
      prev = ob;
    }
    const rest = await getJson(sim, '/api/v1/orderBookOrders?market_id=0&limit=250');
    const agg = (orders: { price: string; remaining_base_amount: string }[]) => {
      const m = new Map<string, number>();
      for (const o of orders) m.set(o.price, (m.get(o.price) ?? 0) + Number(o.remaining_base_amount));
      return [...m.entries()].map(([p, s]) => [p, s.toFixed(4)]).sort();
    };
    expect([...asks.entries()].sort()).toEqual(agg(rest.body.asks as never));
    expect([...bids.entries()].sort()).toEqual(agg(rest.body.bids as never));
    ws.close();
  });
});
