import { describe, expect, it } from 'vitest';
import { isVenueError } from '../../src/errors.js';
import { DAY, makeExchange } from './fixture.js';

const size = (o: { filledBase: bigint; remainingBase: bigint }) => [o.filledBase, o.remainingBase];

describe('matching: limit orders and price-time priority', () => {
  it('rests a GTT limit and fills makers best price first, then by time', () => {
    const f = makeExchange();
    const m1 = f.account();
    const m2 = f.account();
    const t = f.account();
    const a1 = f.order({ accountIndex: m1, isAsk: true, price: 300100n, baseAmount: 100n });
    const a2 = f.order({ accountIndex: m2, isAsk: true, price: 300000n, baseAmount: 100n });
    const a3 = f.order({ accountIndex: m1, isAsk: true, price: 300000n, baseAmount: 100n });
    expect(a1.status).toBe('open');
    const taker = f.order({ accountIndex: t, isAsk: false, price: 300100n, baseAmount: 250n });
    expect(taker.status).toBe('filled');
    expect(a2.status).toBe('filled'); // best price, earliest
    expect(a3.status).toBe('filled'); // same price, later
    expect(a1.status).toBe('open'); // worse price, partial
    expect(size(a1)).toEqual([50n, 50n]);
    const trades = f.ex.market(0)!.trades;
    expect(trades.map((x) => [x.price, x.size, x.askId])).toEqual([
      [300000n, 100n, a2.orderIndex],
      [300000n, 100n, a3.orderIndex],
      [300100n, 50n, a1.orderIndex],
    ]);
    expect(trades.every((x) => !x.isMakerAsk === false)).toBe(true);
  });

  it('partially fills a GTT taker and rests the remainder on the book', () => {
    const f = makeExchange();
    const mk = f.account();
    const tk = f.account();
    f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 100n });
    const o = f.order({ accountIndex: tk, isAsk: false, price: 300000n, baseAmount: 300n });
    expect(o.status).toBe('open');
    expect(size(o)).toEqual([100n, 200n]);
    expect(f.ex.market(0)!.book.bestPrice(false)).toBe(300000n);
  });

  it('IOC limit: fills what crosses and cancels the rest', () => {
    const f = makeExchange();
    const mk = f.account();
    const tk = f.account();
    f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 100n });
    f.order({ accountIndex: mk, isAsk: true, price: 301000n, baseAmount: 100n });
    const o = f.order({
      accountIndex: tk,
      isAsk: false,
      price: 300000n,
      baseAmount: 300n,
      timeInForce: 0,
      orderExpiry: 0,
    });
    expect(o.status).toBe('canceled');
    expect(size(o)).toEqual([100n, 200n]);
    expect(f.ex.market(0)!.book.bestPrice(false)).toBeUndefined();
  });

  it('market order: stops at the slippage bound (too-much-slippage) or when the book runs out', () => {
    const f = makeExchange();
    const mk = f.account();
    const tk = f.account();
    f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 100n });
    f.order({ accountIndex: mk, isAsk: true, price: 310000n, baseAmount: 100n });
    const m = f.order({
      accountIndex: tk,
      isAsk: false,
      price: 303000n,
      baseAmount: 200n,
      type: 1,
      timeInForce: 0,
      orderExpiry: 0,
    });
    expect(m.status).toBe('canceled-too-much-slippage');
    expect(m.filledBase).toBe(100n);
    const m2 = f.order({
      accountIndex: tk,
      isAsk: false,
      price: 400000n,
      baseAmount: 500n,
      type: 1,
      timeInForce: 0,
      orderExpiry: 0,
    });
    expect(m2.status).toBe('canceled-not-enough-liquidity');
    expect(m2.filledBase).toBe(100n);
    const full = f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 100n });
    const m3 = f.order({
      accountIndex: tk,
      isAsk: false,
      price: 300000n,
      baseAmount: 100n,
      type: 1,
      timeInForce: 0,
      orderExpiry: 0,
    });
    expect([m3.status, full.status]).toEqual(['filled', 'filled']);
  });

  it('rejects market orders that are not IOC or carry an expiry', () => {
    const f = makeExchange();
    const tk = f.account();
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return isVenueError(e) ? e.code : -1;
      }
      return 0;
    };
    expect(
      code(() =>
        f.order({ accountIndex: tk, isAsk: false, price: 300000n, baseAmount: 100n, type: 1, timeInForce: 1 }),
      ),
    ).toBe(21705);
    expect(
      code(() =>
        f.order({
          accountIndex: tk,
          isAsk: false,
          price: 300000n,
          baseAmount: 100n,
          type: 1,
          timeInForce: 0,
          orderExpiry: f.now() + DAY,
        }),
      ),
    ).toBe(21711);
    expect(code(() => f.order({ accountIndex: tk, isAsk: false, price: 0n, baseAmount: 100n }))).toBe(21702);
    expect(
      code(() =>
        f.order({ accountIndex: tk, isAsk: false, price: 300000n, baseAmount: 100n, orderExpiry: f.now() + 60_000 }),
      ),
    ).toBe(21711);
    expect(code(() => f.order({ accountIndex: tk, isAsk: false, price: 300000n, baseAmount: 10n }))).toBe(21706);
    expect(
      code(() => f.order({ accountIndex: tk, isAsk: false, price: 300000n, baseAmount: 100n, marketIndex: 77 })),
    ).toBe(21602);
    expect(
      code(() =>
        f.order({
          accountIndex: tk,
          isAsk: false,
          price: 300000n,
          baseAmount: 100n,
          marketIndex: 2048,
          reduceOnly: true,
        }),
      ),
    ).toBe(21740);
    f.order({ accountIndex: tk, isAsk: false, price: 290000n, baseAmount: 100n, clientOrderIndex: 5 });
    expect(
      code(() => f.order({ accountIndex: tk, isAsk: false, price: 290000n, baseAmount: 100n, clientOrderIndex: 5 })),
    ).toBe(21728);
  });
});

describe('matching: post-only, reduce-only, expiry', () => {
  it('post-only that would cross is canceled-post-only; otherwise rests', () => {
    const f = makeExchange();
    const mk = f.account();
    const tk = f.account();
    f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 100n });
    const crossing = f.order({ accountIndex: tk, isAsk: false, price: 300000n, baseAmount: 100n, timeInForce: 2 });
    expect(crossing.status).toBe('canceled-post-only');
    expect(crossing.filledBase).toBe(0n);
    const resting = f.order({ accountIndex: tk, isAsk: false, price: 299900n, baseAmount: 100n, timeInForce: 2 });
    expect(resting.status).toBe('open');
  });

  it('reduce-only without a position is canceled-reduce-only; with one it is capped', () => {
    const f = makeExchange();
    const mk = f.account();
    const tk = f.account();
    const ro = f.order({ accountIndex: tk, isAsk: true, price: 300000n, baseAmount: 100n, reduceOnly: true });
    expect(ro.status).toBe('canceled-reduce-only');
    f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 100n });
    f.order({ accountIndex: tk, isAsk: false, price: 300000n, baseAmount: 100n, timeInForce: 0, orderExpiry: 0 });
    expect(f.ex.accounts.get(tk)!.positions.get(0)!.size).toBe(100n);
    f.order({ accountIndex: mk, isAsk: false, price: 299000n, baseAmount: 1000n });
    const close = f.order({
      accountIndex: tk,
      isAsk: true,
      price: 299000n,
      baseAmount: 500n,
      reduceOnly: true,
      timeInForce: 0,
      orderExpiry: 0,
    });
    expect(close.status).toBe('filled');
    expect(close.filledBase).toBe(100n);
    expect(f.ex.accounts.get(tk)!.positions.get(0)!.size).toBe(0n);
  });

  it('GTT orders expire at OrderExpiry with canceled-expired', () => {
    const f = makeExchange();
    const mk = f.account();
    const o = f.order({
      accountIndex: mk,
      isAsk: true,
      price: 300000n,
      baseAmount: 100n,
      orderExpiry: f.now() + 10 * 60_000,
    });
    f.advance(9 * 60_000);
    expect(o.status).toBe('open');
    f.advance(60_000);
    expect(o.status).toBe('canceled-expired');
    expect(f.ex.market(0)!.book.bestPrice(true)).toBeUndefined();
  });
});

describe('matching: self-trade', () => {
  it('default mode expires the resting maker and keeps matching', () => {
    const f = makeExchange();
    const me = f.account();
    const other = f.account();
    const own = f.order({ accountIndex: me, isAsk: true, price: 300000n, baseAmount: 100n });
    const theirs = f.order({ accountIndex: other, isAsk: true, price: 300100n, baseAmount: 100n });
    const t = f.order({
      accountIndex: me,
      isAsk: false,
      price: 300100n,
      baseAmount: 100n,
      timeInForce: 0,
      orderExpiry: 0,
    });
    expect(own.status).toBe('canceled-self-trade');
    expect(theirs.status).toBe('filled');
    expect(t.status).toBe('filled');
  });

  it('expire-taker, cancel-both and reduce modes (tx attribute 6)', () => {
    const f = makeExchange();
    const me = f.account();
    const m1 = f.order({ accountIndex: me, isAsk: true, price: 300000n, baseAmount: 100n });
    const t1 = f.order({ accountIndex: me, isAsk: false, price: 300000n, baseAmount: 100n, selfTradeMode: 1 });
    expect([m1.status, t1.status]).toEqual(['open', 'canceled-self-trade']);
    const t2 = f.order({ accountIndex: me, isAsk: false, price: 300000n, baseAmount: 100n, selfTradeMode: 2 });
    expect([m1.status, t2.status]).toEqual(['canceled-self-trade', 'canceled-self-trade']);
    const m3 = f.order({ accountIndex: me, isAsk: true, price: 300000n, baseAmount: 300n });
    const t3 = f.order({ accountIndex: me, isAsk: false, price: 300000n, baseAmount: 100n, selfTradeMode: 3 });
    expect(t3.status).toBe('canceled-self-trade'); // reduced to nothing, no trade
    expect(m3.remainingBase).toBe(200n);
    expect(f.ex.market(0)!.trades.length).toBe(0);
  });
});
