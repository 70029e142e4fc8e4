import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderBookFrameSchema, parseWsFrame, safeParseWsFrame } from '../../src/index.js';
import { fastParseOrderBookFrame } from '../../src/fast/order-book.js';
import { loadFixture, loadFixtureText } from '../helpers/fixtures.js';

describe('order_book frames', () => {
  it('parses the snapshot nt_order_book_subscribed.json field for field', () => {
    const text = loadFixtureText('ws/nt_order_book_subscribed.json');
    const f = parseWsFrame(text);
    if (f.kind !== 'order_book') throw new Error(`kind ${f.kind}`);
    expect(f.snapshot).toBe(true);
    expect(f.type).toBe('subscribed/order_book');
    expect(f.channel).toBe('order_book:0');
    expect(f.offset).toBe(2164);
    expect(f.last_updated_at).toBe(1778138389655150);
    expect(f.timestamp).toBe(1778138582602);
    expect(f.order_book).toEqual({
      code: 0,
      asks: [
        { price: '2325.00', size: '99.0000' },
        { price: '2341.25', size: '340.1028' },
      ],
      bids: [{ price: '2000.00', size: '0.0200' }],
      offset: 2164,
      nonce: 904845,
      last_updated_at: 1778138389655150,
      begin_nonce: 0,
    });
    expect(f.raw).toEqual(JSON.parse(text));
  });

  it('parses the update nt_order_book_update.json with begin_nonce continuity fields', () => {
    const f = parseWsFrame(loadFixture('ws/nt_order_book_update.json'));
    if (f.kind !== 'order_book') throw new Error(`kind ${f.kind}`);
    expect(f.snapshot).toBe(false);
    expect(f.order_book.asks).toEqual([{ price: '2064.54', size: '0.3285' }]);
    expect(f.order_book.bids).toEqual([]);
    expect(f.order_book.nonce).toBe(9182390020);
    expect(f.order_book.begin_nonce).toBe(9182389998);
    expect(f.order_book.offset).toBe(1558300);
  });

  it('parses docs_order_book_update.json', () => {
    const f = parseWsFrame(loadFixture('ws/docs_order_book_update.json'));
    if (f.kind !== 'order_book') throw new Error(`kind ${f.kind}`);
    expect(f.offset).toBe(41692864);
    expect(f.order_book.asks).toEqual([{ price: '3327.46', size: '29.0915' }]);
    expect(f.order_book.bids).toEqual([{ price: '3338.80', size: '10.2898' }]);
    expect(f.order_book.nonce).toBe(4037957053);
    expect(f.order_book.begin_nonce).toBe(4037957034);
    expect(f.order_book.last_updated_at).toBeUndefined();
  });

  it('parses the empty-book snapshot', () => {
    const f = parseWsFrame(loadFixture('ws/nt_order_book_subscribed_empty.json'));
    if (f.kind !== 'order_book') throw new Error(`kind ${f.kind}`);
    expect(f.channel).toBe('order_book:39');
    expect(f.order_book.asks).toEqual([]);
    expect(f.order_book.bids).toEqual([]);
    expect(f.order_book.nonce).toBe(0);
    expect(f.order_book.last_updated_at).toBe(0);
  });
});

describe('order_book fast path', () => {
  it('produces exactly the schema output for every order_book fixture', () => {
    for (const name of [
      'nt_order_book_subscribed.json',
      'nt_order_book_subscribed_empty.json',
      'nt_order_book_update.json',
      'docs_order_book_update.json',
    ]) {
      const raw = loadFixture(`ws/${name}`);
      const fast = fastParseOrderBookFrame(raw);
      expect(fast, name).toBeDefined();
      expect(fast).toEqual(OrderBookFrameSchema.parse(raw));
    }
  });

  it('property: fast path output equals the schema output, or defers to it', () => {
    const level = fc.record({
      price: fc.oneof(fc.constant(''), fc.stringMatching(/^-?\d{1,6}(\.\d{1,8})?$/), fc.double(), fc.constant(null)),
      size: fc.oneof(fc.stringMatching(/^\d{1,6}(\.\d{1,8})?$/), fc.constant('0'), fc.integer()),
    });
    const frame = fc.record({
      type: fc.constantFrom('update/order_book', 'subscribed/order_book'),
      channel: fc.constant('order_book:0'),
      offset: fc.option(fc.integer({ min: 0 })),
      order_book: fc.record({
        asks: fc.option(fc.array(level, { maxLength: 5 })),
        bids: fc.array(level, { maxLength: 5 }),
        nonce: fc.oneof(fc.integer({ min: 0 }), fc.constant('12')),
        begin_nonce: fc.option(fc.integer({ min: 0 })),
      }),
    });
    fc.assert(
      fc.property(frame, (raw) => {
        const fast = fastParseOrderBookFrame(raw);
        const slow = OrderBookFrameSchema.safeParse(raw);
        if (fast !== undefined) {
          expect(slow.success).toBe(true);
          expect(fast).toEqual(slow.data);
        }
        const viaFrame = safeParseWsFrame(raw);
        expect(viaFrame.ok).toBe(slow.success);
      }),
      { numRuns: 500 },
    );
  });
});
