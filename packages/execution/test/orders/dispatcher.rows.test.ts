/**
 * How the dispatcher turns venue order rows and trades into Nautilus events (docs/protocol/nautilus.md#emission-rules, docs/protocol/nautilus.md#order-state-machine):
 * triggers, expiries, reject-like cancels, shape changes, fills, pending states and adoption.
 */
import { describe, expect, it } from 'vitest';
import { InMemoryIdentityStore } from '../../src/identity/store.js';
import { OrderDispatcher, type TrackedOrder } from '../../src/orders/dispatcher.js';
import type { OrderEvent } from '../../src/orders/events.js';
import type { NautilusOrder } from '../../src/orders/types.js';
import type { FillReport, OrderStatusReport } from '../../src/reports/types.js';
import { ETH_PERP } from '../fixtures.js';
import { baseRow, baseTrade, limitOrder, rowFor } from './venue-row-fixtures.js';

function setup() {
  const events: OrderEvent[] = [];
  const orderReports: OrderStatusReport[] = [];
  const fillReports: FillReport[] = [];
  const identity = new InMemoryIdentityStore();
  const d = new OrderDispatcher({
    accountId: 'LIGHTER-001',
    accountIndex: 1234,
    identity,
    instrumentByMarket: (m) => (m === 0 ? ETH_PERP : undefined),
    sinks: {
      onEvent: (e) => events.push(e),
      onOrderReport: (r) => orderReports.push(r),
      onFillReport: (r) => fillReports.push(r),
    },
    now: () => 1_777_941_400_000,
  });
  const submit = (o: Partial<NautilusOrder> = {}): TrackedOrder => {
    const t = d.register(limitOrder(o));
    d.emit(t, { type: 'OrderSubmitted', accountId: 'LIGHTER-001' }, 'local');
    return t;
  };
  const types = () => events.map((e) => e.type);
  return { d, events, orderReports, fillReports, identity, submit, row: rowFor, types };
}

describe('OrderDispatcher: order rows', () => {
  it('a pending row waiting for its trigger is working (Accepted); trigger ready -> Triggered once', () => {
    const { d, submit, row, types } = setup();
    const t = submit({ type: 'STOP_MARKET', triggerPrice: '2000' });
    d.handleOrderRow(row(t, { status: 'pending', trigger_status: 'mark-price' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted', 'OrderAccepted']);
    d.handleOrderRow(row(t, { status: 'pending', trigger_status: 'na' }), 'ws');
    d.handleOrderRow(row(t, { status: 'in-progress' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted', 'OrderAccepted']);
    d.handleOrderRow(row(t, { status: 'open', trigger_status: 'ready' }), 'ws');
    d.handleOrderRow(row(t, { status: 'open', trigger_status: 'ready' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderTriggered']);
    expect(t.triggered).toBe(true);
  });

  it('a pending row without a trigger (or with a ready one) is not yet working', () => {
    const { d, submit, row, types } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'pending', trigger_status: null }), 'ws');
    d.handleOrderRow(row(t, { status: 'pending', trigger_status: 'ready' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted']);
  });

  it('an expiry seen before any open row is Accepted then Expired', () => {
    const { d, submit, row, events } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'canceled-expired' }), 'ws');
    expect(events.map((e) => e.type)).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderExpired']);
    expect(t.machine.status).toBe('EXPIRED');
  });

  it('reject-like cancels before acceptance are rejections; after acceptance only post-only is', () => {
    const a = setup();
    const ta = a.submit();
    a.d.handleOrderRow(a.row(ta, { status: 'canceled-margin-not-allowed' }), 'ws');
    expect(a.events.at(-1)).toMatchObject({
      type: 'OrderRejected',
      reason: 'canceled-margin-not-allowed',
      duePostOnly: false,
    });

    const b = setup();
    const tb = b.submit();
    b.d.handleOrderRow(b.row(tb, { status: 'open' }), 'ws');
    b.d.handleOrderRow(b.row(tb, { status: 'canceled-invalid-balance' }), 'ws');
    expect(b.events.at(-1)).toMatchObject({ type: 'OrderCanceled', reason: 'invalid-balance' });

    const c = setup();
    const tc = c.submit();
    c.d.handleOrderRow(c.row(tc, { status: 'open' }), 'ws');
    c.d.handleOrderRow(c.row(tc, { status: 'canceled-post-only' }), 'ws');
    expect(c.events.at(-1)).toMatchObject({ type: 'OrderRejected', reason: 'canceled-post-only', duePostOnly: true });

    const e = setup();
    const te = e.submit();
    e.d.handleOrderRow(e.row(te, { status: 'canceled' }), 'ws');
    expect(e.events.map((x) => x.type)).toEqual(['OrderSubmitted', 'OrderCanceled']);
    expect(e.events.at(-1)).toMatchObject({ reason: 'canceled', venueOrderId: baseRow.orderId });
    e.d.handleOrderRow(e.row(te, { status: 'something-new' }), 'ws');
    expect(e.events).toHaveLength(2);
  });

  it('a filled row records the venue id only (fills come from trades)', () => {
    const { d, submit, row, types } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'filled' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted']);
    expect(t.machine.venueOrderId).toBe(baseRow.orderId);
  });

  it('shape changes are OrderUpdated (zero price / trigger omitted); an unchanged shape is silent', () => {
    const { d, submit, row, events } = setup();
    const t = submit();
    d.handleOrderRow(
      row(t, { status: 'open', price: '2352.74', trigger_price: '0', initial_base_amount: '0.0050' }),
      'ws',
    );
    d.handleOrderRow(
      row(t, { status: 'open', price: '2352.74', trigger_price: '0', initial_base_amount: '0.0050' }),
      'ws',
    );
    expect(events.map((e) => e.type)).toEqual(['OrderSubmitted', 'OrderAccepted']);
    d.handleOrderRow(
      row(t, { status: 'open', price: '2352.75', trigger_price: '0', initial_base_amount: '0.0050' }),
      'ws',
    );
    expect(events.at(-1)).toMatchObject({
      type: 'OrderUpdated',
      quantity: '0.005',
      price: '2352.75',
      triggerPrice: undefined,
    });
    d.handleOrderRow(
      row(t, { status: 'open', price: '0', trigger_price: '2000', initial_base_amount: '0.0050' }),
      'ws',
    );
    expect(events.at(-1)).toMatchObject({ type: 'OrderUpdated', price: undefined, triggerPrice: '2000' });
    d.handleOrderRow(
      row(t, { status: 'open', price: '0', trigger_price: '2000', initial_base_amount: '0.0060' }),
      'ws',
    );
    expect(events.at(-1)).toMatchObject({ type: 'OrderUpdated', quantity: '0.006' });
    expect(events.filter((e) => e.type === 'OrderUpdated')).toHaveLength(3);
  });

  it('pending update answered by the first open row is OrderUpdated', () => {
    const { d, submit, row, events } = setup();
    const t = submit();
    d.emit(t, { type: 'OrderPendingUpdate' }, 'local');
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    expect(events.map((e) => e.type)).toEqual(['OrderSubmitted', 'OrderPendingUpdate', 'OrderUpdated']);
    expect(t.accepted).toBe(true);
  });

  it('pending cancel stays pending on an open row but learns the venue id', () => {
    const { d, submit, row, types } = setup();
    const t = submit();
    d.emit(t, { type: 'OrderPendingCancel' }, 'local');
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted', 'OrderPendingCancel']);
    expect(t.machine.status).toBe('PENDING_CANCEL');
    expect(t.machine.venueOrderId).toBe(baseRow.orderId);
    expect(t.accepted).toBe(true);
  });

  it('the identity store learns (and corrects) the venue order id from rows', () => {
    const { d, submit, row, identity } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    expect(identity.get('O-1')?.venueOrderId).toBe(baseRow.orderId);
    identity.put({ ...identity.get('O-1')!, venueOrderId: '1' });
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    expect(identity.get('O-1')?.venueOrderId).toBe(baseRow.orderId);
  });

  it('rows of unknown markets are ignored; unknown orders of known markets are reports', () => {
    const { d, orderReports, events } = setup();
    d.handleOrderRow({ ...baseRow, market_index: 9 }, 'ws');
    expect(orderReports).toEqual([]);
    d.handleOrderRow({ ...baseRow, clientOrderIndex: 0 }, 'ws');
    expect(orderReports).toHaveLength(1);
    expect(events).toEqual([]);
  });
});

describe('OrderDispatcher: trades and adoption', () => {
  it('a fill of a submitted order synthesises Accepted first, is deduplicated, and records the venue id', () => {
    const { d, identity, events, fillReports } = setup();
    const t = d.register({
      clientOrderId: 'B-1',
      instrumentId: 'ETH-PERP.LIGHTER',
      side: 'BUY',
      type: 'LIMIT',
      quantity: '0.002',
      price: '2352.74',
      timeInForce: 'GTC',
    });
    d.emit(t, { type: 'OrderSubmitted', accountId: 'x' }, 'local');
    // The fixture trade's bid side belongs to account 1234 with client order index 7001011966.
    identity.put({ ...identity.get('B-1')!, clientOrderIndex: 7001011966 });
    const own = baseTrade;
    d.handleTradeRow(own, 'ws');
    d.handleTradeRow(own, 'ws');
    expect(events.map((e) => e.type)).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderFilled']);
    expect(events.at(-1)).toMatchObject({ orderSide: 'BUY', orderType: 'LIMIT', lastQty: baseTrade.size });
    expect(identity.get('B-1')?.venueOrderId).toBe('562947905631053');
    expect(fillReports).toEqual([]);
    expect(
      d.markFillSeen(String(baseTrade.trade_id_str ?? baseTrade.trade_id), identity.get('B-1')!.venueOrderId!),
    ).toBe(false);
    d.handleTradeRow({ ...own, market_id: 9 }, 'ws');
    expect(events).toHaveLength(3);
  });

  it('adopt: only reports with a known identity; an existing order is returned as is', () => {
    const { d, identity } = setup();
    const report = {
      clientOrderId: 'R-1',
      instrumentId: 'ETH-PERP.LIGHTER',
      orderSide: 'BUY',
      orderType: 'LIMIT',
      quantity: '1',
      price: '10',
      triggerPrice: undefined,
      timeInForce: 'GTC',
      postOnly: false,
      reduceOnly: false,
      orderStatus: 'SUBMITTED',
      filledQty: '0',
      venueOrderId: '99',
      tsAccepted: 5,
    } as unknown as OrderStatusReport;
    expect(d.adopt({ ...report, clientOrderId: undefined } as unknown as OrderStatusReport)).toBeUndefined();
    expect(d.adopt(report)).toBeUndefined();
    identity.put({ clientOrderId: 'R-1', clientOrderIndex: 5, createdAtMs: 0, strategyId: 'S-1' });
    const t = d.adopt(report)!;
    expect(t).toMatchObject({ clientOrderIndex: 5, accepted: false, triggered: false, submittedAtMs: 5 });
    expect(t.order.strategyId).toBe('S-1');
    expect(identity.get('R-1')?.venueOrderId).toBe('99');
    expect(d.adopt({ ...report, orderStatus: 'TRIGGERED' } as OrderStatusReport)).toBe(t);
    const trig = setup();
    trig.identity.put({ clientOrderId: 'R-1', clientOrderIndex: 5, createdAtMs: 0, venueOrderId: '7' });
    const tt = trig.d.adopt({ ...report, orderStatus: 'TRIGGERED' } as OrderStatusReport)!;
    expect(tt).toMatchObject({ accepted: true, triggered: true });
    expect(trig.identity.get('R-1')?.venueOrderId).toBe('7');
  });

  it('openOrders filters by instrument and side; track returns the existing order', () => {
    const { d, submit, row } = setup();
    const t = submit();
    expect(d.track({ order: t.order, clientOrderIndex: 1 })).toBe(t);
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    expect(d.openOrders()).toHaveLength(1);
    expect(d.openOrders({ instrumentId: 'BTC-PERP.LIGHTER' })).toHaveLength(0);
    expect(d.openOrders({ instrumentId: 'ETH-PERP.LIGHTER', side: 'SELL' })).toHaveLength(1);
    expect(d.all()).toEqual([t]);
  });
});
