/**
 * The whole transition table of the order state machine, cell by cell, against the Nautilus
 * order FSM as this adapter documents it (docs/protocol/nautilus.md#order-state-machine): every legal (status, event) pair lands
 * on its target, every other pair throws and changes nothing. `~` = back to the status before
 * the pending one, `F` = fill (FILLED when the fill completes the order).
 */
import { describe, expect, it } from 'vitest';
import { ORDER_EVENT_TYPES, type OrderEvent } from '../../src/orders/events.js';
import { isLegalTransition, OrderStateMachine, TERMINAL_STATUSES } from '../../src/orders/state-machine.js';
import { NAUTILUS_ORDER_STATUS, type NautilusOrderStatus } from '../../src/orders/types.js';
import { isInvalidStateTransition } from '../helpers.js';

// Every event the package declares: a new event type is covered by the table as soon as it exists.
const EVENTS = ORDER_EVENT_TYPES;
type Ev = (typeof EVENTS)[number];

const SPEC: Record<NautilusOrderStatus, Partial<Record<Ev, NautilusOrderStatus | '~' | 'F'>>> = {
  INITIALIZED: {
    OrderDenied: 'DENIED',
    OrderSubmitted: 'SUBMITTED',
    OrderRejected: 'REJECTED',
    OrderAccepted: 'ACCEPTED',
    OrderCanceled: 'CANCELED',
    OrderExpired: 'EXPIRED',
    OrderTriggered: 'TRIGGERED',
    OrderUpdated: 'INITIALIZED',
  },
  EMULATED: { OrderCanceled: 'CANCELED', OrderExpired: 'EXPIRED', OrderUpdated: 'EMULATED' },
  RELEASED: { OrderSubmitted: 'SUBMITTED', OrderDenied: 'DENIED', OrderCanceled: 'CANCELED', OrderUpdated: 'RELEASED' },
  SUBMITTED: {
    OrderPendingUpdate: 'PENDING_UPDATE',
    OrderPendingCancel: 'PENDING_CANCEL',
    OrderRejected: 'REJECTED',
    OrderCanceled: 'CANCELED',
    OrderAccepted: 'ACCEPTED',
    OrderFilled: 'F',
    OrderUpdated: 'SUBMITTED',
  },
  ACCEPTED: {
    OrderRejected: 'REJECTED',
    OrderPendingUpdate: 'PENDING_UPDATE',
    OrderPendingCancel: 'PENDING_CANCEL',
    OrderCanceled: 'CANCELED',
    OrderTriggered: 'TRIGGERED',
    OrderExpired: 'EXPIRED',
    OrderFilled: 'F',
    OrderUpdated: 'ACCEPTED',
  },
  TRIGGERED: {
    OrderRejected: 'REJECTED',
    OrderPendingUpdate: 'PENDING_UPDATE',
    OrderPendingCancel: 'PENDING_CANCEL',
    OrderCanceled: 'CANCELED',
    OrderExpired: 'EXPIRED',
    OrderFilled: 'F',
    OrderUpdated: 'TRIGGERED',
  },
  PENDING_UPDATE: {
    OrderRejected: 'REJECTED',
    OrderAccepted: 'ACCEPTED',
    OrderCanceled: 'CANCELED',
    OrderExpired: 'EXPIRED',
    OrderTriggered: 'TRIGGERED',
    OrderFilled: 'F',
    OrderPendingCancel: 'PENDING_CANCEL',
    OrderPendingUpdate: 'PENDING_UPDATE',
    OrderModifyRejected: '~',
    OrderUpdated: '~',
  },
  PENDING_CANCEL: {
    OrderRejected: 'REJECTED',
    OrderCanceled: 'CANCELED',
    OrderExpired: 'EXPIRED',
    OrderAccepted: 'ACCEPTED',
    OrderFilled: 'F',
    OrderPendingCancel: 'PENDING_CANCEL',
    OrderCancelRejected: '~',
  },
  PARTIALLY_FILLED: {
    OrderPendingUpdate: 'PENDING_UPDATE',
    OrderPendingCancel: 'PENDING_CANCEL',
    OrderCanceled: 'CANCELED',
    OrderExpired: 'EXPIRED',
    OrderFilled: 'F',
    OrderAccepted: 'ACCEPTED',
    OrderUpdated: 'PARTIALLY_FILLED',
  },
  CANCELED: { OrderFilled: 'F' },
  DENIED: {},
  REJECTED: {},
  EXPIRED: {},
  FILLED: {},
};

function event(type: Ev, over: Partial<Record<string, unknown>> = {}): OrderEvent {
  const base = { clientOrderId: 'T-1', instrumentId: 'ETH-PERP.LIGHTER', tsEvent: 1 };
  const extra: Record<Ev, Record<string, unknown>> = {
    OrderDenied: { reason: 'x' },
    OrderSubmitted: { accountId: 'LIGHTER-1' },
    OrderRejected: { reason: 'x', duePostOnly: false },
    OrderAccepted: { venueOrderId: '77' },
    OrderPendingCancel: {},
    OrderPendingUpdate: {},
    OrderCanceled: {},
    OrderCancelRejected: { reason: 'x' },
    OrderUpdated: { quantity: '1' },
    OrderModifyRejected: { reason: 'x' },
    OrderTriggered: {},
    OrderExpired: {},
    OrderFilled: {
      venueOrderId: '77',
      tradeId: 't1',
      orderSide: 'BUY',
      orderType: 'LIMIT',
      lastQty: '1',
      lastPx: '10',
      commission: { amount: '0', currency: 'USDC' },
      liquiditySide: 'MAKER',
    },
  };
  return { ...base, type, ...extra[type], ...over } as OrderEvent;
}

const ALL = Object.values(NAUTILUS_ORDER_STATUS) as NautilusOrderStatus[];

describe('order state machine transition table', () => {
  for (const from of ALL) {
    it(`from ${from}`, () => {
      for (const type of EVENTS) {
        const m = new OrderStateMachine({ clientOrderId: 'T-1', quantity: '1', status: from });
        const target = SPEC[from][type];
        expect(isLegalTransition(from, type), `${from} + ${type}`).toBe(target !== undefined);
        expect(m.canApply(event(type)), `${from} + ${type}`).toBe(target !== undefined);
        if (target === undefined) {
          let thrown: unknown;
          try {
            m.apply(event(type));
          } catch (e) {
            thrown = e;
          }
          expect(isInvalidStateTransition(thrown), `${from} + ${type} must throw`).toBe(true);
          expect(m.status).toBe(from);
          expect(m.events).toHaveLength(0);
          continue;
        }
        const expected = target === '~' ? 'INITIALIZED' : target === 'F' ? 'FILLED' : target;
        expect(m.apply(event(type)), `${from} + ${type}`).toBe(expected);
        expect(m.status).toBe(expected);
        expect(m.events.map((e) => e.type)).toEqual([type]);
      }
    });
  }

  it('Nautilus-only pseudo events: emulation and release', () => {
    expect(isLegalTransition('INITIALIZED', 'OrderEmulated')).toBe(true);
    expect(isLegalTransition('INITIALIZED', 'OrderReleased')).toBe(true);
    expect(isLegalTransition('EMULATED', 'OrderReleased')).toBe(true);
    expect(isLegalTransition('ACCEPTED', 'OrderEmulated')).toBe(false);
    expect(isLegalTransition('RELEASED', 'OrderReleased')).toBe(false);
  });

  it('terminal and open statuses', () => {
    expect([...TERMINAL_STATUSES].sort()).toEqual(['CANCELED', 'DENIED', 'EXPIRED', 'FILLED', 'REJECTED']);
    const open = ALL.filter(
      (s) => new OrderStateMachine({ clientOrderId: 'T', quantity: '1', status: s }).isOpen,
    ).sort();
    expect(open).toEqual(['ACCEPTED', 'PARTIALLY_FILLED', 'PENDING_CANCEL', 'PENDING_UPDATE', 'TRIGGERED']);
    for (const s of ALL)
      expect(new OrderStateMachine({ clientOrderId: 'T', quantity: '1', status: s }).isTerminal).toBe(
        TERMINAL_STATUSES.has(s),
      );
  });

  it('pending states return to the status before the first pending one; updates change quantity; venue id sticks', () => {
    const m = new OrderStateMachine({ clientOrderId: 'T-1', quantity: '2' });
    m.apply(event('OrderSubmitted'));
    m.apply(event('OrderAccepted'));
    expect(m.venueOrderId).toBe('77');
    m.apply(event('OrderFilled', { lastQty: '0.5' }));
    expect(m.status).toBe('PARTIALLY_FILLED');
    expect(m.leavesQty).toBe('1.5');
    m.apply(event('OrderPendingUpdate'));
    m.apply(event('OrderPendingCancel'));
    expect(m.apply(event('OrderCancelRejected'))).toBe('PARTIALLY_FILLED');
    m.apply(event('OrderPendingUpdate'));
    expect(m.apply(event('OrderUpdated', { quantity: '3', venueOrderId: '78' }))).toBe('PARTIALLY_FILLED');
    expect(m.quantity).toBe('3');
    expect(m.venueOrderId).toBe('78');
    expect(m.leavesQty).toBe('2.5');
    m.apply(event('OrderFilled', { lastQty: '2.5' }));
    expect(m.status).toBe('FILLED');
    expect(m.filledQty).toBe('3');
    expect(m.leavesQty).toBe('0');
  });

  it('an overfill never reports negative leaves', () => {
    const m = new OrderStateMachine({ clientOrderId: 'T-1', quantity: '1', status: 'ACCEPTED', filledQty: '0.4' });
    expect(m.filledQty).toBe('0.4');
    m.apply(event('OrderFilled', { lastQty: '0.7' }));
    expect(m.status).toBe('FILLED');
    expect(m.leavesQty).toBe('0');
  });
});
