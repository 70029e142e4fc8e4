// The hand-written orderBookOrders fast path must agree with the models schema: whenever it
// accepts a body, the schema accepts it with the same value; everything else falls back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderBookOrdersSchema } from '../../src/index.js';
import { fastParseOrderBookOrders } from '../../src/internal.js';
import { loadFixtureText } from '../helpers/fixtures.js';

const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('fastParseOrderBookOrders', () => {
  it('takes the fast path on the reference fixtures, with the schema value', () => {
    for (const name of ['nt_order_book_orders.json', 'ccxt_order_book_orders.json']) {
      const json = JSON.parse(loadFixtureText(`rest/${name}`)) as unknown;
      const fast = fastParseOrderBookOrders(json);
      expect(fast, name).toBeDefined();
      expect(plain(fast)).toEqual(plain(OrderBookOrdersSchema.parse(json)));
    }
  });

  it('falls back on shapes only the schema handles (null lists, numeric decimals, int strings)', () => {
    expect(fastParseOrderBookOrders({ code: 200, asks: null, bids: [] })).toBeUndefined();
    const row = {
      order_index: 1,
      order_id: '1',
      owner_account_index: 2,
      initial_base_amount: '1',
      remaining_base_amount: '1',
      price: 1.5,
    };
    expect(fastParseOrderBookOrders({ code: 200, asks: [row], bids: [] })).toBeUndefined();
    expect(fastParseOrderBookOrders({ code: '200', asks: [], bids: [] })).toBeUndefined();
    expect(fastParseOrderBookOrders(null)).toBeUndefined();
  });

  it('property: fast accept => schema accepts with an equal value', () => {
    const dec = fc.oneof(fc.constantFrom('', '0', '1.5', '-2', '1e3', 'x', '1.'), fc.double(), fc.integer());
    const int = fc.oneof(fc.integer(), fc.constantFrom(1.5, '7', null, undefined, 'a'));
    const row = fc.record({
      order_index: int,
      order_id: fc.oneof(fc.string(), fc.integer()),
      owner_account_index: int,
      initial_base_amount: dec,
      remaining_base_amount: dec,
      price: dec,
      order_expiry: int,
      transaction_time: int,
    });
    const body = fc.record({
      code: fc.oneof(fc.constant(200), fc.constant('200'), fc.constant(1.5)),
      message: fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer()),
      asks: fc.oneof(fc.array(row, { maxLength: 3 }), fc.constant(null)),
      bids: fc.array(row, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(body, (b) => {
        const json = plain(b);
        const fast = fastParseOrderBookOrders(json);
        const slow = OrderBookOrdersSchema.safeParse(json);
        if (fast !== undefined) {
          expect(slow.success).toBe(true);
          expect(plain(fast)).toEqual(plain(slow.data));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
