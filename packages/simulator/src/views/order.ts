/**
 * Order and SimpleOrder JSON exactly as the venue spells them (docs/protocol/rest.md#response-models,
 * fixtures/api/rest/nt_orders.json, nt_order_book_orders.json).
 */
import type { SimMarket } from '../engine/market.js';
import type { SimOrder } from '../engine/types.js';
import { ORDER_TYPE_NAME, TIME_IN_FORCE_NAME } from '../protocol.js';
import { formatScaled } from '../util/decimal.js';

/** Venue `Order` object. */
export function orderJson(o: SimOrder, m: SimMarket): Record<string, unknown> {
  const sd = m.spec.sizeDecimals;
  const pd = m.spec.priceDecimals;
  return {
    order_index: o.orderIndex,
    client_order_index: o.clientOrderIndex,
    order_id: String(o.orderIndex),
    client_order_id: String(o.clientOrderIndex),
    market_index: o.marketIndex,
    owner_account_index: o.owner,
    initial_base_amount: formatScaled(o.initialBase, sd),
    price: formatScaled(o.price, pd),
    nonce: o.nonce,
    remaining_base_amount: formatScaled(
      o.status === 'open' || o.status === 'pending' ? o.remainingBase : o.status === 'filled' ? 0n : o.remainingBase,
      sd,
    ),
    is_ask: o.isAsk,
    base_size: Number(o.initialBase),
    base_price: Number(o.price),
    filled_base_amount: formatScaled(o.filledBase, sd),
    filled_quote_amount: formatScaled(o.filledQuote, 6),
    side: o.isAsk ? 'sell' : 'buy',
    type: ORDER_TYPE_NAME[o.type] ?? 'limit',
    time_in_force: TIME_IN_FORCE_NAME[o.timeInForce] ?? 'Unknown',
    reduce_only: o.reduceOnly,
    trigger_price: formatScaled(o.triggerPrice, pd),
    order_expiry: o.orderExpiry,
    status: o.status,
    trigger_status: o.triggerStatus,
    trigger_time: o.triggerTime,
    parent_order_index: o.parentOrderIndex,
    parent_order_id: String(o.parentOrderIndex),
    to_trigger_order_id_0: String(o.toTriggerOrderIndex0),
    to_trigger_order_id_1: String(o.toTriggerOrderIndex1),
    to_cancel_order_id_0: String(o.toCancelOrderIndex0),
    integrator_fee_collector_index: '0',
    integrator_taker_fee: '0',
    integrator_maker_fee: '0',
    block_height: o.blockHeight,
    timestamp: o.createdAt,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
    transaction_time: o.transactionTime,
  };
}

/** Venue `SimpleOrder` (orderBookOrders). */
export function simpleOrderJson(o: SimOrder, m: SimMarket): Record<string, unknown> {
  return {
    order_index: o.orderIndex,
    order_id: String(o.orderIndex),
    owner_account_index: o.owner,
    initial_base_amount: formatScaled(o.initialBase, m.spec.sizeDecimals),
    remaining_base_amount: formatScaled(o.remainingBase, m.spec.sizeDecimals),
    price: formatScaled(o.price, m.spec.priceDecimals),
    order_expiry: o.orderExpiry,
    transaction_time: o.transactionTime,
  };
}
