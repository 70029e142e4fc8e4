import { describe, expect, it } from 'vitest';
import { isInvalidStateTransition } from '../helpers.js';
import type { OrderEvent } from '../../src/orders/events.js';
import { isLegalTransition, OrderStateMachine } from '../../src/orders/state-machine.js';
import { BoundedDedupSet } from '../../src/orders/dedup.js';

const base = { clientOrderId: 'O-1', instrumentId: 'ETH-PERP.LIGHTER', tsEvent: 1, source: 'local' as const };
const ev = {
  submitted: { ...base, type: 'OrderSubmitted', accountId: 'LIGHTER-001' },
  accepted: { ...base, type: 'OrderAccepted', venueOrderId: '281474976710657' },
  pendingCancel: { ...base, type: 'OrderPendingCancel' },
  canceled: { ...base, type: 'OrderCanceled' },
  cancelRejected: { ...base, type: 'OrderCancelRejected', reason: 'x' },
  pendingUpdate: { ...base, type: 'OrderPendingUpdate' },
  updated: { ...base, type: 'OrderUpdated', quantity: '2' },
  modifyRejected: { ...base, type: 'OrderModifyRejected', reason: 'x' },
  triggered: { ...base, type: 'OrderTriggered' },
  expired: { ...base, type: 'OrderExpired' },
  rejected: { ...base, type: 'OrderRejected', reason: 'r', duePostOnly: false },
  denied: { ...base, type: 'OrderDenied', reason: 'd' },
} satisfies Record<string, OrderEvent>;
const fill = (qty: string, id = 't'): OrderEvent => ({
  ...base,
  type: 'OrderFilled',
  venueOrderId: '1',
  tradeId: id,
  orderSide: 'BUY',
  orderType: 'LIMIT',
  lastQty: qty,
  lastPx: '100',
  commission: { amount: '0', currency: 'USDC' },
  liquiditySide: 'MAKER',
});

describe('order state machine (docs/protocol/nautilus.md#order-state-machine)', () => {
  it('walks the canary path submit -> accept -> pending cancel -> canceled', () => {
    const m = new OrderStateMachine({ clientOrderId: 'O-1', quantity: '1' });
    expect(m.apply(ev.submitted)).toBe('SUBMITTED');
    expect(m.apply(ev.accepted)).toBe('ACCEPTED');
    expect(m.venueOrderId).toBe('281474976710657');
    expect(m.apply(ev.pendingCancel)).toBe('PENDING_CANCEL');
    expect(m.apply(ev.canceled)).toBe('CANCELED');
    expect(m.isTerminal).toBe(true);
  });

  it('partial then full fill, with leaves tracking', () => {
    const m = new OrderStateMachine({ clientOrderId: 'O-1', quantity: '1.5' });
    m.apply(ev.submitted);
    m.apply(ev.accepted);
    expect(m.apply(fill('0.5'))).toBe('PARTIALLY_FILLED');
    expect(m.leavesQty).toBe('1');
    expect(m.apply(fill('1'))).toBe('FILLED');
    expect(() => m.apply(fill('0.1'))).toThrow(/FILLED -> OrderFilled/);
  });

  it('restores the previous status after cancel / modify rejection', () => {
    const m = new OrderStateMachine({ clientOrderId: 'O-1', quantity: '1' });
    m.apply(ev.submitted);
    m.apply(ev.accepted);
    m.apply(fill('0.4'));
    m.apply(ev.pendingCancel);
    expect(m.apply(ev.cancelRejected)).toBe('PARTIALLY_FILLED');
    m.apply(ev.pendingUpdate);
    expect(m.apply(ev.modifyRejected)).toBe('PARTIALLY_FILLED');
    m.apply(ev.pendingUpdate);
    expect(m.apply(ev.updated)).toBe('PARTIALLY_FILLED');
    expect(m.quantity).toBe('2');
  });

  it('allows a late fill after CANCELED and stop trigger paths', () => {
    const m = new OrderStateMachine({ clientOrderId: 'O-1', quantity: '1' });
    m.apply(ev.submitted);
    m.apply(ev.accepted);
    expect(m.apply(ev.triggered)).toBe('TRIGGERED');
    expect(m.apply(ev.canceled)).toBe('CANCELED');
    expect(m.apply(fill('1'))).toBe('FILLED');
  });

  it('refuses illegal transitions', () => {
    const m = new OrderStateMachine({ clientOrderId: 'O-1', quantity: '1' });
    expect(() => m.apply(ev.accepted)).not.toThrow(); // external orders may start accepted
    const n = new OrderStateMachine({ clientOrderId: 'O-2', quantity: '1' });
    n.apply(ev.denied);
    for (const e of Object.values(ev)) {
      try {
        n.apply(e);
        expect.unreachable();
      } catch (err) {
        expect(isInvalidStateTransition(err)).toBe(true);
      }
    }
    expect(isLegalTransition('SUBMITTED', 'OrderTriggered')).toBe(false);
    expect(isLegalTransition('REJECTED', 'OrderFilled')).toBe(false);
    expect(isLegalTransition('EXPIRED', 'OrderCanceled')).toBe(false);
    expect(isLegalTransition('PENDING_CANCEL', 'OrderAccepted')).toBe(true);
    expect(isLegalTransition('ACCEPTED', 'OrderSubmitted')).toBe(false);
  });

  it('bounded dedup set evicts FIFO and supports rollback', () => {
    const s = new BoundedDedupSet({ capacity: 3 });
    expect(s.mark('a')).toBe(true);
    expect(s.mark('a')).toBe(false);
    s.mark('b');
    s.mark('c');
    s.mark('d');
    expect(s.has('a')).toBe(false);
    expect(s.size).toBe(3);
    s.unmark('d');
    expect(s.mark('d')).toBe(true);
  });
});
