import { describe, expect, it } from 'vitest';
import { InMemoryIdentityStore } from '../../src/identity/store.js';
import { OrderDispatcher } from '../../src/orders/dispatcher.js';
import { resolveOrderRetention, TerminalOrders } from '../../src/orders/retention.js';
import { OrderStateMachine } from '../../src/orders/state-machine.js';
import type { NautilusOrder } from '../../src/orders/types.js';

const order = (clientOrderId: string): NautilusOrder => ({
  clientOrderId,
  instrumentId: 'ETH-PERP.LIGHTER',
  side: 'BUY',
  type: 'LIMIT',
  quantity: '1',
  price: '100',
  timeInForce: 'GTC',
});

function setup(retention: Parameters<typeof resolveOrderRetention>[0]) {
  let now = 1_000_000;
  const identity = new InMemoryIdentityStore();
  const d = new OrderDispatcher({
    accountId: 'LIGHTER-001',
    accountIndex: 1,
    identity,
    instrumentByMarket: () => undefined,
    sinks: { onEvent: () => {} },
    now: () => now,
    retention: resolveOrderRetention(retention),
  });
  const open = (cloid: string) => {
    const t = d.register(order(cloid));
    d.emit(t, { type: 'OrderSubmitted', accountId: 'LIGHTER-001' }, 'local');
    d.emit(t, { type: 'OrderAccepted', venueOrderId: `V-${cloid}` }, 'ws');
    return t;
  };
  return { d, identity, open, tick: (ms: number) => (now += ms) };
}

describe('bounded order state', () => {
  it('evicts terminal orders after the TTL, from the registry and the identity store; open orders stay', () => {
    const { d, identity, open, tick } = setup({ terminalOrderTtlMs: 60_000 });
    const keep = open('OPEN-1');
    const done = open('DONE-1');
    d.emit(done, { type: 'OrderCanceled', venueOrderId: 'V-DONE-1', reason: 'canceled' }, 'ws');
    tick(59_999);
    d.emit(keep, { type: 'OrderPendingCancel' }, 'local');
    expect(d.get('DONE-1')).toBeDefined(); // still within retention: a late fill can find it
    tick(1);
    d.emit(keep, { type: 'OrderCancelRejected', reason: 'x' }, 'ws');
    expect(d.get('DONE-1')).toBeUndefined();
    expect(identity.get('DONE-1')).toBeUndefined();
    tick(24 * 3600_000);
    d.emit(keep, { type: 'OrderPendingCancel' }, 'local');
    expect(d.get('OPEN-1')).toBeDefined();
    expect(identity.get('OPEN-1')?.clientOrderIndex).toBe(keep.clientOrderIndex);
  });

  it('keeps at most maxTerminalOrders terminal orders, oldest evicted first', () => {
    const { d, identity, open } = setup({ maxTerminalOrders: 3 });
    for (let i = 0; i < 10; i++) {
      const t = open(`C-${i}`);
      d.emit(t, { type: 'OrderCanceled', venueOrderId: `V-C-${i}`, reason: 'canceled' }, 'ws');
    }
    expect(d.terminalOrderCount).toBe(3);
    expect(d.all().map((t) => t.order.clientOrderId)).toEqual(['C-7', 'C-8', 'C-9']);
    expect(identity.all().map((x) => x.clientOrderId)).toEqual(['C-7', 'C-8', 'C-9']);
  });

  it('caps events per order at the first plus the latest ones', () => {
    const m = new OrderStateMachine({ clientOrderId: 'O', quantity: '1', maxEvents: 4 });
    const base = { clientOrderId: 'O', instrumentId: 'I', tsEvent: 0, source: 'ws' as const };
    m.apply({ ...base, type: 'OrderSubmitted', accountId: 'A' });
    m.apply({ ...base, type: 'OrderAccepted', venueOrderId: 'V' });
    for (let i = 1; i <= 100; i++) {
      m.apply({ ...base, type: 'OrderPendingUpdate' });
      m.apply({
        ...base,
        type: 'OrderUpdated',
        venueOrderId: 'V',
        quantity: String(i),
        price: '1',
        triggerPrice: undefined,
      });
    }
    expect(m.events.map((e) => e.type)).toEqual([
      'OrderSubmitted',
      'OrderUpdated',
      'OrderPendingUpdate',
      'OrderUpdated',
    ]);
    expect(m.eventCount).toBe(202);
    expect(m.quantity).toBe('100');
  });

  it('validates the knobs (field and value named)', () => {
    expect(() => resolveOrderRetention({ terminalOrderTtlMs: -1 })).toThrow(
      'retention.terminalOrderTtlMs must be an integer >= 0, got -1',
    );
    expect(() => resolveOrderRetention({ maxEventsPerOrder: 1 })).toThrow(
      expect.objectContaining({ code: 'EXECUTION_CONFIG', fields: ['retention.maxEventsPerOrder'] }),
    );
    expect(resolveOrderRetention({ maxTerminalOrders: 0 }).maxTerminalOrders).toBe(0);
    const r = new TerminalOrders({ ttlMs: 10, max: 100 });
    r.note('A', 0);
    r.note('A', 5); // first time counts
    expect(r.due(9)).toEqual([]);
    expect(r.due(10)).toEqual(['A']);
  });
});
