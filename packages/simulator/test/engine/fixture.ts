// Engine test fixture: an Exchange with the default markets and a controllable clock.
import { Exchange } from '../../src/engine/exchange.js';
import type { NewOrderParams } from '../../src/engine/order-rules.js';
import { DEFAULT_MARKETS } from '../../src/markets.js';

export const T0 = 1_800_000_000_000;
export const DAY = 86_400_000;

export function makeExchange() {
  let now = T0;
  const ex = new Exchange({ markets: DEFAULT_MARKETS, clock: () => now });
  return {
    ex,
    advance(ms: number) {
      now += ms;
      ex.tick();
    },
    account(collateralUsdc = 100_000n) {
      return ex.createAccount({ collateral: collateralUsdc * 1_000_000n, l1Address: `0x${'1'.repeat(40)}` }).index;
    },
    /** Limit GTT order on ETH (market 0): price in cents, size in 1e-4 ETH. */
    order(p: Partial<NewOrderParams> & { accountIndex: number; isAsk: boolean; price: bigint; baseAmount: bigint }) {
      return ex.placeOrder({
        apiKeyIndex: 3,
        marketIndex: 0,
        clientOrderIndex: 0,
        type: 0,
        timeInForce: 1,
        reduceOnly: false,
        triggerPrice: 0n,
        orderExpiry: (p.timeInForce ?? 1) === 0 && !p.type ? 0 : now + 28 * DAY,
        nonce: 0,
        ...p,
      });
    },
    now: () => now,
  };
}
