import { GROUPING_TYPE, ORDER_TYPE, TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

const parent = {
  marketIndex: 0,
  clientOrderIndex: 101,
  baseAmount: 1000,
  price: 50000,
  isAsk: false,
  orderType: ORDER_TYPE.LIMIT,
  timeInForce: 1,
  orderExpiry: 1767830400000,
};
const tp = {
  marketIndex: 0,
  baseAmount: 0,
  price: 51000,
  isAsk: true,
  orderType: ORDER_TYPE.TAKE_PROFIT,
  timeInForce: 0,
  reduceOnly: true,
  triggerPrice: 49000,
  orderExpiry: 1767830400000,
};

describe('CreateGroupedOrders (28)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte (OTO, OCO, OTOCO)', () => {
    expectVectorsDecodeAndHash(TX_TYPE.CREATE_GROUPED_ORDERS);
  });

  it('signs an OTO group into the exact tx_info', () => {
    const v = vector('CreateGroupedOrders-0');
    const tx = signerFor(v).signCreateGroupedOrders({
      groupingType: GROUPING_TYPE.ONE_TRIGGERS_OTHER,
      orders: [parent, tp],
      nonce: 28,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
  });

  it('rejects malformed groups, naming the order', () => {
    const s = signerFor(vector('CreateGroupedOrders-0'));
    const g = { groupingType: GROUPING_TYPE.ONE_TRIGGERS_OTHER, nonce: 1 };
    expectRejected(() => s.signCreateGroupedOrders({ ...g, orders: [] }), 'Orders');
    expectRejected(() => s.signCreateGroupedOrders({ ...g, orders: [parent, parent, parent, parent] }), 'Orders');
    expectRejected(
      () => s.signCreateGroupedOrders({ ...g, orders: [parent, { ...tp, baseAmount: 5 }] }),
      'Orders[1].BaseAmount',
    );
    expectRejected(
      () => s.signCreateGroupedOrders({ ...g, orders: [parent, { ...tp, marketIndex: 1 }] }),
      'Orders[1].MarketIndex',
    );
    expectRejected(
      () => s.signCreateGroupedOrders({ ...g, orders: [parent, { ...tp, price: 2n ** 32n }] }),
      'Orders[1].Price',
    );
    expectRejected(
      () => s.signCreateGroupedOrders({ ...g, orders: [parent, { ...tp, isAsk: false }] }),
      'Orders[1].IsAsk',
    );
    expectRejected(() => s.signCreateGroupedOrders({ ...g, groupingType: 4, orders: [parent, tp] }), 'GroupingType');
    expectRejected(
      () =>
        s.signCreateGroupedOrders({
          ...g,
          orders: [
            { ...parent, marketIndex: 2048 },
            { ...tp, marketIndex: 2048 },
          ],
        }),
      'Orders[0].MarketIndex',
    );
    expectRejected(
      () =>
        s.signCreateGroupedOrders({
          ...g,
          groupingType: 2,
          orders: [
            { ...tp, baseAmount: 5 },
            { ...tp, baseAmount: 5 },
          ],
        }),
      'Orders',
      /OrderType/,
    );
  });
});
