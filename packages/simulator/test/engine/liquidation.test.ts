import { describe, expect, it } from 'vitest';
import { makeExchange } from './fixture.js';

describe('liquidation', () => {
  it('closes a position at mark against the insurance fund once below maintenance margin', () => {
    const f = makeExchange();
    const mk = f.account();
    const me = f.account(100n); // 100 USDC
    f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 5000n });
    f.order({ accountIndex: me, isAsk: false, price: 300000n, baseAmount: 5000n, timeInForce: 0, orderExpiry: 0 }); // 0.5 ETH
    const resting = f.order({ accountIndex: me, isAsk: true, price: 330000n, baseAmount: 100n, reduceOnly: true });
    f.ex.setMarkPrice(0, 285000n); // -75 USDC: value 25 > MMR 17.1
    expect(f.ex.accounts.get(me)!.positions.get(0)!.size).toBe(5000n);
    expect(f.ex.liquidations).toEqual([]);
    f.ex.setMarkPrice(0, 282000n); // -90 USDC: value 10 < MMR 16.9
    const acct = f.ex.accounts.get(me)!;
    expect(acct.positions.get(0)!.size).toBe(0n);
    expect(acct.collateral).toBe(10_000_000n);
    expect(resting.status).toBe('canceled-liquidation');
    const t = f.ex.market(0)!.trades.at(-1)!;
    expect([t.type, t.price, t.size, t.bidAccountId === me || t.askAccountId === me]).toEqual([
      'liquidation',
      282000n,
      5000n,
      true,
    ]);
    expect(f.ex.liquidations).toHaveLength(1);
  });
});
