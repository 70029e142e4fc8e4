import { describe, expect, it } from 'vitest';
import { runFunding } from '../../src/engine/account-actions.js';
import { marginSummary } from '../../src/engine/margin.js';
import { cancelAllOrders, cancelOrder, createGroupedOrders, modifyOrder } from '../../src/engine/order-actions.js';
import { isVenueError } from '../../src/errors.js';
import { DAY, makeExchange } from './fixture.js';

const codeOf = (fn: () => unknown): number => {
  try {
    fn();
  } catch (e) {
    return isVenueError(e) ? e.code : -1;
  }
  return 0;
};

/** Opens a long of `base` lots at 3000.00 for `acct` against a maker. */
function openLong(f: ReturnType<typeof makeExchange>, acct: number, maker: number, base = 100n) {
  f.order({ accountIndex: maker, isAsk: true, price: 300000n, baseAmount: base });
  f.order({ accountIndex: acct, isAsk: false, price: 300000n, baseAmount: base, timeInForce: 0, orderExpiry: 0 });
}

describe('stop-loss / take-profit triggered by mark price', () => {
  it('stop-loss market sells when mark falls to the trigger', () => {
    const f = makeExchange();
    const mk = f.account();
    const me = f.account();
    openLong(f, me, mk);
    f.order({ accountIndex: mk, isAsk: false, price: 290000n, baseAmount: 1000n });
    const sl = f.order({
      accountIndex: me,
      isAsk: true,
      price: 280000n,
      baseAmount: 100n,
      type: 2,
      timeInForce: 0,
      triggerPrice: 295000n,
      reduceOnly: true,
    });
    expect([sl.status, sl.triggerStatus]).toEqual(['pending', 'mark-price']);
    f.ex.setMarkPrice(0, 296000n);
    expect(sl.status).toBe('pending');
    f.ex.setMarkPrice(0, 295000n);
    expect([sl.status, sl.triggerStatus]).toEqual(['filled', 'ready']);
    expect(f.ex.accounts.get(me)!.positions.get(0)!.size).toBe(0n);
  });

  it('take-profit limit rests after triggering when mark rises', () => {
    const f = makeExchange();
    const mk = f.account();
    const me = f.account();
    openLong(f, me, mk);
    const tp = f.order({
      accountIndex: me,
      isAsk: true,
      price: 320000n,
      baseAmount: 100n,
      type: 5,
      timeInForce: 1,
      triggerPrice: 310000n,
      reduceOnly: true,
    });
    f.ex.setMarkPrice(0, 305000n);
    expect(tp.status).toBe('pending');
    f.ex.setMarkPrice(0, 311000n);
    expect(tp.status).toBe('open');
    expect(f.ex.market(0)!.book.bestPrice(true)).toBe(320000n);
  });

  it('stop-loss limit for a short fires when mark rises; take-profit buy when it falls', () => {
    const f = makeExchange();
    const mk = f.account();
    const me = f.account();
    f.order({ accountIndex: mk, isAsk: false, price: 300000n, baseAmount: 100n });
    f.order({ accountIndex: me, isAsk: true, price: 300000n, baseAmount: 100n, timeInForce: 0, orderExpiry: 0 });
    const sl = f.order({
      accountIndex: me,
      isAsk: false,
      price: 320000n,
      baseAmount: 100n,
      type: 3,
      timeInForce: 1,
      triggerPrice: 310000n,
      reduceOnly: true,
    });
    const tp = f.order({
      accountIndex: me,
      isAsk: false,
      price: 280000n,
      baseAmount: 100n,
      type: 5,
      timeInForce: 1,
      triggerPrice: 290000n,
      reduceOnly: true,
    });
    f.ex.setMarkPrice(0, 289000n);
    expect(tp.status).toBe('open');
    expect(sl.status).toBe('pending');
  });

  it('trigger orders need a trigger price and are perp only', () => {
    const f = makeExchange();
    const me = f.account();
    expect(
      codeOf(() =>
        f.order({
          accountIndex: me,
          isAsk: true,
          price: 280000n,
          baseAmount: 100n,
          type: 2,
          timeInForce: 0,
          triggerPrice: 0n,
        }),
      ),
    ).toBe(21729);
    expect(
      codeOf(() =>
        f.order({
          accountIndex: me,
          isAsk: true,
          price: 280000n,
          baseAmount: 100n,
          type: 2,
          timeInForce: 1,
          triggerPrice: 1n,
        }),
      ),
    ).toBe(21705);
    expect(
      codeOf(() =>
        f.order({
          accountIndex: me,
          marketIndex: 2048,
          isAsk: true,
          price: 280000n,
          baseAmount: 100n,
          type: 3,
          triggerPrice: 1n,
        }),
      ),
    ).toBe(21618);
  });
});

describe('cancel, modify, cancel-all', () => {
  it('cancels by order index or client order index; unknown is 21715', () => {
    const f = makeExchange();
    const me = f.account();
    const a = f.order({ accountIndex: me, isAsk: true, price: 300000n, baseAmount: 100n, clientOrderIndex: 42 });
    const b = f.order({ accountIndex: me, isAsk: true, price: 300100n, baseAmount: 100n });
    cancelOrder(f.ex, { accountIndex: me, marketIndex: 0, index: 42 });
    cancelOrder(f.ex, { accountIndex: me, marketIndex: 0, index: b.orderIndex });
    expect([a.status, b.status]).toEqual(['canceled', 'canceled']);
    expect(codeOf(() => cancelOrder(f.ex, { accountIndex: me, marketIndex: 0, index: b.orderIndex }))).toBe(21715);
    const other = f.account();
    const c = f.order({ accountIndex: other, isAsk: true, price: 300000n, baseAmount: 100n });
    expect(codeOf(() => cancelOrder(f.ex, { accountIndex: me, marketIndex: 0, index: c.orderIndex }))).toBe(21707);
  });

  it('modify re-prices (losing time priority) and can cross', () => {
    const f = makeExchange();
    const me = f.account();
    const other = f.account();
    const bid = f.order({ accountIndex: other, isAsk: false, price: 299000n, baseAmount: 100n });
    const ask = f.order({ accountIndex: me, isAsk: true, price: 301000n, baseAmount: 100n });
    modifyOrder(f.ex, {
      accountIndex: me,
      marketIndex: 0,
      index: ask.orderIndex,
      baseAmount: 200n,
      price: 302000n,
      triggerPrice: 0n,
    });
    expect([ask.price, ask.remainingBase, ask.status]).toEqual([302000n, 200n, 'open']);
    modifyOrder(f.ex, {
      accountIndex: me,
      marketIndex: 0,
      index: ask.orderIndex,
      baseAmount: 200n,
      price: 299000n,
      triggerPrice: 0n,
    });
    expect(bid.status).toBe('filled');
    expect([ask.status, ask.remainingBase]).toEqual(['open', 100n]);
  });

  it('cancel-all immediate, scheduled (dead man switch) and abort', () => {
    const f = makeExchange();
    const me = f.account();
    const a = f.order({ accountIndex: me, isAsk: true, price: 300000n, baseAmount: 100n });
    expect(cancelAllOrders(f.ex, { accountIndex: me, timeInForce: 0, time: 0 })).toBe(1);
    expect(a.status).toBe('canceled');
    const b = f.order({ accountIndex: me, isAsk: true, price: 300000n, baseAmount: 100n });
    expect(codeOf(() => cancelAllOrders(f.ex, { accountIndex: me, timeInForce: 1, time: f.now() + 1000 }))).toBe(21714);
    cancelAllOrders(f.ex, { accountIndex: me, timeInForce: 1, time: f.now() + 10 * 60_000 });
    cancelAllOrders(f.ex, { accountIndex: me, timeInForce: 2, time: 0 });
    f.advance(11 * 60_000);
    expect(b.status).toBe('open');
    cancelAllOrders(f.ex, { accountIndex: me, timeInForce: 1, time: f.now() + 10 * 60_000 });
    f.advance(10 * 60_000);
    expect(b.status).toBe('canceled');
    expect(codeOf(() => cancelAllOrders(f.ex, { accountIndex: me, timeInForce: 7, time: 0 }))).toBe(21713);
  });
});

describe('grouped orders', () => {
  const base = { apiKeyIndex: 3, marketIndex: 0, clientOrderIndex: 0, nonce: 0, reduceOnly: false };
  it('OTO: the child activates with the parent fill size and triggers', () => {
    const f = makeExchange();
    const mk = f.account();
    const me = f.account();
    f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 60n });
    const exp = f.now() + 28 * DAY;
    const [parent, child] = createGroupedOrders(f.ex, {
      groupingType: 1,
      orders: [
        {
          ...base,
          accountIndex: me,
          isAsk: false,
          price: 300000n,
          baseAmount: 120n,
          type: 0,
          timeInForce: 1,
          triggerPrice: 0n,
          orderExpiry: exp,
        },
        {
          ...base,
          accountIndex: me,
          isAsk: true,
          price: 280000n,
          baseAmount: 0n,
          type: 2,
          timeInForce: 0,
          triggerPrice: 290000n,
          orderExpiry: exp,
        },
      ],
    }) as [ReturnType<typeof f.order>, ReturnType<typeof f.order>];
    expect(parent.status).toBe('open');
    expect(child.triggerStatus).toBe('parent-order');
    expect(parent.toTriggerOrderIndex0).toBe(child.orderIndex);
    f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 60n });
    expect(parent.status).toBe('filled');
    expect([child.triggerStatus, child.initialBase]).toEqual(['mark-price', 120n]);
    f.order({ accountIndex: mk, isAsk: false, price: 285000n, baseAmount: 500n });
    f.ex.setMarkPrice(0, 289000n);
    expect(child.status).toBe('filled');
    expect(f.ex.accounts.get(me)!.positions.get(0)!.size).toBe(0n);
  });

  it('OCO: when one side triggers the sibling is canceled-oco', () => {
    const f = makeExchange();
    const mk = f.account();
    const me = f.account();
    openLong(f, me, mk);
    const exp = f.now() + 28 * DAY;
    const [sl, tp] = createGroupedOrders(f.ex, {
      groupingType: 2,
      orders: [
        {
          ...base,
          accountIndex: me,
          isAsk: true,
          price: 280000n,
          baseAmount: 100n,
          type: 2,
          timeInForce: 0,
          triggerPrice: 290000n,
          orderExpiry: exp,
          reduceOnly: true,
        },
        {
          ...base,
          accountIndex: me,
          isAsk: true,
          price: 330000n,
          baseAmount: 100n,
          type: 5,
          timeInForce: 1,
          triggerPrice: 320000n,
          orderExpiry: exp,
          reduceOnly: true,
        },
      ],
    }) as [ReturnType<typeof f.order>, ReturnType<typeof f.order>];
    f.ex.setMarkPrice(0, 321000n);
    expect(tp.status).toBe('open');
    expect(sl.status).toBe('canceled-oco');
  });

  it('OTOCO and group validation errors', () => {
    const f = makeExchange();
    const me = f.account();
    const exp = f.now() + 28 * DAY;
    const parent = {
      ...base,
      accountIndex: me,
      isAsk: false,
      price: 300000n,
      baseAmount: 100n,
      type: 0,
      timeInForce: 1,
      triggerPrice: 0n,
      orderExpiry: exp,
    };
    const sl = {
      ...base,
      accountIndex: me,
      isAsk: true,
      price: 280000n,
      baseAmount: 0n,
      type: 2,
      timeInForce: 0,
      triggerPrice: 290000n,
      orderExpiry: exp,
    };
    const tp = {
      ...base,
      accountIndex: me,
      isAsk: true,
      price: 330000n,
      baseAmount: 0n,
      type: 4,
      timeInForce: 0,
      triggerPrice: 320000n,
      orderExpiry: exp,
    };
    const made = createGroupedOrders(f.ex, { groupingType: 3, orders: [parent, sl, tp] });
    expect(made.map((o) => o.status)).toEqual(['open', 'pending', 'pending']);
    expect(made[1]!.toCancelOrderIndex0).toBe(made[2]!.orderIndex);
    cancelOrder(f.ex, { accountIndex: me, marketIndex: 0, index: made[0]!.orderIndex });
    expect(made[1]!.status).toBe('canceled-child');
    expect(codeOf(() => createGroupedOrders(f.ex, { groupingType: 9, orders: [parent] }))).toBe(21741);
    expect(codeOf(() => createGroupedOrders(f.ex, { groupingType: 3, orders: [parent, sl] }))).toBe(21742);
    expect(
      codeOf(() => createGroupedOrders(f.ex, { groupingType: 1, orders: [parent, { ...sl, isAsk: false }] })),
    ).toBe(21743);
  });
});

describe('positions, margin, fees and funding', () => {
  it('rejects a resting order beyond margin with 21739 and a taker with canceled-margin-not-allowed', () => {
    const f = makeExchange();
    const mk = f.account();
    const poor = f.account(100n); // 100 USDC, default IMF 5% => max ~2000 USDC notional
    expect(codeOf(() => f.order({ accountIndex: poor, isAsk: false, price: 300000n, baseAmount: 10_000n }))).toBe(
      21739,
    );
    const ok = f.order({ accountIndex: poor, isAsk: false, price: 300000n, baseAmount: 60n });
    expect(ok.status).toBe('open');
    f.order({ accountIndex: mk, isAsk: true, price: 300000n, baseAmount: 10_000n });
    const taker = f.order({
      accountIndex: poor,
      isAsk: false,
      price: 300000n,
      baseAmount: 10_000n,
      timeInForce: 0,
      orderExpiry: 0,
    });
    expect(taker.status).toBe('canceled-margin-not-allowed');
  });

  it('tracks entry, realized PnL on close, sign flips and margin', () => {
    const f = makeExchange();
    const mk = f.account();
    const me = f.account(10_000n);
    openLong(f, me, mk, 1000n); // 0.1 ETH @ 3000
    const acct = f.ex.accounts.get(me)!;
    const p = acct.positions.get(0)!;
    expect([p.size, p.entryQuote]).toEqual([1000n, 300_000_000n]);
    f.ex.setMarkPrice(0, 310000n);
    const s = marginSummary(f.ex, acct);
    expect(s.unrealizedPnl).toBe(10_000_000n); // +10 USDC
    expect(s.initialMarginRequirement).toBe(15_500_000n); // 310 * 5%
    f.order({ accountIndex: mk, isAsk: false, price: 310000n, baseAmount: 3000n });
    const flip = f.order({
      accountIndex: me,
      isAsk: true,
      price: 310000n,
      baseAmount: 3000n,
      timeInForce: 0,
      orderExpiry: 0,
    });
    expect(flip.status).toBe('filled');
    expect(p.size).toBe(-2000n);
    expect(p.realizedPnl).toBe(10_000_000n);
    expect(acct.collateral).toBe(10_010_000_000n);
    const last = f.ex.market(0)!.trades.at(-1)!;
    expect(last.takerPositionSignChanged).toBe(true);
  });

  it('charges taker/maker fees from market metadata', async () => {
    const { Exchange } = await import('../../src/engine/exchange.js');
    const { DEFAULT_MARKETS } = await import('../../src/markets.js');
    const ex = new Exchange({
      markets: [{ ...DEFAULT_MARKETS[0]!, takerFee: '0.0280', makerFee: '0.0040' }],
      clock: () => 1_800_000_000_000,
    });
    const a = ex.createAccount({ collateral: 10_000_000_000n, l1Address: '0x' });
    const b = ex.createAccount({ collateral: 10_000_000_000n, l1Address: '0x' });
    const common = {
      apiKeyIndex: 3,
      marketIndex: 0,
      clientOrderIndex: 0,
      reduceOnly: false,
      triggerPrice: 0n,
      nonce: 0,
      type: 0,
    };
    ex.placeOrder({
      ...common,
      accountIndex: a.index,
      isAsk: true,
      price: 300000n,
      baseAmount: 10_000n,
      timeInForce: 1,
      orderExpiry: 1_800_000_000_000 + DAY,
    });
    ex.placeOrder({
      ...common,
      accountIndex: b.index,
      isAsk: false,
      price: 300000n,
      baseAmount: 10_000n,
      timeInForce: 0,
      orderExpiry: 0,
    });
    // 1 ETH * 3000 = 3000 USDC; taker 0.028% = 0.84, maker 0.004% = 0.12
    expect(b.collateral).toBe(10_000_000_000n - 840_000n);
    expect(a.collateral).toBe(10_000_000_000n - 120_000n);
    const t = ex.market(0)!.trades[0]!;
    expect([t.takerFee, t.makerFee]).toEqual([280, 40]);
  });

  it('funding moves collateral from longs to shorts and records both sides', () => {
    const f = makeExchange();
    const mk = f.account();
    const me = f.account(10_000n);
    openLong(f, me, mk, 10_000n); // 1 ETH long vs maker short
    const before = f.ex.accounts.get(me)!.collateral;
    runFunding(f.ex, { marketIndex: 0, rate: '0.0001' });
    expect(f.ex.accounts.get(me)!.collateral).toBe(before - 300_000n); // 3000 * 0.0001 = 0.3 USDC
    expect(f.ex.accounts.get(mk)!.fundings.at(-1)!.change).toBe(300_000n);
    expect(f.ex.market(0)!.fundingRounds.at(-1)!.direction).toBe('long');
  });
});

describe('grouped orders: API-level failures leave nothing behind', () => {
  it('a parent rejected for margin discards its children', () => {
    const f = makeExchange();
    const poor = f.account(10n);
    const exp = f.now() + 28 * DAY;
    const base = { apiKeyIndex: 3, marketIndex: 0, clientOrderIndex: 0, nonce: 0, reduceOnly: false };
    const parent = {
      ...base,
      accountIndex: poor,
      isAsk: false,
      price: 300000n,
      baseAmount: 10_000n,
      type: 0,
      timeInForce: 1,
      triggerPrice: 0n,
      orderExpiry: exp,
    };
    const sl = {
      ...base,
      accountIndex: poor,
      isAsk: true,
      price: 280000n,
      baseAmount: 0n,
      type: 2,
      timeInForce: 0,
      triggerPrice: 290000n,
      orderExpiry: exp,
    };
    expect(codeOf(() => createGroupedOrders(f.ex, { groupingType: 1, orders: [parent, sl] }))).toBe(21739);
    expect([...f.ex.openOrders(poor)]).toEqual([]);
  });
});

describe('limits', () => {
  it('modify that grows an order beyond margin is 21739; 1000 resting orders per market cap (21718)', () => {
    const f = makeExchange();
    const poor = f.account(100n);
    const o = f.order({ accountIndex: poor, isAsk: false, price: 300000n, baseAmount: 100n });
    expect(
      codeOf(() =>
        modifyOrder(f.ex, {
          accountIndex: poor,
          marketIndex: 0,
          index: o.orderIndex,
          baseAmount: 10_000n,
          price: 300000n,
          triggerPrice: 0n,
        }),
      ),
    ).toBe(21739);
    expect(o.remainingBase).toBe(100n);
    const rich = f.account(10_000_000n);
    for (let i = 0; i < 1000; i++)
      f.order({ accountIndex: rich, isAsk: true, price: 400000n + BigInt(i), baseAmount: 100n });
    expect(codeOf(() => f.order({ accountIndex: rich, isAsk: true, price: 500000n, baseAmount: 100n }))).toBe(21718);
  });
});

describe('position-tied stop-loss', () => {
  it('a reduce-only SL with BaseAmount 0 closes the whole position when it fires', () => {
    const f = makeExchange();
    const mk = f.account();
    const me = f.account();
    openLong(f, me, mk, 300n);
    f.order({ accountIndex: mk, isAsk: false, price: 290000n, baseAmount: 1000n });
    const sl = f.order({
      accountIndex: me,
      isAsk: true,
      price: 280000n,
      baseAmount: 0n,
      type: 2,
      timeInForce: 0,
      triggerPrice: 295000n,
      reduceOnly: true,
    });
    expect(sl.status).toBe('pending');
    expect(codeOf(() => f.order({ accountIndex: me, isAsk: true, price: 280000n, baseAmount: 0n }))).toBe(21701);
    f.ex.setMarkPrice(0, 294000n);
    expect([sl.status, sl.filledBase]).toEqual(['filled', 300n]);
    expect(f.ex.accounts.get(me)!.positions.get(0)!.size).toBe(0n);
  });
});
