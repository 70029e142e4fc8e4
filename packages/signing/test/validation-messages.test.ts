// Local tx validation speaks lighter-go's words (LG `types/txtypes/errors.go`), so a user can search the
// message, and adds the typed field and the received value (docs/protocol/signing.md#validation-messages).
// One row per validated field: the field named, the official text, the value that was refused.
import { ORDER_TYPE, TIME_IN_FORCE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { createSigner, isSigningInputError, type Signer } from '../src/index.js';

const signer: Signer = createSigner({
  network: 'lighter-testnet',
  accountIndex: 1077,
  apiKeyIndex: 4,
  privateKey: `0x${'01'.repeat(40)}`,
  now: () => 1_767_225_600_000,
});

const order = {
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

type Row = readonly [name: string, sign: () => unknown, field: string, official: string, received: string | undefined];

const ROWS: readonly Row[] = [
  [
    'nonce',
    () => signer.signCreateOrder({ ...order, nonce: -1 }),
    'Nonce',
    'AccountNonce should not be less than 0',
    '-1',
  ],
  [
    'expiry of the tx',
    () => signer.signCreateOrder({ ...order, expiredAt: -5 }),
    'ExpiredAt',
    'ExpiredAt is invalid',
    '-5',
  ],
  [
    'market index',
    () => signer.signCreateOrder({ ...order, marketIndex: 300 }),
    'MarketIndex',
    'MarketIndex is not valid',
    '300',
  ],
  [
    'client order index, low',
    () => signer.signCreateOrder({ ...order, clientOrderIndex: -5 }),
    'ClientOrderIndex',
    'ClientOrderIndex should not be less than',
    '-5',
  ],
  [
    'client order index, high',
    () => signer.signCreateOrder({ ...order, clientOrderIndex: 2n ** 48n }),
    'ClientOrderIndex',
    'ClientOrderIndex should not be larger than 281474976710655',
    '281474976710656',
  ],
  [
    'base amount, zero',
    () => signer.signCreateOrder({ ...order, baseAmount: 0 }),
    'BaseAmount',
    'BaseAmount should not be less than 1',
    '0',
  ],
  [
    'base amount, high',
    () => signer.signCreateOrder({ ...order, baseAmount: 2n ** 48n }),
    'BaseAmount',
    'BaseAmount should not be larger than',
    '281474976710656',
  ],
  ['price', () => signer.signCreateOrder({ ...order, price: 0 }), 'Price', 'OrderPrice should not be less than 1', '0'],
  ['order type', () => signer.signCreateOrder({ ...order, orderType: 7 }), 'Type', 'OrderType is not valid', '7'],
  [
    'time in force',
    () => signer.signCreateOrder({ ...order, orderType: ORDER_TYPE.MARKET }),
    'TimeInForce',
    'OrderTimeInForce is not valid',
    '1',
  ],
  [
    'order expiry',
    () => signer.signCreateOrder({ ...order, timeInForce: TIME_IN_FORCE.IMMEDIATE_OR_CANCEL }),
    'OrderExpiry',
    'OrderExpiry is invalid',
    '1769644800000',
  ],
  [
    'trigger price',
    () => signer.signCreateOrder({ ...order, triggerPrice: 5 }),
    'TriggerPrice',
    'TriggerPrice is invalid',
    '5',
  ],
  [
    'reduce-only on spot',
    () => signer.signCreateOrder({ ...order, marketIndex: 2048, reduceOnly: true }),
    'ReduceOnly',
    'ReduceOnly is invalid',
    '1',
  ],
  ['is ask', () => signer.signCreateOrder({ ...order, isAsk: 2 as 1 }), 'IsAsk', 'IsAsk should be 0 or 1', '2'],
  [
    'a non-integer price: not a range rule, no received value',
    () => signer.signCreateOrder({ ...order, price: 1.5 }),
    'Price',
    'expected an integer, got 1.5',
    undefined,
  ],
  [
    'cancel: order index',
    () => signer.signCancelOrder({ marketIndex: 0, orderIndex: 0, nonce: 0 }),
    'Index',
    'OrderIndex should not be less than',
    '0',
  ],
  [
    'modify: price',
    () => signer.signModifyOrder({ marketIndex: 0, orderIndex: 5, baseAmount: 10, price: 0, nonce: 0 }),
    'Price',
    'OrderPrice should not be less than 1',
    '0',
  ],
  [
    'cancel-all: time',
    () => signer.signCancelAllOrders({ timeInForce: 0, time: 5, nonce: 0 }),
    'Time',
    'CancelAllTime should be nil',
    '5',
  ],
  [
    'cancel-all: time in force',
    () => signer.signCancelAllOrders({ timeInForce: 3, nonce: 0 }),
    'TimeInForce',
    'CancelAllTimeInForce is invalid',
    '3',
  ],
  [
    'leverage: margin fraction',
    () => signer.signUpdateLeverage({ marketIndex: 0, initialMarginFraction: 10001, marginMode: 0, nonce: 0 }),
    'InitialMarginFraction',
    'InitialMarginFraction should not be larger than 10000',
    '10001',
  ],
  [
    'integrator fee',
    () =>
      signer.signApproveIntegrator({
        integratorAccountIndex: 5,
        maxPerpsTakerFee: 1_000_001,
        maxPerpsMakerFee: 0,
        maxSpotTakerFee: 0,
        maxSpotMakerFee: 0,
        approvalExpiry: 1_900_000_000_000,
        nonce: 0,
      }),
    'MaxPerpsTakerFee',
    'MarketFee should not be larger than 1000000',
    '1000001',
  ],
  [
    'integrator account',
    () =>
      signer.signApproveIntegrator({
        integratorAccountIndex: -2,
        maxPerpsTakerFee: 0,
        maxPerpsMakerFee: 0,
        maxSpotTakerFee: 0,
        maxSpotMakerFee: 0,
        approvalExpiry: 1_900_000_000_000,
        nonce: 0,
      }),
    'IntegratorAccountIndex',
    'IntegratorAccountIndex should not be less than -1',
    '-2',
  ],
  [
    'approval expiry',
    () =>
      signer.signApproveIntegrator({
        integratorAccountIndex: 5,
        maxPerpsTakerFee: 0,
        maxPerpsMakerFee: 0,
        maxSpotTakerFee: 0,
        maxSpotMakerFee: 0,
        approvalExpiry: 2n ** 48n,
        nonce: 0,
      }),
    'ApprovalExpiry',
    'ApprovalExpiry is invalid',
    '281474976710656',
  ],
];

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe("validation messages in lighter-go's words, with field and received value", () => {
  it.each(ROWS)('%s', (_name, sign, field, official, received) => {
    const e = caught(sign);
    expect(isSigningInputError(e)).toBe(true);
    const err = e as { field: string; received: string | undefined; message: string };
    expect(err.field).toBe(field);
    expect(err.message.startsWith(`${field}: `)).toBe(true);
    expect(err.message).toContain(official);
    expect(err.received).toBe(received);
    if (received !== undefined) expect(err.message.endsWith(`(received ${received})`)).toBe(true);
  });

  it('the received value is in the JSON form too', () => {
    const e = caught(() => signer.signCreateOrder({ ...order, price: 0 })) as { toJSON(): Record<string, unknown> };
    expect(e.toJSON()).toMatchObject({ field: 'Price', received: '0', code: 'SIGNING_INPUT' });
  });
});
