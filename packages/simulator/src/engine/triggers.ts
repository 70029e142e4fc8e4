/**
 * Time and price driven transitions: SL/TP triggering on mark price, GTT expiry and
 * scheduled cancel-all (dead man's switch) (docs/protocol/transactions.md#orders, docs/protocol/transactions.md#other-order-transactions).
 */
import { ORDER_TYPE } from '../protocol.js';
import type { ExchangeCore } from './exchange-core.js';
import type { SimMarket } from './market.js';
import type { SimOrder } from './types.js';

/** True when mark price satisfies the order's trigger condition. */
export function isTriggered(order: SimOrder, mark: bigint): boolean {
  const stop = order.type === ORDER_TYPE.STOP_LOSS || order.type === ORDER_TYPE.STOP_LOSS_LIMIT;
  // A sell stop protects a long: fires when price falls to the trigger; a sell take-profit
  // fires when price rises to it. Buys mirror this.
  if (stop) return order.isAsk ? mark <= order.triggerPrice : mark >= order.triggerPrice;
  return order.isAsk ? mark >= order.triggerPrice : mark <= order.triggerPrice;
}

/** Fires every mark-price trigger of `market` whose condition holds. */
export function checkTriggers(ex: ExchangeCore, market: SimMarket): void {
  const due: SimOrder[] = [];
  for (const o of ex.pendingTriggers(market.index)) {
    if (o.triggerStatus === 'mark-price' && isTriggered(o, market.markPrice)) due.push(o);
  }
  due.sort((a, b) => a.seq - b.seq);
  for (const o of due) {
    if (o.status !== 'pending') continue; // canceled by an OCO sibling meanwhile
    ex.fireTrigger(o);
  }
}

/** Expires GTT orders and runs scheduled cancel-alls due at `now`. */
export function expireDue(ex: ExchangeCore, now: number): void {
  for (const acct of ex.accounts.values()) {
    if (acct.cancelAllTime > 0 && now >= acct.cancelAllTime) {
      acct.cancelAllTime = 0;
      ex.cancelAllOpen(acct.index, 'canceled', acct.cancelAllMarketIndex);
      acct.cancelAllMarketIndex = -1;
    }
  }
  const expired: SimOrder[] = [];
  for (const set of ex.openOrdersByAccount.values()) {
    for (const o of set) if (o.orderExpiry > 0 && now >= o.orderExpiry) expired.push(o);
  }
  for (const o of expired) ex.finishOrder(o, 'canceled-expired');
}
