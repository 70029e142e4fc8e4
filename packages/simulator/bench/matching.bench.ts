// Matching engine throughput: resting inserts (baseline) vs orders that cross and fill, in the
// same run, so the report is a ratio. Signature verification is excluded (signing's own bench).
import { bench, describe } from 'vitest';
import { Exchange } from '../src/engine/exchange.js';
import type { NewOrderParams } from '../src/engine/order-rules.js';
import { DEFAULT_MARKETS } from '../src/markets.js';

const T0 = 1_800_000_000_000;
const N = 1000;

function setup() {
  const ex = new Exchange({ markets: DEFAULT_MARKETS, clock: () => T0 });
  const maker = ex.createAccount({ collateral: 10n ** 15n, l1Address: '0x' }).index;
  const taker = ex.createAccount({ collateral: 10n ** 15n, l1Address: '0x' }).index;
  const order = (
    p: Partial<NewOrderParams> & { accountIndex: number; isAsk: boolean; price: bigint },
  ): NewOrderParams => ({
    apiKeyIndex: 3,
    marketIndex: 0,
    clientOrderIndex: 0,
    baseAmount: 100n,
    type: 0,
    timeInForce: 1,
    reduceOnly: false,
    triggerPrice: 0n,
    orderExpiry: T0 + 86_400_000,
    nonce: 0,
    ...p,
  });
  return { ex, maker, taker, order };
}

describe(`${N} orders on one book`, () => {
  bench('baseline: resting limit inserts (100 price levels)', () => {
    const { ex, maker, order } = setup();
    for (let i = 0; i < N; i++)
      ex.placeOrder(order({ accountIndex: maker, isAsk: true, price: 300000n + BigInt(i % 100) }));
  });
  bench('insert + IOC taker fill each', () => {
    const { ex, maker, taker, order } = setup();
    for (let i = 0; i < N; i++) {
      ex.placeOrder(order({ accountIndex: maker, isAsk: true, price: 300000n + BigInt(i % 100) }));
      ex.placeOrder(order({ accountIndex: taker, isAsk: false, price: 310000n, timeInForce: 0, orderExpiry: 0 }));
    }
  });
  bench('insert then cancel each', () => {
    const { ex, maker, order } = setup();
    for (let i = 0; i < N; i++) {
      const o = ex.placeOrder(order({ accountIndex: maker, isAsk: true, price: 300000n + BigInt(i % 100) }));
      ex.finishOrder(o, 'canceled');
    }
  });
});
