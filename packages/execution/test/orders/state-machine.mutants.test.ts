/**
 * OrderStateMachine: the venue order id survives events that carry none, and a repeated pending
 * cancel keeps the status to restore (MUTATION.md, run 4: both guards were detected only as
 * timeouts before, never by a failing unit test).
 */
import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src/orders/events.js';
import { OrderStateMachine } from '../../src/orders/state-machine.js';

const base = { clientOrderId: 'O-1', instrumentId: 'ETH-PERP.LIGHTER', tsEvent: 1, source: 'local' as const };

describe('OrderStateMachine venue order id (mutation guards)', () => {
  it('is kept across an event without one and an event whose venueOrderId is undefined', () => {
    const m = new OrderStateMachine({ clientOrderId: 'O-1', quantity: '1' });
    m.apply({ ...base, type: 'OrderSubmitted', accountId: 'LIGHTER-001' });
    m.apply({ ...base, type: 'OrderAccepted', venueOrderId: 'V-1' });
    m.apply({ ...base, type: 'OrderPendingCancel' });
    expect(m.venueOrderId).toBe('V-1');
    m.apply({ ...base, type: 'OrderCanceled', venueOrderId: undefined } as OrderEvent);
    expect(m.venueOrderId).toBe('V-1');
  });
  it('a repeated pending cancel still restores the status before the first one', () => {
    const m = new OrderStateMachine({ clientOrderId: 'O-1', quantity: '1' });
    m.apply({ ...base, type: 'OrderSubmitted', accountId: 'LIGHTER-001' });
    m.apply({ ...base, type: 'OrderAccepted', venueOrderId: 'V-1' });
    m.apply({ ...base, type: 'OrderPendingCancel' });
    m.apply({ ...base, type: 'OrderPendingCancel' });
    expect(m.apply({ ...base, type: 'OrderCancelRejected', reason: 'x' })).toBe('ACCEPTED');
  });
});
