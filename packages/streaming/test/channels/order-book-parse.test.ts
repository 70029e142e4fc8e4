import { describe, expect, it } from 'vitest';
import type { DataFrame } from '../../src/channel.js';
import { orderBookChannel } from '../../src/channels/order-book.js';
import { classifyFrame } from '../../src/frames.js';

// The order_book channel parses through models' one parse path (fast check, schema fallback): these frames are
// off the fast path, so they show the channel does not keep a parser of its own.
const data = (value: Record<string, unknown>): DataFrame => {
  const f = classifyFrame(JSON.stringify(value));
  if (f.kind !== 'data') throw new Error('not a data frame');
  return f;
};
const snapshot = (orderBook: Record<string, unknown>): DataFrame =>
  data({ type: 'subscribed/order_book', channel: 'order_book:0', order_book: orderBook });
const update = (orderBook: Record<string, unknown>): DataFrame =>
  data({ type: 'update/order_book', channel: 'order_book:0', order_book: orderBook });

describe('order_book channel parse path', () => {
  it('applies a snapshot whose decimals and nonce come as numbers, converted exactly by the models schema', () => {
    const h = orderBookChannel({ marketIndex: 0 }).createHandler();
    const resyncs: string[] = [];
    const ctx = { resync: (r: string) => resyncs.push(r) };
    const [e] = h.handle(snapshot({ asks: [{ price: 101.25, size: 2 }], bids: null, nonce: '7' }), ctx);
    expect(resyncs).toEqual([]);
    expect(e?.nonce).toBe(7);
    expect(e?.book.bestAsk()).toEqual({ price: '101.25', size: '2' });
    expect(e?.book.bestBid()).toBeUndefined();
    const [u] = h.handle(update({ asks: [{ price: '101.25', size: '0' }], bids: [], nonce: 8, begin_nonce: 7 }), ctx);
    expect(u?.book.bestAsk()).toBeUndefined();
  });

  it('takes the outer offset when the order_book object has none', () => {
    const h = orderBookChannel({ marketIndex: 0 }).createHandler();
    const f = data({ type: 'subscribed/order_book', channel: 'order_book:0', offset: 42, order_book: { nonce: 1 } });
    const [e] = h.handle(f, { resync: () => expect.unreachable('resync') });
    expect(e?.book.offset).toBe(42);
  });

  it('resyncs on a level the schema rejects, and on a nonce past 2^53', () => {
    for (const ob of [
      { asks: [{ price: { x: 1 }, size: '1' }], bids: [], nonce: 1 },
      { asks: [], bids: [], nonce: 2 ** 60 },
    ]) {
      const h = orderBookChannel({ marketIndex: 0 }).createHandler();
      const resyncs: string[] = [];
      expect(h.handle(snapshot(ob), { resync: (r) => resyncs.push(r) })).toEqual([]);
      expect(resyncs).toEqual(['invalid']);
    }
  });
});
