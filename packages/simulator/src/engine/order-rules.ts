/**
 * API-level order validation: the checks the venue answers with a 21xxx error before the
 * sequencer sees the order (docs/protocol/transactions.md#orders, lighter-go `create_order.go` Validate).
 */
import { VenueError } from '../errors.js';
import { LIMITS, ORDER_TYPE, TIME_IN_FORCE } from '../protocol.js';
import type { SimMarket } from './market.js';

/** Fields of a new order as signed in CreateOrder (docs/protocol/transactions.md#orders). */
export interface NewOrderParams {
  accountIndex: number;
  apiKeyIndex: number;
  marketIndex: number;
  clientOrderIndex: number;
  baseAmount: bigint;
  price: bigint;
  isAsk: boolean;
  type: number;
  timeInForce: number;
  reduceOnly: boolean;
  triggerPrice: bigint;
  orderExpiry: number;
  nonce: number;
  /** Self-trade behaviour (tx attribute 6); default 0 = expire maker (docs/protocol/transactions.md#attributes). */
  selfTradeMode?: number;
  /** Position-tied orders (grouped SL/TP) may carry BaseAmount 0 (docs/protocol/transactions.md#other-order-transactions). */
  allowZeroBase?: boolean;
  /** Hash of the tx that created the order. */
  txHash?: string;
}

const err = (code: number) => new VenueError({ code });

/** True for SL/TP order types. */
export function isTriggerType(type: number): boolean {
  return type >= ORDER_TYPE.STOP_LOSS && type <= ORDER_TYPE.TAKE_PROFIT_LIMIT;
}

/**
 * Validates an order against market rules.
 * @throws VenueError with the venue code of the first violated rule.
 */
export function validateNewOrder(params: {
  order: NewOrderParams;
  market: SimMarket | undefined;
  now: number;
  /** Position-tied children may carry BaseAmount 0 (docs/protocol/transactions.md#other-order-transactions). */
  allowZeroBase?: boolean;
}): void {
  const { order: o, market, now } = params;
  if (!market) throw err(21602);
  if (!Number.isInteger(o.type) || o.type < 0 || o.type > 6) throw err(21704);
  if (o.type === ORDER_TYPE.TWAP) throw err(21710);
  if (!Number.isInteger(o.timeInForce) || o.timeInForce < 0 || o.timeInForce > 2) throw err(21705);
  if (!market.isPerp && isTriggerType(o.type)) throw err(21618);
  if (!market.isPerp && o.reduceOnly) throw err(21740);
  if (market.isBinary) {
    // docs/protocol/binary-options.md#trading-rules: price strictly inside (0, cap); a settled market takes no orders.
    if (market.settlement) throw err(21605);
    if (o.price >= BigInt(market.settlementCap)) throw err(21702);
  }
  if (o.price < 1n || o.price > LIMITS.MAX_PRICE) throw err(21702);
  if (o.baseAmount < 0n || o.baseAmount > LIMITS.MAX_BASE_AMOUNT) throw err(21701);
  // docs/protocol/transactions.md#orders: BaseAmount 0 only with ReduceOnly=1 (position-tied SL/TP: sized at trigger time)
  if (o.baseAmount === 0n && !(o.reduceOnly && (params.allowZeroBase || isTriggerType(o.type)))) throw err(21701);
  if (o.clientOrderIndex < 0 || BigInt(o.clientOrderIndex) > LIMITS.MAX_CLIENT_ORDER_INDEX) throw err(21727);
  if (o.triggerPrice < 0n || o.triggerPrice > LIMITS.MAX_PRICE) throw err(21729);
  const ioc = o.timeInForce === TIME_IN_FORCE.IMMEDIATE_OR_CANCEL;
  switch (o.type) {
    case ORDER_TYPE.LIMIT:
      if (o.triggerPrice !== 0n) throw err(21729);
      break;
    case ORDER_TYPE.MARKET:
      if (!ioc) throw err(21705);
      if (o.orderExpiry !== 0) throw err(21711);
      if (o.triggerPrice !== 0n) throw err(21729);
      break;
    case ORDER_TYPE.STOP_LOSS:
    case ORDER_TYPE.TAKE_PROFIT:
      if (!ioc) throw err(21705);
      if (o.triggerPrice === 0n) throw err(21729);
      break;
    default:
      if (o.triggerPrice === 0n) throw err(21729);
  }
  // Expiry (docs/protocol/transactions.md#orders): IOC limit/market carry 0; resting and trigger orders need 5 min..30 days.
  const needsExpiry = isTriggerType(o.type) || (o.type === ORDER_TYPE.LIMIT && !ioc);
  if (needsExpiry) {
    const delta = o.orderExpiry - now;
    if (delta < LIMITS.MIN_ORDER_EXPIRY_PERIOD_MS - 1000 || delta > LIMITS.MAX_ORDER_EXPIRY_PERIOD_MS) {
      throw err(21711);
    }
  } else if (o.orderExpiry !== 0) {
    throw err(21711);
  }
  if (o.baseAmount > 0n) {
    const notional = market.quote(o.baseAmount, o.type === ORDER_TYPE.MARKET ? market.markPrice : o.price);
    if (o.baseAmount < market.minBase || notional < market.minQuote) throw err(21706);
  }
}
