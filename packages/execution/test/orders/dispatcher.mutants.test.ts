/**
 * OrderDispatcher behaviours the unit mutation profile showed unguarded (MUTATION.md, run 4): the
 * result of emit, which orders count as terminal, resolution by venue id, optional sinks, the
 * trigger-wait and unknown-status rules, trigger-only shape changes and the strategy id on register.
 */
import { describe, expect, it } from 'vitest';
import { InMemoryIdentityStore } from '../../src/identity/store.js';
import { type DispatcherSinks, OrderDispatcher, type TrackedOrder } from '../../src/orders/dispatcher.js';
import type { OrderEvent } from '../../src/orders/events.js';
import type { NautilusOrder } from '../../src/orders/types.js';
import { toVenueTradeRow } from '../../src/venue/rows.js';
import { ETH_PERP } from '../fixtures.js';
import { baseRow, baseTrade, limitOrder, rowFor } from './venue-row-fixtures.js';

function setup(sinks?: Partial<DispatcherSinks>) {
  const events: OrderEvent[] = [];
  const identity = new InMemoryIdentityStore();
  const d = new OrderDispatcher({
    accountId: 'LIGHTER-001',
    accountIndex: 1234,
    identity,
    instrumentByMarket: (m) => (m === 0 ? ETH_PERP : undefined),
    sinks: sinks === undefined ? { onEvent: (e) => events.push(e) } : { onEvent: (e) => events.push(e), ...sinks },
    now: () => 1_777_941_400_000,
  });
  const register = (o: Partial<NautilusOrder> = {}): TrackedOrder => d.register(limitOrder(o));
  const submit = (o: Partial<NautilusOrder> = {}): TrackedOrder => {
    const t = register(o);
    d.emit(t, { type: 'OrderSubmitted', accountId: 'LIGHTER-001' }, 'local');
    return t;
  };
  const types = () => events.map((e) => e.type);
  return { d, events, identity, register, submit, row: rowFor, types };
}

describe('OrderDispatcher (mutation guards)', () => {
  it('emit says whether the event was applied', () => {
    const { d, register } = setup();
    const t = register();
    expect(d.emit(t, { type: 'OrderSubmitted', accountId: 'x' }, 'local')).toBe(true);
    expect(d.emit(t, { type: 'OrderSubmitted', accountId: 'x' }, 'local')).toBe(false);
  });

  it('only terminal orders are counted for eviction, whether emitted or adopted', () => {
    const { d, identity, submit, row } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    expect(t.machine.status).toBe('ACCEPTED');
    expect(d.terminalOrderCount).toBe(0);
    identity.put({ clientOrderId: 'R-1', clientOrderIndex: 5, createdAtMs: 0 });
    identity.put({ clientOrderId: 'R-2', clientOrderIndex: 6, createdAtMs: 0 });
    d.handleOrderRow(row({ clientOrderIndex: 5 }, { status: 'open', order_index: 11, orderId: '11' }), 'ws');
    expect(d.get('R-1')?.machine.status).toBe('ACCEPTED');
    expect(d.terminalOrderCount).toBe(0);
    d.handleOrderRow(row({ clientOrderIndex: 6 }, { status: 'canceled', order_index: 12, orderId: '12' }), 'ws');
    expect(d.get('R-2')?.machine.isTerminal).toBe(true);
    expect(d.terminalOrderCount).toBe(1);
  });

  it('a row without a client order index is resolved by its venue order id', () => {
    const { d, submit, row, types } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    d.handleOrderRow(row(t, { status: 'canceled', clientOrderIndex: 0, client_order_index: 0 }), 'ws');
    expect(types()).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderCanceled']);
  });

  it('an open row for an order not yet marked submitted accepts it', () => {
    const { d, register, row, types } = setup();
    const t = register();
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    expect(types()).toEqual(['OrderAccepted']);
  });

  it("the event time is the row's updated_at when it has one", () => {
    const a = setup();
    const b = setup();
    const ta = a.submit();
    const tb = b.submit();
    a.d.handleOrderRow(a.row(ta, { status: 'open', updated_at: 1_777_941_300_000, timestamp: 1_777_941_200 }), 'ws');
    b.d.handleOrderRow(b.row(tb, { status: 'open', updated_at: undefined, timestamp: 1_777_941_200 }), 'ws');
    expect(a.events.at(-1)?.tsEvent).toBe(1_777_941_300_000);
    expect(b.events.at(-1)?.tsEvent).not.toBe(1_777_941_300_000);
  });

  it('a known identity on an unknown market is neither adopted nor reported', () => {
    const reports: unknown[] = [];
    const { d, identity, row } = setup({ onOrderReport: (r) => reports.push(r) });
    identity.put({ clientOrderId: 'R-1', clientOrderIndex: 5, createdAtMs: 0 });
    expect(() =>
      d.handleOrderRow(row({ clientOrderIndex: 5 }, { status: 'open', market_index: 9 }), 'ws'),
    ).not.toThrow();
    expect(d.get('R-1')).toBeUndefined();
    expect(reports).toEqual([]);
  });

  it('the report and error sinks are optional', () => {
    const { d, submit } = setup();
    // An unknown order of a known market, an unknown fill, and a fill whose report cannot be built.
    expect(() => d.handleOrderRow({ ...baseRow, clientOrderIndex: 0 }, 'ws')).not.toThrow();
    expect(() => d.handleTradeRow(baseTrade, 'ws')).not.toThrow();
    const t = submit();
    expect(() =>
      d.handleTradeRow(
        toVenueTradeRow({
          ...baseTrade,
          trade_id_str: 'T-bad',
          usd_amount: 'not-a-number',
          bid_client_id_str: String(t.clientOrderIndex),
        }),
        'ws',
      ),
    ).not.toThrow();
  });

  it('a trade of an unknown market is ignored, not reported as an error', () => {
    const errors: unknown[] = [];
    const { d } = setup({ onError: (e) => errors.push(e) });
    d.handleTradeRow({ ...baseTrade, market_id: 9 }, 'ws');
    expect(errors).toEqual([]);
  });

  it('a canceled row still carrying its trigger status is a cancel, not a waiting trigger', () => {
    const { d, submit, row, types } = setup();
    const t = submit({ type: 'STOP_MARKET', triggerPrice: '2000' });
    d.handleOrderRow(row(t, { status: 'pending', trigger_status: 'mark-price' }), 'ws');
    d.handleOrderRow(row(t, { status: 'canceled', trigger_status: 'mark-price' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderCanceled']);
  });

  it("a pending row with trigger status 'na' is not working", () => {
    const { d, submit, row, types } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'pending', trigger_status: 'na' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted']);
  });

  it('a trigger-only change is OrderUpdated with the new trigger', () => {
    const { d, submit, row, events } = setup();
    const t = submit({ type: 'STOP_LIMIT', triggerPrice: '2000' });
    const shape = { status: 'open', price: '2352.74', initial_base_amount: '0.0050' } as const;
    d.handleOrderRow(row(t, { ...shape, trigger_price: '2000' }), 'ws');
    d.handleOrderRow(row(t, { ...shape, trigger_price: '2100' }), 'ws');
    expect(events.at(-1)).toMatchObject({ type: 'OrderUpdated', triggerPrice: '2100' });
  });

  it('a row with a status it does not know emits nothing', () => {
    const { d, submit, row, types } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    d.handleOrderRow(row(t, { status: 'some-future-status' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted', 'OrderAccepted']);
    expect(t.machine.status).toBe('ACCEPTED');
  });

  it("register keeps the order's strategy id in the identity store", () => {
    const { identity, register } = setup();
    register({ strategyId: 'S-7' });
    expect(identity.get('O-1')?.strategyId).toBe('S-7');
  });
  it('a row with a zero price and no trigger is a working order with neither', () => {
    const { d, submit, row, events } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'open', price: '2352.74', trigger_price: '0' }), 'ws');
    d.handleOrderRow(row(t, { status: 'open', price: '0', trigger_price: null }), 'ws');
    expect(events.at(-1)).toMatchObject({ type: 'OrderUpdated', price: undefined, triggerPrice: undefined });
  });

  it('a pending update answered by an unchanged shape stays pending', () => {
    const { d, submit, row, types } = setup();
    const t = submit();
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    d.emit(t, { type: 'OrderPendingUpdate' }, 'local');
    d.handleOrderRow(row(t, { status: 'open' }), 'ws');
    expect(types()).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderPendingUpdate']);
    expect(t.machine.status).toBe('PENDING_UPDATE');
  });
});
