import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderBookPayloadSchema, isLighterParseError } from '../../src/index.js';
import { fastParseOrderBookPayload } from '../../src/fast/order-book.js';
import { safeParseOrderBookPayload } from '../../src/internal.js';
import { listFixtures, loadFixture } from '../helpers/fixtures.js';

// Every ws fixture that carries an order_book object (snapshots, updates, the empty book).
const bookFixtures = listFixtures('ws')
  .map((name) => ({ name, value: loadFixture(`ws/${name}`) as { order_book?: unknown } }))
  .filter((f) => f.value.order_book !== undefined);

describe('order_book payload parse path (fast check, schema fallback)', () => {
  it('the fast check equals the schema on every order_book fixture', () => {
    expect(bookFixtures.length).toBeGreaterThanOrEqual(4);
    for (const { name, value } of bookFixtures) {
      const fast = fastParseOrderBookPayload(value.order_book);
      expect(fast, name).toBeDefined();
      expect(fast, name).toEqual(OrderBookPayloadSchema.parse(value.order_book));
      const r = safeParseOrderBookPayload(value.order_book);
      expect(r.ok && r.payload, name).toEqual(fast);
    }
  });

  it('property: on random payloads the fast check equals the schema or defers, and the parse path equals the schema', () => {
    const decimal = fc.stringMatching(/^-?\d{1,12}(\.\d{1,12})?$/);
    const level = fc.record(
      {
        price: fc.oneof(decimal, fc.constant(''), fc.double(), fc.integer(), fc.constant(null), fc.constant('1e5')),
        size: fc.oneof(decimal, fc.constant('0'), fc.integer(), fc.constant(' 1')),
        extra: fc.string(),
      },
      { requiredKeys: ['price', 'size'] },
    );
    const int = fc.oneof(fc.integer({ min: 0 }), fc.constant('12'), fc.constant(1.5), fc.constant(null));
    const payload = fc.record(
      {
        code: fc.option(fc.integer()),
        asks: fc.oneof(fc.array(level, { maxLength: 6 }), fc.constant(null), fc.constant('x')),
        bids: fc.option(fc.array(level, { maxLength: 6 })),
        nonce: int,
        begin_nonce: int,
        offset: fc.option(fc.integer({ min: 0 })),
        last_updated_at: fc.option(fc.integer({ min: 0 })),
      },
      { requiredKeys: ['nonce'] },
    );
    fc.assert(
      fc.property(payload, (raw) => {
        const slow = OrderBookPayloadSchema.safeParse(raw);
        const fast = fastParseOrderBookPayload(raw);
        if (fast !== undefined) {
          expect(slow.success).toBe(true);
          expect(fast).toEqual(slow.data);
        }
        const r = safeParseOrderBookPayload(raw);
        expect(r.ok).toBe(slow.success);
        if (r.ok && slow.success) expect(r.payload).toEqual(slow.data);
      }),
      { numRuns: 1000 },
    );
  });

  it('the hand-written decimal check accepts exactly the strings the schema accepts', () => {
    const edge = [
      '',
      '0',
      '-0',
      '-0.0',
      '01',
      '1.',
      '.5',
      '-',
      '-.5',
      '1.2.3',
      '1e5',
      ' 1',
      '1 ',
      '+1',
      '１',
      '0x1',
      '12.3400',
    ];
    for (const price of edge) {
      const raw = { asks: [{ price, size: '1' }], bids: [], nonce: 1 };
      const fast = fastParseOrderBookPayload(raw);
      expect(fast !== undefined, JSON.stringify(price)).toBe(OrderBookPayloadSchema.safeParse(raw).success);
    }
  });

  it('keeps decimals exact: numbers on the wire become the schema strings, never floats of their own', () => {
    const r = safeParseOrderBookPayload({ asks: [{ price: 2325.1, size: 3 }], bids: null, nonce: '9' });
    expect(r.ok && r.payload).toEqual({ asks: [{ price: '2325.1', size: '3' }], bids: [], nonce: 9 });
    expect(fastParseOrderBookPayload({ asks: [{ price: 2325.1, size: '3' }], bids: [], nonce: 9 })).toBeUndefined();
  });

  it('a payload the schema rejects is a typed error naming the field and the value, never an exception', () => {
    const r = safeParseOrderBookPayload({ asks: [{ price: 'abc', size: '1' }], bids: [], nonce: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(isLighterParseError(r.error)).toBe(true);
    expect(r.error.path).toBe('asks.0.price');
    expect(r.error.message).toContain('abc');
    expect(safeParseOrderBookPayload(null).ok).toBe(false);
  });
});
