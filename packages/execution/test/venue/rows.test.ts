// The mappers from models' typed rows to the rows the dispatcher reads: exact ids from the text twins (venue order
// indexes reach 2^60-1, past a JS number's exact range), client order index 0 when the row carries none.
import { OrderSchema, type Trade, TradeSchema } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { toVenueOrderRow, toVenueTradeRow } from '../../src/venue/rows.js';
import { fixture } from '../fixtures.js';

const ordersFrame = fixture<{ orders: Record<string, Record<string, unknown>[]> }>('ws/nt_account_orders_update.json');
const wireOrder = ordersFrame.orders['0']?.[0] as Record<string, unknown>;
const tradesFrame = fixture<{ trades: Record<string, Record<string, unknown>[]> }>(
  'ws/nt_account_all_trades_update.json',
);
const wireTrade = tradesFrame.trades['0']?.[0] as Record<string, unknown>;

// 2^60-1 and 2^53+1: JSON.parse rounds both, only their text twins are exact.
const BIG = '1152921504606846975';
const BIG2 = '9007199254740993';

/** A row as it comes off the wire: JSON text, so integers above 2^53 are rounded exactly as the venue's would be. */
function fromJson(text: string): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>;
}

function order(overrides: string): ReturnType<typeof OrderSchema.parse> {
  // JSON keeps the last of repeated keys: the overrides go at the end.
  const json = JSON.stringify(wireOrder).replace(/\}$/, `,${overrides}}`);
  return OrderSchema.parse(fromJson(json));
}

function trade(row: Record<string, unknown>): Trade {
  return TradeSchema.parse(row);
}

describe('toVenueOrderRow', () => {
  it('keeps every field of models Order and adds the exact order id from the order_id twin above 2^53', () => {
    const o = order(`"order_index": ${BIG}, "order_id": "${BIG}"`);
    expect(String(o.order_index)).not.toBe(BIG); // the number lost digits
    const row = toVenueOrderRow(o);
    expect(row.orderId).toBe(BIG);
    expect(row).toMatchObject({ market_index: 0, owner_account_index: 1234, price: '2352.74', status: 'open' });
  });

  it('falls back to the order index as text when the row has no order_id twin', () => {
    const { order_id: _omit, ...rest } = wireOrder;
    expect(toVenueOrderRow(OrderSchema.parse(rest)).orderId).toBe('281476929510110');
  });

  it('reads the client order index from the client_order_id twin first, else the integer', () => {
    expect(toVenueOrderRow(order(`"client_order_index": 41, "client_order_id": "42"`)).clientOrderIndex).toBe(42);
    const { client_order_id: _omit, ...rest } = wireOrder;
    expect(toVenueOrderRow(OrderSchema.parse({ ...rest, client_order_index: 43 })).clientOrderIndex).toBe(43);
  });

  it('gives client order index 0 for an order placed without one', () => {
    const { client_order_id: _omit, ...rest } = wireOrder;
    expect(toVenueOrderRow(OrderSchema.parse({ ...rest, client_order_index: 0 })).clientOrderIndex).toBe(0);
  });

  it('gives client order index 0 rather than NaN for a twin that is not a number', () => {
    expect(toVenueOrderRow(order(`"client_order_id": "n/a"`)).clientOrderIndex).toBe(0);
  });
});

describe('toVenueTradeRow', () => {
  it('takes the trade, ask and bid ids from their _str twins, exact above 2^53', () => {
    const json = JSON.stringify(wireTrade)
      .replace('"trade_id":19209006902', `"trade_id":${BIG2}`)
      .replace('"trade_id_str":"19209006902"', `"trade_id_str":"${BIG2}"`)
      .replace('"ask_id":281476929510102', `"ask_id":${BIG}`)
      .replace('"ask_id_str":"281476929510102"', `"ask_id_str":"${BIG}"`);
    const row = toVenueTradeRow(trade(fromJson(json)));
    expect(row.tradeId).toBe(BIG2);
    expect(row.askOrderId).toBe(BIG);
    expect(row.bidOrderId).toBe('562947905631053');
    expect(row.bidClientOrderIndex).toBe(7001011966);
    expect(row).toMatchObject({ market_id: 0, size: '0.1336', price: '2352.73', is_maker_ask: true });
  });

  it('falls back to the integers as text when the twins are absent', () => {
    const { trade_id_str: _t, ask_id_str: _a, bid_id_str: _b, bid_client_id_str: _c, ...rest } = wireTrade;
    const row = toVenueTradeRow(trade(rest));
    expect([row.tradeId, row.askOrderId, row.bidOrderId]).toEqual([
      '19209006902',
      '281476929510102',
      '562947905631053',
    ]);
    expect(row.bidClientOrderIndex).toBe(7001011966);
  });

  it('reads the client ids from their _str twins first', () => {
    const row = toVenueTradeRow(trade({ ...wireTrade, ask_client_id: 5, ask_client_id_str: '6' }));
    expect(row.askClientOrderIndex).toBe(6);
  });

  it('gives client order index 0 on a side whose client id the row omits', () => {
    const { ask_client_id: _a, ask_client_id_str: _b, ...rest } = wireTrade;
    const row = toVenueTradeRow(trade(rest));
    expect(row.askClientOrderIndex).toBe(0);
    expect(row.bidClientOrderIndex).toBe(7001011966);
  });
});
