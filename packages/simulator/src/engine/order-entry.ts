/**
 * Order entry checks and execution: the active-order caps, the client-order-index uniqueness, whether an account can
 * afford an order, and running an activated order through reduce-only, post-only, margin and matching. The
 * `Exchange` class owns the state these act on; they take it through `OrderEntryContext` so neither imports the other.
 */
import { VenueError } from '../errors.js';
import { ORDER_TYPE, TIME_IN_FORCE } from '../protocol.js';
import { canAffordBinary } from './binary.js';
import type { ExchangeCore } from './exchange-core.js';
import { hasMarginFor } from './margin.js';
import type { SimMarket } from './market.js';
import { iocRemainderStatus, matchOrder, reduceOnlyCapacity, wouldCross } from './matching.js';
import type { NewOrderParams } from './order-rules.js';
import type { SimAccount, SimOrder } from './types.js';

/** The exchange as order entry sees it: its core, plus the open orders and the account lookup. */
export interface OrderEntryContext extends ExchangeCore {
  /** Open (resting or pending) orders of an account. */
  openOrders(accountIndex: number): Iterable<SimOrder>;
  /** Looks an account up. @throws VenueError 21100 when unknown. */
  account(accountIndex: number): SimAccount;
}

/** Active-order caps (docs/protocol/errors-and-limits.md#rate-limits "Order limits": 1 500 per account, 1 000 per market). */
export function checkOrderCaps(ex: OrderEntryContext, p: NewOrderParams): void {
  let account = 0;
  let market = 0;
  for (const o of ex.openOrders(p.accountIndex)) {
    if (o.status !== 'open') continue;
    account++;
    if (o.marketIndex === p.marketIndex) market++;
  }
  if (account >= 1500) throw new VenueError({ code: 21717 });
  if (market >= 1000) throw new VenueError({ code: 21718 });
}

/** Refuses a client order index already used by an open order of the account (21728). */
export function checkClientIndex(ex: OrderEntryContext, p: NewOrderParams): void {
  if (p.clientOrderIndex === 0) return;
  for (const o of ex.openOrders(p.accountIndex)) {
    if (o.clientOrderIndex === p.clientOrderIndex) throw new VenueError({ code: 21728 });
  }
}

/** Whether the account can carry the order: margin (perp), payout cover (binary), base or quote balance (spot). */
export function canAfford(ex: OrderEntryContext, acct: SimAccount, market: SimMarket, order: SimOrder): boolean {
  if (market.isPerp) return hasMarginFor(ex, acct, order);
  if (market.isBinary) return canAffordBinary(ex, acct, market, order);
  if (order.isAsk) {
    let locked = 0n;
    for (const o of ex.openOrders(acct.index)) if (o.marketIndex === market.index && o.isAsk) locked += o.remainingBase;
    return (acct.spotBalances.get(market.spec.baseAssetId ?? 1) ?? 0n) >= locked + order.remainingBase;
  }
  return acct.collateral >= market.quote(order.remainingBase, order.price);
}

/** Runs an activated order through post-only, reduce-only, margin and matching. */
export function executeOrder(ex: OrderEntryContext, order: SimOrder, txHash: string): void {
  const market = ex.markets.get(order.marketIndex)!;
  const acct = ex.account(order.owner);
  const ioc = order.timeInForce === TIME_IN_FORCE.IMMEDIATE_OR_CANCEL || order.type === ORDER_TYPE.MARKET;
  if (order.reduceOnly) {
    const cap = reduceOnlyCapacity(ex, order);
    if (cap === 0n) {
      ex.finishOrder(order, 'canceled-reduce-only');
      return;
    }
    if (order.remainingBase > cap) {
      order.remainingBase = cap;
      if (order.filledBase === 0n) order.initialBase = cap;
    }
  }
  if (order.timeInForce === TIME_IN_FORCE.POST_ONLY && wouldCross(market, order)) {
    ex.finishOrder(order, 'canceled-post-only');
    return;
  }
  if (ioc && !order.reduceOnly && !canAfford(ex, acct, market, order)) {
    ex.finishOrder(order, market.isPerp ? 'canceled-margin-not-allowed' : 'canceled-invalid-balance');
    return;
  }
  const stop = matchOrder(ex, market, order, txHash);
  if (order.remainingBase === 0n) {
    // REDUCE self-trade mode can shrink an order without fills (docs/protocol/transactions.md#attributes)
    ex.finishOrder(order, order.filledBase === order.initialBase ? 'filled' : 'canceled-self-trade');
    return;
  }
  if (ioc || stop === 'self-trade' || stop === 'reduce-only') {
    ex.finishOrder(order, iocRemainderStatus(order, stop));
    return;
  }
  order.status = 'open';
  market.book.add(order);
  ex.bookChanged(market, order);
  ex.touchOrder(order);
  ex.touchAccount(order.owner);
}
