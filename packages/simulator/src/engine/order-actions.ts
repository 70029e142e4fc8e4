/**
 * Cancel, modify, cancel-all and grouped orders (CancelOrder 15, ModifyOrder 17,
 * CancelAllOrders 16, CreateGroupedOrders 28; docs/protocol/transactions.md#other-order-transactions).
 */
import { VenueError } from '../errors.js';
import { GROUPING_TYPE } from '@lighter-ts/models';
import { CANCEL_ALL_TIF, LIMITS, ORDER_TYPE } from '../protocol.js';
import { type Exchange, isOpen } from './exchange.js';
import { hasMarginFor } from './margin.js';
import { checkTriggers } from './triggers.js';
import { isTriggerType, type NewOrderParams, validateNewOrder } from './order-rules.js';
import type { SimOrder } from './types.js';

/** Cancels one open order by order index or client order index. @throws VenueError 21700/21715. */
export function cancelOrder(ex: Exchange, p: { accountIndex: number; marketIndex: number; index: number }): SimOrder {
  if (!ex.markets.has(p.marketIndex)) throw new VenueError({ code: 21602 });
  if (p.index <= 0 || BigInt(p.index) > LIMITS.MAX_ORDER_INDEX) throw new VenueError({ code: 21700 });
  const o = ex.findOpen(p.accountIndex, p.marketIndex, p.index);
  if (!o) {
    const other = ex.orders.get(p.index);
    if (other && other.owner !== p.accountIndex) throw new VenueError({ code: 21707 });
    throw new VenueError({ code: 21715 });
  }
  ex.finishOrder(o, 'canceled');
  return o;
}

/** CancelAllOrders: immediate, scheduled (dead man's switch) or abort (docs/protocol/transactions.md#other-order-transactions). */
export function cancelAllOrders(
  ex: Exchange,
  p: { accountIndex: number; timeInForce: number; time: number; marketIndex?: number },
): number {
  const acct = ex.account(p.accountIndex);
  const now = ex.now();
  switch (p.timeInForce) {
    case CANCEL_ALL_TIF.IMMEDIATE:
      if (p.time !== 0) throw new VenueError({ code: 21714 });
      return ex.cancelAllOpen(p.accountIndex, 'canceled', p.marketIndex ?? -1);
    case CANCEL_ALL_TIF.SCHEDULED: {
      const d = p.time - now;
      if (d < LIMITS.MIN_CANCEL_ALL_PERIOD_MS - 1000 || d > LIMITS.MAX_CANCEL_ALL_PERIOD_MS) {
        throw new VenueError({ code: 21714 });
      }
      acct.cancelAllTime = p.time;
      acct.cancelAllMarketIndex = p.marketIndex ?? -1;
      ex.touchAccount(acct.index);
      return 0;
    }
    case CANCEL_ALL_TIF.ABORT:
      acct.cancelAllTime = 0;
      acct.cancelAllMarketIndex = -1;
      ex.touchAccount(acct.index);
      return 0;
    default:
      throw new VenueError({ code: 21713 });
  }
}

/**
 * ModifyOrder: new size/price/trigger; a resting order re-enters at the back of its level
 * and may match. @throws VenueError (21715 not active, 21702/21701/21729 field errors).
 */
export function modifyOrder(
  ex: Exchange,
  p: {
    accountIndex: number;
    marketIndex: number;
    index: number;
    baseAmount: bigint;
    price: bigint;
    triggerPrice: bigint;
    txHash?: string;
  },
): SimOrder {
  const o = ex.findOpen(p.accountIndex, p.marketIndex, p.index);
  if (!o) throw new VenueError({ code: 21715 });
  const market = ex.markets.get(p.marketIndex)!;
  if (p.price < 1n || p.price > LIMITS.MAX_PRICE) throw new VenueError({ code: 21702 });
  if (p.baseAmount <= 0n || p.baseAmount > LIMITS.MAX_BASE_AMOUNT) throw new VenueError({ code: 21701 });
  if (isTriggerType(o.type) ? p.triggerPrice === 0n : p.triggerPrice !== 0n) throw new VenueError({ code: 21729 });
  if (p.baseAmount < market.minBase || market.quote(p.baseAmount, p.price) < market.minQuote) {
    throw new VenueError({ code: 21706 });
  }
  if (market.isPerp && !o.reduceOnly && o.status === 'open' && p.baseAmount - o.filledBase > o.remainingBase) {
    // growing a resting order needs margin like a new maker order (21739, API level)
    const probe = { ...o, remainingBase: p.baseAmount - o.filledBase, price: p.price };
    const acct = ex.account(p.accountIndex);
    const others = [...ex.openOrders(acct.index)].filter((x) => x !== o);
    const ctx = { market: (i: number) => ex.market(i), openOrders: () => others };
    if (!hasMarginFor(ctx, acct, probe)) throw new VenueError({ code: 21739 });
  }
  if (o.status === 'open') {
    market.book.remove(o);
    ex.bookChanged(market, o);
  }
  o.price = p.price;
  o.triggerPrice = p.triggerPrice;
  const remaining = p.baseAmount - o.filledBase;
  o.initialBase = p.baseAmount;
  o.updatedAt = ex.now();
  if (remaining <= 0n) {
    o.remainingBase = 0n;
    ex.finishOrder(o, 'filled');
    return o;
  }
  o.remainingBase = remaining;
  if (o.status === 'open') {
    o.status = 'in-progress';
    ex.execute(o, p.txHash ?? '');
  } else {
    ex.touchOrder(o);
    checkTriggers(ex, market);
  }
  return o;
}

/**
 * CreateGroupedOrders (OTO / OCO / OTOCO, docs/protocol/transactions.md#other-order-transactions).
 * @throws VenueError 21741 grouping type, 21742 group size, 21743 order info.
 */
export function createGroupedOrders(ex: Exchange, p: { groupingType: number; orders: NewOrderParams[] }): SimOrder[] {
  const { groupingType: g, orders } = p;
  if (
    g !== GROUPING_TYPE.ONE_TRIGGERS_OTHER &&
    g !== GROUPING_TYPE.ONE_CANCELS_OTHER &&
    g !== GROUPING_TYPE.ONE_TRIGGERS_ONE_CANCELS_OTHER
  ) {
    throw new VenueError({ code: 21741 });
  }
  const expected = g === GROUPING_TYPE.ONE_TRIGGERS_ONE_CANCELS_OTHER ? 3 : 2;
  if (orders.length !== expected) throw new VenueError({ code: 21742 });
  const first = orders[0]!;
  if (orders.some((o) => o.marketIndex !== first.marketIndex)) throw new VenueError({ code: 21743 });
  const market = ex.markets.get(first.marketIndex);
  if (market && !market.isPerp) throw new VenueError({ code: 21743 });
  const now = ex.now();
  if (g === GROUPING_TYPE.ONE_CANCELS_OTHER) {
    const [a, b] = orders as [NewOrderParams, NewOrderParams];
    for (const o of orders) {
      if (!isTriggerType(o.type) || !o.reduceOnly) throw new VenueError({ code: 21743 });
      validateNewOrder({ order: o, market, now, allowZeroBase: true });
    }
    if (a.isAsk !== b.isAsk || a.baseAmount !== b.baseAmount) throw new VenueError({ code: 21743 });
    // both siblings are created pending before any can trigger, so a failure leaves nothing behind
    const sa = ex.createChild({ ...a, allowZeroBase: true });
    let sb: SimOrder;
    try {
      sb = ex.createChild({ ...b, allowZeroBase: true });
    } catch (e) {
      ex.discard(sa);
      throw e;
    }
    sa.toCancelOrderIndex0 = sb.orderIndex;
    sb.toCancelOrderIndex0 = sa.orderIndex;
    for (const o of [sa, sb]) {
      o.triggerStatus = 'mark-price';
      ex.touchOrder(o);
    }
    ex.touchAccount(a.accountIndex);
    checkTriggers(ex, market!);
    return [sa, sb];
  }
  const parent = first;
  const children = orders.slice(1);
  if (isTriggerType(parent.type) || (parent.type !== ORDER_TYPE.LIMIT && parent.type !== ORDER_TYPE.MARKET)) {
    throw new VenueError({ code: 21743 });
  }
  validateNewOrder({ order: parent, market, now });
  for (const c of children) {
    if (!isTriggerType(c.type) || c.isAsk === parent.isAsk || c.baseAmount !== 0n) {
      throw new VenueError({ code: 21743 });
    }
    validateNewOrder({ order: { ...c, reduceOnly: true }, market, now, allowZeroBase: true });
  }
  const childOrders: SimOrder[] = [];
  try {
    for (const c of children) childOrders.push(ex.createChild({ ...c, reduceOnly: true }));
    if (childOrders.length === 2) {
      childOrders[0]!.toCancelOrderIndex0 = childOrders[1]!.orderIndex;
      childOrders[1]!.toCancelOrderIndex0 = childOrders[0]!.orderIndex;
    }
    const parentOrder = ex.placeOrderWithChildren(parent, childOrders);
    for (const c of childOrders) if (c.status === 'pending') ex.touchOrder(c);
    return [parentOrder, ...childOrders];
  } catch (e) {
    // an API-level rejection of the parent leaves no trace of the group
    for (const c of childOrders) ex.discard(c);
    throw e;
  }
}

/** Orders still open for an account, newest first. */
export function activeOrders(ex: Exchange, accountIndex: number, marketIndex?: number): SimOrder[] {
  return [...ex.openOrders(accountIndex)]
    .filter((o) => isOpen(o) && (marketIndex === undefined || o.marketIndex === marketIndex))
    .sort((a, b) => b.seq - a.seq);
}
