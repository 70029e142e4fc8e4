import { describe, expect, it } from 'vitest';
import { groupedWire, groupingFor } from '../../src/execution/brackets.js';
import type { CreateOrderParams } from '../../src/translate/order-translation.js';

const o = (x: Partial<CreateOrderParams>): CreateOrderParams => ({
  marketIndex: 0,
  clientOrderIndex: 1,
  baseAmount: 100n,
  price: 300000n,
  isAsk: false,
  orderType: 0,
  timeInForce: 1,
  reduceOnly: false,
  triggerPrice: 0n,
  orderExpiry: 1000n,
  ...x,
});

describe('brackets', () => {
  it('maps contingencies to grouping types', () => {
    expect([groupingFor('OTO', 2), groupingFor('OTO', 3), groupingFor('OTOCO', 3), groupingFor('OCO', 2)]).toEqual([
      1, 3, 3, 2,
    ]);
    expect([
      groupingFor('OCO', 3),
      groupingFor('OUO', 2),
      groupingFor('NO_CONTINGENCY', 2),
      groupingFor('OTO', 1),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('OTOCO children: size 0, reduce-only, parent expiry', () => {
    const w = groupedWire({
      grouping: 3,
      orders: [
        o({}),
        o({ orderType: 2, isAsk: true, orderExpiry: 1001n }),
        o({ orderType: 4, isAsk: true, orderExpiry: 1002n }),
      ],
    });
    expect(w.map((x) => [x.baseAmount, x.reduceOnly, x.orderExpiry])).toEqual([
      [100n, false, 1000n],
      [0n, true, 1000n],
      [0n, true, 1000n],
    ]);
  });
  it('IOC parent (expiry 0): children share the first child expiry; OCO siblings share the first', () => {
    const w = groupedWire({
      grouping: 1,
      orders: [o({ orderExpiry: 0n, timeInForce: 0 }), o({ orderType: 4, isAsk: true, orderExpiry: 5n })],
    });
    expect(w[1]?.orderExpiry).toBe(5n);
    const oco = groupedWire({
      grouping: 2,
      orders: [o({ orderType: 2, orderExpiry: 7n }), o({ orderType: 4, orderExpiry: 9n })],
    });
    expect(oco.map((x) => [x.reduceOnly, x.orderExpiry, x.baseAmount])).toEqual([
      [true, 7n, 100n],
      [true, 7n, 100n],
    ]);
  });
});
