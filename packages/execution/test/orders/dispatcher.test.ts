import { describe, expect, it } from 'vitest';
import { InMemoryIdentityStore } from '../../src/identity/store.js';
import { OrderDispatcher } from '../../src/orders/dispatcher.js';
import type { OrderEvent } from '../../src/orders/events.js';
import type { FillReport, OrderStatusReport } from '../../src/reports/types.js';
import { toVenueTradeRow } from '../../src/venue/rows.js';
import { ETH_PERP } from '../fixtures.js';
import { baseRow, baseTrade as trade, limitOrder, rowFor } from './venue-row-fixtures.js';

function setup(accountIndex = 1234) {
  const events: OrderEvent[] = [];
  const orderReports: OrderStatusReport[] = [];
  const fillReports: FillReport[] = [];
  const identity = new InMemoryIdentityStore();
  const d = new OrderDispatcher({
    accountId: 'LIGHTER-001',
    accountIndex,
    identity,
    instrumentByMarket: (m) => (m === 0 ? ETH_PERP : undefined),
    sinks: {
      onEvent: (e) => events.push(e),
      onOrderReport: (r) => orderReports.push(r),
      onFillReport: (r) => fillReports.push(r),
    },
    now: () => 1_777_941_400_000,
  });
  return { d, events, orderReports, fillReports, identity };
}

describe('OrderDispatcher', () => {
  it('open frame -> Accepted once; duplicate frames produce nothing', () => {
    const { d, events } = setup();
    const t = d.register(limitOrder());
    d.emit(t, { type: 'OrderSubmitted', accountId: 'LIGHTER-001' }, 'local');
    const r = rowFor(t, { status: 'open' });
    d.handleOrderRow(r, 'ws');
    d.handleOrderRow(r, 'ws');
    d.handleOrderRow(r, 'ws');
    expect(events.map((e) => e.type)).toEqual(['OrderSubmitted', 'OrderAccepted']);
    expect(events[1]).toMatchObject({ venueOrderId: '281476929510110', clientOrderId: 'O-1' });
    d.handleOrderRow(rowFor(t, { status: 'canceled' }), 'ws');
    d.handleOrderRow(rowFor(t, { status: 'canceled' }), 'ws');
    expect(events.map((e) => e.type)).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderCanceled']);
  });

  it('fills: dedup by trade id, synthesised Accepted when the fill races ahead, commission from ppm', () => {
    const { d, events, identity } = setup();
    const t = d.register(limitOrder({ side: 'BUY', quantity: '0.2672' }));
    d.emit(t, { type: 'OrderSubmitted', accountId: 'LIGHTER-001' }, 'local');
    // The fixture trade's bid side belongs to account 1234 with client id 7001011966.
    identity.put({ ...identity.get('O-1')!, clientOrderIndex: 7001011966 });
    d.handleTradeRow(trade, 'ws');
    d.handleTradeRow(trade, 'ws');
    expect(events.map((e) => e.type)).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderFilled']);
    expect(events[2]).toMatchObject({
      tradeId: '19209006902',
      venueOrderId: '562947905631053',
      lastQty: '0.1336',
      lastPx: '2352.73',
      liquiditySide: 'TAKER',
      commission: { amount: '0.061607646688', currency: 'USDC' },
    });
    expect(t.machine.status).toBe('PARTIALLY_FILLED');
    d.handleTradeRow(toVenueTradeRow({ ...trade, trade_id: 19209006903, trade_id_str: '19209006903' }), 'ws');
    expect(t.machine.status).toBe('FILLED');
  });

  it('post-only cross -> Rejected(duePostOnly); margin -> Rejected; expiry -> Expired', () => {
    const { d, events } = setup();
    const a = d.register(limitOrder({ clientOrderId: 'A', postOnly: true }));
    d.emit(a, { type: 'OrderSubmitted', accountId: 'x' }, 'local');
    d.handleOrderRow(rowFor(a, { status: 'canceled-post-only' }), 'ws');
    const b = d.register(limitOrder({ clientOrderId: 'B' }));
    d.emit(b, { type: 'OrderSubmitted', accountId: 'x' }, 'local');
    d.handleOrderRow(
      rowFor(b, { status: 'canceled-margin-not-allowed', order_index: 2, order_id: '2', orderId: '2' }),
      'ws',
    );
    const c = d.register(limitOrder({ clientOrderId: 'C' }));
    d.emit(c, { type: 'OrderSubmitted', accountId: 'x' }, 'local');
    d.handleOrderRow(rowFor(c, { status: 'open', order_index: 3, order_id: '3', orderId: '3' }), 'ws');
    d.handleOrderRow(rowFor(c, { status: 'canceled-expired', order_index: 3, order_id: '3', orderId: '3' }), 'ws');
    const types = events.map((e) => `${e.clientOrderId}:${e.type}`);
    expect(types).toEqual([
      'A:OrderSubmitted',
      'A:OrderRejected',
      'B:OrderSubmitted',
      'B:OrderRejected',
      'C:OrderSubmitted',
      'C:OrderAccepted',
      'C:OrderExpired',
    ]);
    expect(events[1]).toMatchObject({ duePostOnly: true });
  });

  it('shape change -> OrderUpdated; trigger ready -> OrderTriggered', () => {
    const { d, events } = setup();
    const t = d.register(limitOrder({ type: 'STOP_LIMIT', triggerPrice: '2300' }));
    d.emit(t, { type: 'OrderSubmitted', accountId: 'x' }, 'local');
    d.handleOrderRow(rowFor(t, { status: 'open', trigger_status: 'mark-price', trigger_price: '2300.00' }), 'ws');
    d.emit(t, { type: 'OrderPendingUpdate' }, 'local');
    d.handleOrderRow(
      rowFor(t, {
        status: 'open',
        trigger_status: 'mark-price',
        trigger_price: '2310.00',
        initial_base_amount: '0.0060',
      }),
      'ws',
    );
    d.handleOrderRow(
      rowFor(t, { status: 'open', trigger_status: 'ready', trigger_price: '2310.00', initial_base_amount: '0.0060' }),
      'ws',
    );
    expect(events.map((e) => e.type)).toEqual([
      'OrderSubmitted',
      'OrderAccepted',
      'OrderPendingUpdate',
      'OrderUpdated',
      'OrderTriggered',
    ]);
    expect(events[3]).toMatchObject({ quantity: '0.006', triggerPrice: '2310' });
    expect(t.machine.status).toBe('TRIGGERED');
  });

  it('unknown orders and fills become external reports', () => {
    const { d, events, orderReports, fillReports } = setup();
    d.handleOrderRow(baseRow, 'ws');
    d.handleTradeRow(trade, 'ws');
    expect(events).toEqual([]);
    expect(orderReports[0]).toMatchObject({
      venueOrderId: '281476929510110',
      orderStatus: 'PARTIALLY_FILLED',
      filledQty: '0.002',
      orderSide: 'SELL',
      avgPx: '2352.74',
    });
    expect(fillReports[0]).toMatchObject({ tradeId: '19209006902', orderSide: 'BUY', clientOrderId: undefined });
  });

  it('adopts a known identity after restart at the reported status', () => {
    const { d, events, identity } = setup();
    identity.put({ clientOrderId: 'O-old', clientOrderIndex: 42, createdAtMs: 0 });
    d.handleOrderRow(baseRow, 'ws');
    expect(events).toEqual([]);
    const t = d.get('O-old')!;
    expect(t.machine.status).toBe('PARTIALLY_FILLED');
    expect(t.machine.venueOrderId).toBe('281476929510110');
    expect(identity.getByVenueOrderId('281476929510110')?.clientOrderId).toBe('O-old');
    expect(d.openOrders({ side: 'SELL' })).toHaveLength(1);
    expect(d.openOrders({ side: 'BUY' })).toHaveLength(0);
  });
});
