// The rows of an account WS frame: models' typed rows when the frame validated; when one bad row failed the frame's
// schema as a whole, each raw row parsed alone with models' row schema, so the bad row is skipped and its siblings
// are still delivered (never fatal).
import { safeParseWsFrame } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { orderRowsOfFrame, tradeRowsOfFrame } from '../../src/venue/frame-rows.js';
import { fixture } from '../fixtures.js';

type OrdersTyped = Parameters<typeof orderRowsOfFrame>[0]['typed'];
type TradesTyped = Parameters<typeof tradeRowsOfFrame>[0]['typed'];

const ordersRaw = fixture<{ orders: Record<string, Record<string, unknown>[]> }>('ws/nt_account_orders_update.json');
const goodOrder = ordersRaw.orders['0']?.[0] as Record<string, unknown>;
const tradesRaw = fixture<{ trades: Record<string, Record<string, unknown>[]> }>(
  'ws/nt_account_all_trades_update.json',
);
const goodTrade = tradesRaw.trades['0']?.[0] as Record<string, unknown>;

/** What streaming delivers for a frame: the payload as sent and models' parse of it (undefined when it failed). */
function asDelivered<T>(raw: Record<string, unknown>): { data: Record<string, unknown>; typed: T | undefined } {
  const r = safeParseWsFrame(raw);
  return { data: raw, typed: r.ok ? (r.frame as T) : undefined };
}

describe('orderRowsOfFrame', () => {
  it('maps the typed rows of a frame that validated (the payload is not read again)', () => {
    const { typed } = asDelivered<OrdersTyped>(ordersRaw);
    expect(typed).toBeDefined();
    const rows = orderRowsOfFrame({ data: {}, typed });
    expect(rows.map((r) => [r.orderId, r.clientOrderIndex, r.status])).toEqual([['281476929510110', 42, 'open']]);
  });

  it('a frame with one malformed order and one good order delivers the good one', () => {
    const bad = { ...goodOrder, order_id: '281476929510111', price: 'not-a-price' };
    const good = { ...goodOrder, order_index: 281476929510112, order_id: '281476929510112' };
    const frame = asDelivered<OrdersTyped>({
      ...ordersRaw,
      orders: { '0': [bad], '1': [{ ...good, market_index: 1 }] },
    });
    expect(frame.typed).toBeUndefined(); // models rejected the frame as a whole
    const rows = orderRowsOfFrame(frame);
    expect(rows.map((r) => [r.orderId, r.market_index])).toEqual([['281476929510112', 1]]);
  });

  it('a frame whose orders are not a list or map yields no rows', () => {
    expect(orderRowsOfFrame({ data: { orders: 'nope' }, typed: undefined })).toEqual([]);
    expect(orderRowsOfFrame({ data: { orders: null }, typed: undefined })).toEqual([]);
  });
});

describe('tradeRowsOfFrame', () => {
  it('maps the typed rows of a frame that validated', () => {
    const { typed } = asDelivered<TradesTyped>(tradesRaw);
    expect(typed).toBeDefined();
    expect(tradeRowsOfFrame({ data: {}, typed }).map((t) => t.tradeId)).toEqual(['19209006902']);
  });

  it('a frame with one malformed trade and one good trade delivers the good one', () => {
    const { is_maker_ask: _omit, ...bad }: Record<string, unknown> = { ...goodTrade, trade_id_str: '1' };
    const good = { ...goodTrade, trade_id: 2, trade_id_str: '2' };
    const frame = asDelivered<TradesTyped>({ ...tradesRaw, trades: [bad, good] });
    expect(frame.typed).toBeUndefined();
    expect(tradeRowsOfFrame(frame).map((t) => t.tradeId)).toEqual(['2']);
  });
});
