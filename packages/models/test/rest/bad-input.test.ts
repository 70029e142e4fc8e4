import { describe, expect, it } from 'vitest';
import {
  isLighterParseError,
  parseNextNonce,
  parseOrderBookDetails,
  parseOrders,
  parseTrades,
  parseWsFrame,
  safeParseWsFrame,
} from '../../src/index.js';
import { loadFixture, loadFixtureText } from '../helpers/fixtures.js';

function parseError(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isLighterParseError(e)) return e;
    throw e;
  }
  throw new Error('expected a LighterParseError');
}

const trade = () =>
  structuredClone((loadFixture('rest/nt_recent_trades.json') as { trades: Record<string, unknown>[] }).trades[0]!);

describe('bad input: typed errors or lenient values, never crashes', () => {
  it('null where a number is expected -> typed error with path/expected/received', () => {
    const e = parseError(() => parseNextNonce({ code: 200, nonce: null }));
    expect([e.path, e.expected, e.received]).toEqual(['nonce', 'integer', null]);
    const t = trade();
    t.price = null;
    const e2 = parseError(() => parseTrades({ code: 200, trades: [t] }));
    expect([e2.path, e2.expected, e2.received]).toEqual(['trades.0.price', 'decimal string', null]);
  });

  it('null where an optional number may be -> lenient', () => {
    const t = trade();
    t.block_height = null;
    t.maker_fee = null;
    const r = parseTrades({ code: 200, trades: [t] });
    expect(r.trades[0]?.block_height).toBeNull();
  });

  it('extra fields are kept, not rejected', () => {
    const t = { ...trade(), brand_new: { x: 1 } };
    const r = parseTrades({ code: 200, trades: [t], extra_top: true });
    expect((r.trades[0] as Record<string, unknown>).brand_new).toEqual({ x: 1 });
    expect((r as Record<string, unknown>).extra_top).toBe(true);
  });

  it('unknown enum values pass through as strings; wrong types are typed errors', () => {
    const t = { ...trade(), type: 'future-trade-kind' };
    expect(parseTrades({ code: 200, trades: [t] }).trades[0]?.type).toBe('future-trade-kind');
    const o = (loadFixture('rest/nt_orders.json') as { orders: Record<string, unknown>[] }).orders[0]!;
    const r = parseOrders({ code: 200, orders: [{ ...o, type: 'iceberg', time_in_force: 'fill-or-kill' }] });
    expect([r.orders[0]?.type, r.orders[0]?.time_in_force]).toEqual(['iceberg', 'fill-or-kill']);
    const e = parseError(() => parseOrders({ code: 200, orders: [{ ...o, status: 3 }] }));
    expect(e.path).toBe('orders.0.status');
  });

  it('numbers as strings and the reverse are accepted exactly', () => {
    const t = { ...trade(), trade_id: '19211490282', timestamp: '1777945103092', price: 2361.31, size: 0.0005 };
    const r = parseTrades({ code: '200', trades: [t] });
    expect(r.code).toBe(200);
    expect(r.trades[0]?.trade_id).toBe(19211490282);
    expect(r.trades[0]?.timestamp).toBe(1777945103092);
    expect(r.trades[0]?.price).toBe('2361.31');
    expect(r.trades[0]?.size).toBe('0.0005');
    const d = structuredClone(loadFixture('rest/nt_order_book_details.json')) as {
      order_book_details: Record<string, unknown>[];
    };
    d.order_book_details[0]!.size_decimals = '4';
    d.order_book_details[0]!.last_trade_price = '2361.31';
    const p = parseOrderBookDetails(d);
    expect(p.order_book_details[0]?.size_decimals).toBe(4);
    expect(p.order_book_details[0]?.last_trade_price).toBe(2361.31);
  });

  it('non-integer strings or floats for integer fields are typed errors', () => {
    expect(parseError(() => parseNextNonce({ code: 200, nonce: '12.5' })).expected).toBe('integer');
    expect(parseError(() => parseNextNonce({ code: 200, nonce: 12.5 })).expected).toBe('integer');
    expect(parseError(() => parseNextNonce({ code: 200, nonce: true })).received).toBe(true);
  });

  it('wrong top-level shapes are typed errors', () => {
    for (const raw of [null, undefined, 'text', 42, [], { code: 200 }]) {
      expect(isLighterParseError(parseError(() => parseNextNonce(raw)))).toBe(true);
    }
  });

  it('truncated JSON text of every WS fixture is a typed error or a lenient frame, never a crash', () => {
    const text = loadFixtureText('ws/nt_account_orders_update.json');
    for (let cut = 0; cut < text.length; cut += 7) {
      const r = safeParseWsFrame(text.slice(0, cut));
      if (!r.ok) expect(r.error.code).toBe('PARSE_ERROR');
    }
    expect(() => parseWsFrame('')).toThrow(/expected JSON text/);
  });
});
