import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrderBookPayload } from '../src/channels/order-book.js';
import { type BookLevel, L2OrderBook } from '../src/order-book.js';

const fixtures = new URL('../../../fixtures/api/ws/', import.meta.url);
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));

const lv = (price: string, size: string): BookLevel => ({ price, size });

describe('L2OrderBook', () => {
  it('applies the real snapshot fixture exactly', () => {
    const p = parseOrderBookPayload(fixture('nt_order_book_subscribed.json'))!;
    const book = new L2OrderBook();
    book.applySnapshot(p);
    expect(book.ready).toBe(true);
    expect(book.nonce).toBe(904845);
    expect(book.bestAsk()).toEqual(lv('2325.00', '99.0000'));
    expect(book.bestBid()).toEqual(lv('2000.00', '0.0200'));
    expect(book.depth(5).asks).toEqual([lv('2325.00', '99.0000'), lv('2341.25', '340.1028')]);
  });

  it('accepts an empty snapshot (thin market)', () => {
    const p = parseOrderBookPayload(fixture('nt_order_book_subscribed_empty.json'))!;
    const book = new L2OrderBook();
    book.applySnapshot(p);
    expect(book.ready).toBe(true);
    expect(book.bestBid()).toBeUndefined();
  });

  it('replaces, inserts and deletes levels; keeps best first', () => {
    const book = new L2OrderBook();
    book.applySnapshot({ nonce: 1, asks: [lv('101', '1'), lv('102', '2')], bids: [lv('99', '1'), lv('98', '3')] });
    expect(
      book.applyUpdate({
        beginNonce: 1,
        nonce: 2,
        asks: [lv('100.50', '4'), lv('101', '0.000')],
        bids: [lv('99.5', '2'), lv('98', '5')],
      }),
    ).toBe('applied');
    expect(book.depth(10)).toEqual({
      asks: [lv('100.50', '4'), lv('102', '2')],
      bids: [lv('99.5', '2'), lv('99', '1'), lv('98', '5')],
      nonce: 2,
    });
    expect(book.sizeAt('bid', '99.50')).toBe('2');
    expect(book.sizeAt('ask', '101')).toBeUndefined();
  });

  it('flags gap, duplicate and out-of-order updates and stops applying', () => {
    const mk = () => {
      const b = new L2OrderBook();
      b.applySnapshot({ nonce: 10, asks: [lv('1', '1')], bids: [] });
      b.applyUpdate({ beginNonce: 10, nonce: 12, asks: [lv('2', '1')], bids: [] });
      return b;
    };
    let b = mk();
    expect(b.applyUpdate({ beginNonce: 13, nonce: 14, asks: [], bids: [] })).toBe('gap');
    expect(b.ready).toBe(false);
    expect(b.applyUpdate({ beginNonce: 12, nonce: 14, asks: [], bids: [] })).toBe('not_ready');
    b = mk();
    expect(b.applyUpdate({ beginNonce: 10, nonce: 12, asks: [lv('2', '1')], bids: [] })).toBe('duplicate');
    b = mk();
    expect(b.applyUpdate({ beginNonce: 9, nonce: 11, asks: [], bids: [] })).toBe('out_of_order');
  });

  it('ignores updates before the first snapshot', () => {
    const b = new L2OrderBook();
    expect(b.applyUpdate({ beginNonce: 0, nonce: 1, asks: [lv('1', '1')], bids: [] })).toBe('not_ready');
    expect(b.bestAsk()).toBeUndefined();
  });

  it('grows its scale when a price carries more decimals, staying exact', () => {
    const b = new L2OrderBook();
    b.applySnapshot({ nonce: 1, asks: [lv('10.5', '1'), lv('11', '1')], bids: [] });
    b.applyUpdate({ beginNonce: 1, nonce: 2, asks: [lv('10.4999', '2')], bids: [] });
    expect(b.depth(3).asks.map((l) => l.price)).toEqual(['10.4999', '10.5', '11']);
  });

  it('reports invalid prices without corrupting state silently', () => {
    const b = new L2OrderBook();
    b.applySnapshot({ nonce: 1, asks: [], bids: [] });
    expect(b.applyUpdate({ beginNonce: 1, nonce: 2, asks: [lv('abc', '1')], bids: [] })).toBe('invalid');
    expect(b.ready).toBe(false);
  });

  it('matches a naive reference model under random updates (property)', () => {
    const price = fc.integer({ min: 1, max: 400 }).map((n) => (n / 4).toFixed(2));
    const size = fc.oneof(
      fc.constant('0.0000'),
      fc.integer({ min: 1, max: 10_000 }).map((n) => (n / 100).toFixed(4)),
    );
    const side = fc.array(fc.tuple(price, size), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.tuple(side, side), { maxLength: 40 }), (updates) => {
        const book = new L2OrderBook();
        const ref = { bids: new Map<number, BookLevel>(), asks: new Map<number, BookLevel>() };
        book.applySnapshot({ nonce: 0, asks: [], bids: [] });
        updates.forEach(([asks, bids], i) => {
          const toL = (x: [string, string][]) => x.map(([p, s]) => lv(p, s));
          expect(book.applyUpdate({ beginNonce: i, nonce: i + 1, asks: toL(asks), bids: toL(bids) })).toBe('applied');
          for (const [m, list] of [
            [ref.asks, asks],
            [ref.bids, bids],
          ] as const) {
            for (const [p, s] of list) {
              if (Number(s) === 0) m.delete(Number(p));
              else m.set(Number(p), lv(p, s));
            }
          }
        });
        const sorted = (m: Map<number, BookLevel>, desc: boolean) =>
          [...m.entries()].sort((a, b) => (desc ? b[0] - a[0] : a[0] - b[0])).map((e) => e[1]);
        const snap = book.snapshot();
        expect(snap.asks).toEqual(sorted(ref.asks, false));
        expect(snap.bids).toEqual(sorted(ref.bids, true));
      }),
      { numRuns: 300 },
    );
  });
});
