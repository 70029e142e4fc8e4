import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderBookEvent, TradeEvent } from '@lighter-ts/streaming';
import { type Harness, startHarness, until } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('subscriptions: callbacks and async iterators', () => {
  it('book as an async iterator ends when the signal aborts', async () => {
    const c = new AbortController();
    const sub = await h.client.subscribeBook({ market: 'ETH', signal: c.signal });
    const seen: OrderBookEvent[] = [];
    const bestBids: (string | undefined)[] = [];
    for await (const e of sub) {
      seen.push(e);
      // The book is live: read it inside the loop (the seeded market makers keep both sides quoted).
      bestBids.push(e.book.bestBid()?.price);
      if (seen.length === 2) c.abort();
    }
    expect(seen.length).toBe(2);
    expect(seen[0]?.marketIndex).toBe(0);
    expect(bestBids[0]).toMatch(/^\d+\.\d{2}$/);
    expect(sub.closed).toBe(true);
  });

  it('trades by callback: a fill from the simulator reaches onData; close() ends a pending iterator', async () => {
    const trades: TradeEvent[] = [];
    const sub = await h.client.subscribeTrades({ market: 0, onData: (e) => trades.push(e) });
    const other = await h.sim.createAccount({ collateral: '100000' });
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: true, price: '3000.00', size: '0.01' });
    expect(
      (await h.client.placeOrder({ market: 'ETH', side: 'buy', size: '0.01', price: '3000', type: 'market' })).status,
    ).toBe('accepted');
    await until(() => (trades.some((t) => t.trades.length > 0) ? true : undefined), 'a trade');
    const iterating = (async () => {
      let n = 0;
      for await (const _ of sub) n++;
      return n;
    })();
    await h.client.close();
    await h.client.close(); // idempotent
    expect(typeof (await iterating)).toBe('number');
    expect(sub.closed).toBe(true);
    await expect(
      h.client.placeOrder({ market: 'ETH', side: 'buy', size: '0.01', price: '2000' }),
    ).rejects.toMatchObject({ code: 'CLIENT_CLOSED' });
  });

  it('an already aborted signal rejects the subscribe (WS_ABORTED); an abort after subscribing ends it', async () => {
    const c = new AbortController();
    c.abort();
    await expect(h.client.subscribeAccount({ signal: c.signal })).rejects.toMatchObject({ code: 'WS_ABORTED' });
    const later = new AbortController();
    const sub = await h.client.subscribeAccount({ signal: later.signal });
    const it = sub[Symbol.asyncIterator]();
    const pending = it.next();
    later.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(sub.closed).toBe(true);
  });
});
