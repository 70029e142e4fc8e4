// Order validation shared by CreateOrder and CreateGroupedOrders
// (LG `create_order.go` / `create_grouped_orders.go` Validate; docs/protocol/transactions.md#orders).
import { ORDER_TYPE, TIME_IN_FORCE, TX_LIMITS } from './constants.js';
import { type OrderInfo, reject } from './spec.js';

const L = TX_LIMITS;

/** True for perps markets 0-254. */
export function isPerpsMarket(m: bigint): boolean {
  return m >= 0n && m <= L.MAX_PERPS_MARKET_INDEX;
}

/**
 * True for binary-option (Up/Down) markets 1000-2000. Unverified against an official signer
 * (docs/protocol/binary-options.md#market-ids).
 */
export function isBinaryMarket(m: bigint): boolean {
  return m >= L.MIN_BINARY_MARKET_INDEX && m <= L.MAX_BINARY_MARKET_INDEX;
}

/** True for spot markets 2048-4094. */
export function isSpotMarket(m: bigint): boolean {
  return m >= L.MIN_SPOT_MARKET_INDEX && m <= L.MAX_SPOT_MARKET_INDEX;
}

/** Range checks common to every order (no type/TIF combination rules). */
export function validateOrderRanges(o: OrderInfo, p: string): void {
  if (o.ClientOrderIndex !== 0n && (o.ClientOrderIndex < 1n || o.ClientOrderIndex > L.MAX_CLIENT_ORDER_INDEX)) {
    reject(
      `${p}ClientOrderIndex`,
      o.ClientOrderIndex < 1n
        ? 'ClientOrderIndex should not be less than 1'
        : `ClientOrderIndex should not be larger than ${L.MAX_CLIENT_ORDER_INDEX}`,
    );
  }
  if (o.ReduceOnly !== 1n && o.BaseAmount === 0n) reject(`${p}BaseAmount`, 'BaseAmount should not be less than 1');
  if (o.BaseAmount < 0n) reject(`${p}BaseAmount`, 'BaseAmount should not be less than 1');
  if (o.BaseAmount > L.MAX_ORDER_BASE_AMOUNT)
    reject(`${p}BaseAmount`, `BaseAmount should not be larger than ${L.MAX_ORDER_BASE_AMOUNT}`);
  if (o.Price < 1n) reject(`${p}Price`, 'OrderPrice should not be less than 1');
  if (o.IsAsk !== 0n && o.IsAsk !== 1n) reject(`${p}IsAsk`, 'IsAsk should be 0 or 1');
  if (o.TimeInForce > 2n) reject(`${p}TimeInForce`, 'OrderTimeInForce is not valid');
  if (o.ReduceOnly !== 0n && o.ReduceOnly !== 1n) reject(`${p}ReduceOnly`, 'ReduceOnly is invalid');
  if (o.OrderExpiry < 0n) reject(`${p}OrderExpiry`, 'OrderExpiry is invalid');
}

/**
 * Type / time-in-force / expiry / trigger combination rules of CreateOrder.Validate().
 * `allowed` restricts the types (grouped parent/child rules).
 */
export function validateOrderType(o: OrderInfo, p: string, perps: boolean): void {
  // Binary markets take limit and market orders only (docs/protocol/binary-options.md#trading-rules); the
  // trigger and reduce-only rules follow from the per-type checks below and the caller's reduce-only check.
  if (isBinaryMarket(o.MarketIndex) && o.Type !== BigInt(ORDER_TYPE.LIMIT) && o.Type !== BigInt(ORDER_TYPE.MARKET)) {
    reject(`${p}Type`, 'OrderType is not valid');
  }
  const T = ORDER_TYPE;
  const TIF = TIME_IN_FORCE;
  const t = Number(o.Type);
  const ioc = o.TimeInForce === BigInt(TIF.IMMEDIATE_OR_CANCEL);
  const noExpiry = o.OrderExpiry === 0n;
  const noTrigger = o.TriggerPrice === 0n;
  switch (t) {
    case T.MARKET:
      if (!ioc) reject(`${p}TimeInForce`, 'OrderTimeInForce is not valid');
      if (!noExpiry) reject(`${p}OrderExpiry`, 'OrderExpiry is invalid');
      if (!noTrigger) reject(`${p}TriggerPrice`, 'TriggerPrice is invalid');
      break;
    case T.LIMIT:
      if (!noTrigger) reject(`${p}TriggerPrice`, 'TriggerPrice is invalid');
      if (ioc !== noExpiry) reject(`${p}OrderExpiry`, 'OrderExpiry is invalid');
      break;
    case T.STOP_LOSS:
    case T.TAKE_PROFIT:
      if (!perps) reject(`${p}Type`, 'OrderType is not valid');
      if (!ioc) reject(`${p}TimeInForce`, 'OrderTimeInForce is not valid');
      if (noTrigger) reject(`${p}TriggerPrice`, 'TriggerPrice is invalid');
      if (noExpiry) reject(`${p}OrderExpiry`, 'OrderExpiry is invalid');
      break;
    case T.STOP_LOSS_LIMIT:
    case T.TAKE_PROFIT_LIMIT:
      if (!perps) reject(`${p}Type`, 'OrderType is not valid');
      if (noTrigger) reject(`${p}TriggerPrice`, 'TriggerPrice is invalid');
      if (noExpiry) reject(`${p}OrderExpiry`, 'OrderExpiry is invalid');
      break;
    case T.TWAP:
      if (o.TimeInForce !== BigInt(TIF.GOOD_TILL_TIME)) reject(`${p}TimeInForce`, 'OrderTimeInForce is not valid');
      if (!noTrigger) reject(`${p}TriggerPrice`, 'TriggerPrice is invalid');
      if (noExpiry) reject(`${p}OrderExpiry`, 'OrderExpiry is invalid');
      break;
    default:
      reject(`${p}Type`, 'OrderType is not valid');
  }
}
