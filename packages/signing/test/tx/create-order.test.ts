import { ORDER_TYPE, TIME_IN_FORCE, TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

const base = {
  marketIndex: 0,
  clientOrderIndex: 1,
  baseAmount: 1000,
  price: 50000,
  isAsk: false,
  orderType: ORDER_TYPE.LIMIT,
  timeInForce: TIME_IN_FORCE.GOOD_TILL_TIME,
  orderExpiry: 1769644800000,
  nonce: 0,
};

describe('CreateOrder (14)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte', () => {
    expectVectorsDecodeAndHash(TX_TYPE.CREATE_ORDER);
  });

  it('signs the named parameter object into the exact tx_info (k injected)', () => {
    const v = vector('CreateOrder-0');
    const tx = signerFor(v).signCreateOrder(base);
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(tx.txHash).toBe(v.tx_hash);
    expect(tx.sendTx).toEqual({ tx_type: 14, tx_info: v.tx_info_json });
    expect(tx.kind).toBe('CreateOrder');
    expect(tx.expiredAt).toBe(1767226199000n);
  });

  it('replaces orderExpiry -1 with now + 28 days before hashing', () => {
    const v = vector('CreateOrder-6');
    const tx = signerFor(v).signCreateOrder({
      ...base,
      clientOrderIndex: 79,
      baseAmount: 10,
      price: 60000,
      orderExpiry: -1,
      nonce: 6,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
  });

  it('accepts bigint values at the top of each range', () => {
    const v = vector('CreateOrder-2');
    const tx = signerFor(v).signCreateOrder({
      marketIndex: 2,
      clientOrderIndex: 2n ** 48n - 1n,
      baseAmount: 2n ** 48n - 1n,
      price: 2n ** 32n - 1n,
      isAsk: true,
      orderType: ORDER_TYPE.STOP_LOSS,
      timeInForce: TIME_IN_FORCE.IMMEDIATE_OR_CANCEL,
      reduceOnly: true,
      triggerPrice: 4294967294n,
      orderExpiry: 1769644800000n,
      nonce: 2,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
  });

  it('rejects out-of-range and sentinel-violating fields before signing', () => {
    const s = signerFor(vector('CreateOrder-0'));
    expectRejected(() => s.signCreateOrder({ ...base, marketIndex: 300 }), 'MarketIndex', /MarketIndex is not valid/);
    expectRejected(() => s.signCreateOrder({ ...base, marketIndex: 255 }), 'MarketIndex');
    expectRejected(
      () => s.signCreateOrder({ ...base, marketIndex: 2n ** 15n }),
      'MarketIndex',
      /MarketIndex is not valid/,
    );
    expectRejected(() => s.signCreateOrder({ ...base, marketIndex: 2n ** 63n }), 'MarketIndex', /i64/);
    expectRejected(() => s.signCreateOrder({ ...base, price: 0 }), 'Price');
    expectRejected(() => s.signCreateOrder({ ...base, price: 2n ** 32n }), 'Price', /u32/);
    expectRejected(() => s.signCreateOrder({ ...base, baseAmount: 2n ** 48n }), 'BaseAmount');
    expectRejected(() => s.signCreateOrder({ ...base, baseAmount: 0 }), 'BaseAmount');
    expectRejected(() => s.signCreateOrder({ ...base, clientOrderIndex: 2n ** 48n }), 'ClientOrderIndex');
    expectRejected(() => s.signCreateOrder({ ...base, clientOrderIndex: -5 }), 'ClientOrderIndex');
    expectRejected(
      () => s.signCreateOrder({ ...base, timeInForce: TIME_IN_FORCE.IMMEDIATE_OR_CANCEL }),
      'OrderExpiry',
      /OrderExpiry is invalid/,
    );
    expectRejected(() => s.signCreateOrder({ ...base, orderType: ORDER_TYPE.MARKET }), 'TimeInForce');
    expectRejected(() => s.signCreateOrder({ ...base, triggerPrice: 5 }), 'TriggerPrice');
    expectRejected(() => s.signCreateOrder({ ...base, orderType: 7 }), 'Type');
    expectRejected(() => s.signCreateOrder({ ...base, marketIndex: 2048, reduceOnly: true }), 'ReduceOnly');
    expectRejected(
      () => s.signCreateOrder({ ...base, marketIndex: 2048, orderType: ORDER_TYPE.STOP_LOSS_LIMIT, triggerPrice: 1 }),
      'Type',
    );
    expectRejected(() => s.signCreateOrder({ ...base, isAsk: 2 as 1 }), 'IsAsk');
    expectRejected(() => s.signCreateOrder({ ...base, nonce: -1 }), 'Nonce');
    expectRejected(() => s.signCreateOrder({ ...base, expiredAt: 2n ** 48n }), 'ExpiredAt');
    expectRejected(() => s.signCreateOrder({ ...base, price: 1.5 }), 'Price', /integer/);
    expectRejected(() => s.signCreateOrder({ ...base, baseAmount: 2 ** 60 }), 'BaseAmount', /2\^53/);
    expectRejected(() => s.signCreateOrder({ ...base, price: undefined as unknown as number }), 'Price', /required/);
  });

  // Binary options (Up/Down): market indexes 1000-2000, UNVERIFIED against an official signer
  // (docs/protocol/binary-options.md#market-ids).
  it('signs limit and market orders on the binary market-index range and verifies them', () => {
    const s = signerFor(vector('CreateOrder-0'));
    for (const marketIndex of [1000, 1500n, 2000]) {
      const tx = s.signCreateOrder({ ...base, marketIndex, price: 55 });
      expect(JSON.parse(tx.txInfo).MarketIndex).toBe(Number(marketIndex));
    }
    const market = s.signCreateOrder({
      ...base,
      marketIndex: 1001,
      price: 99,
      orderType: ORDER_TYPE.MARKET,
      timeInForce: TIME_IN_FORCE.IMMEDIATE_OR_CANCEL,
      orderExpiry: 0,
    });
    expect(market.kind).toBe('CreateOrder');
  });

  it('rejects on binary markets what the venue rejects: reduce-only, triggers, stop and TWAP types, and the gaps', () => {
    const s = signerFor(vector('CreateOrder-0'));
    const bo = { ...base, marketIndex: 1001, price: 55 };
    expectRejected(() => s.signCreateOrder({ ...bo, reduceOnly: true }), 'ReduceOnly');
    expectRejected(() => s.signCreateOrder({ ...bo, triggerPrice: 50 }), 'TriggerPrice');
    expectRejected(() => s.signCreateOrder({ ...bo, orderType: ORDER_TYPE.STOP_LOSS_LIMIT, triggerPrice: 50 }), 'Type');
    expectRejected(() => s.signCreateOrder({ ...bo, orderType: ORDER_TYPE.TWAP }), 'Type');
    for (const gap of [999, 2001, 2047])
      expectRejected(() => s.signCreateOrder({ ...bo, marketIndex: gap }), 'MarketIndex', /MarketIndex is not valid/);
  });
});
