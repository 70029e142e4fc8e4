import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { OrderEvent } from '../../src/orders/events.js';
import { OrderStateMachine, TERMINAL_STATUSES } from '../../src/orders/state-machine.js';

const base = { clientOrderId: 'O-1', instrumentId: 'X', tsEvent: 0, source: 'local' as const };
const events: OrderEvent[] = [
  { ...base, type: 'OrderSubmitted', accountId: 'A-1' },
  { ...base, type: 'OrderAccepted', venueOrderId: '1' },
  { ...base, type: 'OrderRejected', reason: 'r', duePostOnly: false },
  { ...base, type: 'OrderDenied', reason: 'd' },
  { ...base, type: 'OrderPendingCancel' },
  { ...base, type: 'OrderPendingUpdate' },
  { ...base, type: 'OrderCanceled' },
  { ...base, type: 'OrderCancelRejected', reason: 'x' },
  { ...base, type: 'OrderModifyRejected', reason: 'x' },
  { ...base, type: 'OrderUpdated', quantity: '1' },
  { ...base, type: 'OrderTriggered' },
  { ...base, type: 'OrderExpired' },
  {
    ...base,
    type: 'OrderFilled',
    venueOrderId: '1',
    tradeId: 't',
    orderSide: 'BUY',
    orderType: 'LIMIT',
    lastQty: '0.25',
    lastPx: '1',
    commission: { amount: '0', currency: 'USDC' },
    liquiditySide: 'MAKER',
  },
];

it('random event sequences: illegal events throw and change nothing; terminal states absorb (except late fills after CANCELED)', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: events.length - 1 }), { maxLength: 40 }), (idx) => {
      const m = new OrderStateMachine({ clientOrderId: 'O-1', quantity: '1' });
      for (const i of idx) {
        const e = events[i]!;
        const before = m.status;
        const filled = m.filledQty;
        if (m.canApply(e)) {
          m.apply(e);
          if (TERMINAL_STATUSES.has(before)) expect(before === 'CANCELED' && e.type === 'OrderFilled').toBe(true);
        } else {
          expect(() => m.apply(e)).toThrow();
          expect(m.status).toBe(before);
          expect(m.filledQty).toBe(filled);
        }
      }
    }),
    { numRuns: 1000 },
  );
});
