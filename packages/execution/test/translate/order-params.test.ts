import { describe, expect, it } from 'vitest';
import { orderTxAttributes } from '../../src/translate/order-params.js';

describe('order params -> L2TxAttributes', () => {
  it('maps every parameter to its attribute and leaves defaults out', () => {
    expect(orderTxAttributes({})).toBeUndefined();
    expect(
      orderTxAttributes({
        params: { selfTradePrevention: 'EXPIRE_MAKER', selfTradeEquality: 'ACCOUNT', skipNonce: false },
      }),
    ).toEqual({ selfTradeBehaviorMode: 0, selfTradeEqualityMode: 0 });
    expect(orderTxAttributes({ params: { selfTradePrevention: 'REDUCE' } })).toEqual({ selfTradeBehaviorMode: 3 });
    expect(
      orderTxAttributes({ params: { integratorAccountIndex: 9, integratorTakerFeePpm: 5, integratorMakerFeePpm: 0 } }),
    ).toEqual({ integratorAccountIndex: 9, integratorTakerFee: 5, integratorMakerFee: 0 });
  });

  it('config integrator applies unless the order names its own', () => {
    const integrator = { accountIndex: 4, takerFeePpm: 100, makerFeePpm: 50 };
    expect(orderTxAttributes({ integrator })).toEqual({
      integratorAccountIndex: 4,
      integratorTakerFee: 100,
      integratorMakerFee: 50,
    });
    expect(orderTxAttributes({ integrator, params: { integratorAccountIndex: 8 } })).toEqual({
      integratorAccountIndex: 8,
    });
    // Self-trade settings cannot go with integrator fees, the config's included.
    expect(() => orderTxAttributes({ integrator, params: { selfTradePrevention: 'EXPIRE_TAKER' } })).toThrow(
      expect.objectContaining({ code: 'ORDER_DENIED', field: 'params.selfTradePrevention' }),
    );
    expect(() => orderTxAttributes({ integrator, params: { selfTradeEquality: 'MASTER_ACCOUNT' } })).toThrow(
      expect.objectContaining({ field: 'params.selfTradeEquality' }),
    );
    expect(
      orderTxAttributes({ integrator: { accountIndex: 4 }, params: { selfTradePrevention: 'EXPIRE_TAKER' } }),
    ).toEqual({ integratorAccountIndex: 4, selfTradeBehaviorMode: 1 });
  });

  it('rejects out-of-range numbers with the field and value', () => {
    expect(() => orderTxAttributes({ params: { integratorAccountIndex: 2 ** 48 - 1 } })).toThrow(
      'params.integratorAccountIndex: expected an integer in 0..281474976710654, got 281474976710655',
    );
    expect(() => orderTxAttributes({ params: { integratorAccountIndex: 3, integratorTakerFeePpm: 1.5 } })).toThrow(
      'params.integratorTakerFeePpm',
    );
    expect(() => orderTxAttributes({ params: { integratorAccountIndex: -1 } })).toThrow(
      'params.integratorAccountIndex',
    );
  });
});
