/**
 * Nautilus order -> Lighter CreateOrder params, with exact tick scaling (docs/protocol/transactions.md#orders,
 * docs/protocol/nautilus.md#parity-checklist and E1-E7). Anything Lighter cannot honour is DENIED here, before signing.
 */
import { DEFAULT_BINARY_SETTLEMENT_CAP, ORDER_EXPIRY, checkBinaryOrder } from '@lighter-ts/models';
import { OrderDeniedError } from '../errors.js';
import type { LighterInstrument } from '../instruments/instrument.js';
import type { NautilusOrder } from '../orders/types.js';
import { scaleDecimal } from './decimal.js';
import {
  VENUE_ORDER_TYPE,
  VENUE_TIME_IN_FORCE,
  type VenueOrderType,
  type VenueTimeInForce,
  WIRE_LIMITS,
} from './venue-constants.js';

/** CreateOrder fields (signing's `signCreateOrder` minus nonce/expiredAt). */
export interface CreateOrderParams {
  /** Venue market id. */
  readonly marketIndex: number;
  /** Client order index from the identity store (1 … 2^48-1). */
  readonly clientOrderIndex: number;
  /** Size in lots (size × 10^sizeDecimals). */
  readonly baseAmount: bigint;
  /** Price in ticks (price × 10^priceDecimals); the slippage-capped worst price for market types. */
  readonly price: bigint;
  /** True for a sell. */
  readonly isAsk: boolean;
  /** Venue order type code ({@link VENUE_ORDER_TYPE}). */
  readonly orderType: VenueOrderType;
  /** Venue time-in-force code (0 IOC, 1 GTT, 2 post-only). */
  readonly timeInForce: VenueTimeInForce;
  /** True for a reduce-only order. */
  readonly reduceOnly: boolean;
  /** Trigger price in ticks; 0 for orders without a trigger. */
  readonly triggerPrice: bigint;
  /** Unix ms; 0 for IOC / market. */
  readonly orderExpiry: bigint;
}

/** Best bid/ask for market-order price caps (decimal strings). */
export interface TopOfBook {
  /** Best bid price, decimal string; undefined when the book has no bids. */
  readonly bid?: string | undefined;
  /** Best ask price, decimal string; undefined when the book has no asks. */
  readonly ask?: string | undefined;
}

const deny = (reason: string, field?: string): never => {
  throw new OrderDeniedError(field === undefined ? { reason } : { reason, field });
};

/**
 * Worst acceptable price of a market-like order: `bps` beyond the reference, in ticks. Also the
 * price of a STOP_MARKET / MARKET_IF_TOUCHED, capped from its trigger (and recomputed when a modify
 * moves the trigger, as NautilusTrader does).
 * @example capPrice({ reference: 305000n, bps: 50, isAsk: false }) // 306525n
 * @throws never
 */
export function capPrice(params: { reference: bigint; bps: number; isAsk: boolean }): bigint {
  const { reference, bps, isAsk } = params;
  const bpsN = BigInt(bps);
  // Buys cap above the reference (ceil), sells below (floor): never tighter than asked (docs/protocol/nautilus.md#parity-checklist).
  if (!isAsk) return (reference * (10_000n + bpsN) + 9_999n) / 10_000n;
  const v = (reference * (10_000n - bpsN)) / 10_000n;
  return v < 1n ? 1n : v;
}

function expiryFor(order: NautilusOrder, nowMs: number): bigint {
  if (order.timeInForce === 'GTD') {
    if (order.expireTimeMs === undefined) deny('GTD order needs expireTimeMs', 'expireTimeMs');
    const ahead = (order.expireTimeMs as number) - nowMs;
    if (ahead < ORDER_EXPIRY.MIN_PERIOD_MS || ahead > ORDER_EXPIRY.MAX_PERIOD_MS) {
      deny('GTD expiry must be between 5 minutes and 30 days ahead (venue window)', 'expireTimeMs');
    }
    return BigInt(order.expireTimeMs as number);
  }
  return BigInt(nowMs + ORDER_EXPIRY.DEFAULT_PERIOD_MS);
}

/**
 * Translates one order. `clientOrderIndex` comes from the identity store.
 * @example
 * translateOrder({ order, instrument, clientOrderIndex: 42, nowMs: Date.now(), topOfBook: { bid: '100', ask: '101' }, defaultSlippageBps: 50 })
 * @throws OrderDeniedError with the reason and field when the order cannot be sent
 */
export function translateOrder(params: {
  order: NautilusOrder;
  instrument: LighterInstrument;
  clientOrderIndex: number;
  nowMs: number;
  topOfBook?: TopOfBook | undefined;
  defaultSlippageBps: number;
}): CreateOrderParams {
  const { order, instrument, nowMs } = params;
  if (order.instrumentId !== instrument.instrumentId) deny('instrument mismatch', 'instrumentId');
  if (instrument.status !== 'active')
    deny(`instrument ${instrument.instrumentId} is not trading (${instrument.status})`, 'instrumentId');
  if (order.timeInForce === 'FOK') deny('FOK is not supported by Lighter (not mapped to IOC)', 'timeInForce');
  if (order.timeInForce === 'AT_THE_OPEN' || order.timeInForce === 'AT_THE_CLOSE')
    deny(`${order.timeInForce} is not supported`, 'timeInForce');
  if (order.quoteQuantity === true) deny('quote quantity orders are not supported', 'quoteQuantity');
  if (order.displayQty !== undefined) deny('iceberg (displayQty) orders are not supported', 'displayQty');
  if (order.side !== 'BUY' && order.side !== 'SELL') deny(`invalid side ${String(order.side)}`, 'side');

  const isAsk = order.side === 'SELL';
  const conditional =
    order.type === 'STOP_MARKET' ||
    order.type === 'STOP_LIMIT' ||
    order.type === 'MARKET_IF_TOUCHED' ||
    order.type === 'LIMIT_IF_TOUCHED';
  if (instrument.kind === 'spot' && conditional) deny('conditional orders are not supported on spot markets', 'type');
  if (instrument.kind === 'spot' && order.reduceOnly === true)
    deny('reduce-only is invalid on spot markets', 'reduceOnly');
  // Binary options: limit and market only, no reduce-only, no triggers (docs/protocol/binary-options.md#trading-rules).
  if (instrument.kind === 'binary' && order.type !== 'LIMIT' && order.type !== 'MARKET')
    deny(`binary markets take LIMIT or MARKET orders only, got ${order.type}`, 'type');
  if (instrument.kind === 'binary' && order.reduceOnly === true)
    deny('binary markets reject reduce-only orders, got reduceOnly=true', 'reduceOnly');
  const slippage = order.marketOrderSlippageBps ?? params.defaultSlippageBps;
  if (!Number.isInteger(slippage) || slippage < 0 || slippage >= 10_000)
    deny('marketOrderSlippageBps must be an integer 0..9999', 'marketOrderSlippageBps');

  const baseAmount = scaleDecimal({ value: order.quantity, decimals: instrument.sizeDecimals, field: 'quantity' });
  if (baseAmount <= 0n) deny('quantity must be at least one lot', 'quantity');
  if (baseAmount > WIRE_LIMITS.MAX_BASE_AMOUNT) deny('quantity exceeds the wire limit', 'quantity');
  if (
    instrument.minQuantity !== undefined &&
    baseAmount < scaleDecimal({ value: instrument.minQuantity, decimals: instrument.sizeDecimals, mode: 'ceil' })
  ) {
    deny(`quantity ${order.quantity} is below the minimum ${instrument.minQuantity}`, 'quantity');
  }

  const priceTicks = (value: string | undefined, field: string): bigint => {
    if (value === undefined) return deny(`${order.type} order needs ${field}`, field);
    const v = scaleDecimal({ value, decimals: instrument.priceDecimals, field });
    if (v <= 0n) deny(`${field} must be at least one tick`, field);
    if (v > WIRE_LIMITS.MAX_PRICE) deny(`${field} overflows the venue's uint32 price`, field);
    return v;
  };

  let orderType: VenueOrderType;
  let tif: VenueTimeInForce;
  let price: bigint;
  let trigger = 0n;
  let expiry: bigint;

  switch (order.type) {
    case 'LIMIT': {
      orderType = VENUE_ORDER_TYPE.LIMIT;
      price = priceTicks(order.price, 'price');
      if (order.timeInForce === 'IOC') {
        if (order.postOnly === true) deny('post-only cannot be IOC', 'postOnly');
        tif = VENUE_TIME_IN_FORCE.IMMEDIATE_OR_CANCEL;
        expiry = 0n;
      } else {
        tif = order.postOnly === true ? VENUE_TIME_IN_FORCE.POST_ONLY : VENUE_TIME_IN_FORCE.GOOD_TILL_TIME;
        expiry = expiryFor(order, nowMs);
      }
      break;
    }
    case 'MARKET': {
      if (order.postOnly === true) deny('post-only cannot be a market order', 'postOnly');
      if (order.timeInForce !== 'IOC' && order.timeInForce !== 'GTC')
        deny(`market orders support IOC/GTC only, got ${order.timeInForce}`, 'timeInForce');
      orderType = VENUE_ORDER_TYPE.MARKET;
      const far = isAsk ? params.topOfBook?.bid : params.topOfBook?.ask;
      if (far === undefined || far === '')
        deny('no cached quote for a market order (subscribe to quotes first)', 'price');
      const reference = scaleDecimal({
        value: far as string,
        decimals: instrument.priceDecimals,
        mode: isAsk ? 'floor' : 'ceil',
        field: 'quote',
      });
      price = capPrice({ reference, bps: slippage, isAsk });
      if (price > WIRE_LIMITS.MAX_PRICE) price = WIRE_LIMITS.MAX_PRICE;
      tif = VENUE_TIME_IN_FORCE.IMMEDIATE_OR_CANCEL;
      expiry = 0n;
      break;
    }
    case 'STOP_MARKET':
    case 'MARKET_IF_TOUCHED': {
      if (order.timeInForce === 'IOC') deny('IOC is not allowed for conditional market orders', 'timeInForce');
      if (order.postOnly === true) deny('post-only cannot be a conditional market order', 'postOnly');
      orderType = order.type === 'STOP_MARKET' ? VENUE_ORDER_TYPE.STOP_LOSS : VENUE_ORDER_TYPE.TAKE_PROFIT;
      trigger = priceTicks(order.triggerPrice, 'triggerPrice');
      price = capPrice({ reference: trigger, bps: slippage, isAsk });
      if (price > WIRE_LIMITS.MAX_PRICE) price = WIRE_LIMITS.MAX_PRICE;
      tif = VENUE_TIME_IN_FORCE.IMMEDIATE_OR_CANCEL;
      expiry = expiryFor(order, nowMs);
      break;
    }
    case 'STOP_LIMIT':
    case 'LIMIT_IF_TOUCHED': {
      orderType = order.type === 'STOP_LIMIT' ? VENUE_ORDER_TYPE.STOP_LOSS_LIMIT : VENUE_ORDER_TYPE.TAKE_PROFIT_LIMIT;
      trigger = priceTicks(order.triggerPrice, 'triggerPrice');
      price = priceTicks(order.price, 'price');
      if (order.timeInForce === 'IOC') {
        if (order.postOnly === true) deny('post-only cannot be IOC', 'postOnly');
        tif = VENUE_TIME_IN_FORCE.IMMEDIATE_OR_CANCEL;
      } else tif = order.postOnly === true ? VENUE_TIME_IN_FORCE.POST_ONLY : VENUE_TIME_IN_FORCE.GOOD_TILL_TIME;
      // The trigger rests until fired, so the venue requires a positive expiry even for IOC.
      expiry = order.timeInForce === 'IOC' ? BigInt(nowMs + ORDER_EXPIRY.DEFAULT_PERIOD_MS) : expiryFor(order, nowMs);
      break;
    }
    default:
      return deny(`order type ${order.type} is not supported by Lighter`, 'type');
  }

  if (instrument.kind === 'binary') {
    const cap = instrument.settlementCap ?? DEFAULT_BINARY_SETTLEMENT_CAP;
    // A market order's worst price is a slippage cap, not a quote: keep it inside (0, cap) instead of denying.
    if (orderType === VENUE_ORDER_TYPE.MARKET) price = price >= BigInt(cap) ? BigInt(cap - 1) : price;
    const v = checkBinaryOrder({
      priceTicks: price,
      cap,
      orderType,
      reduceOnly: order.reduceOnly === true,
      triggerPriceTicks: trigger,
    });
    if (v !== undefined)
      deny(
        `${v.message} (${order.price ?? ''} at ${instrument.priceDecimals} price decimals)`,
        v.field === 'orderType' ? 'type' : v.field,
      );
  }

  if (instrument.minNotional !== undefined) {
    // notional = base * price in (sizeDecimals + priceDecimals) fixed point.
    const notional = baseAmount * price;
    const min = scaleDecimal({
      value: instrument.minNotional,
      decimals: instrument.sizeDecimals + instrument.priceDecimals,
      mode: 'ceil',
    });
    if (notional < min) deny(`notional is below the minimum ${instrument.minNotional}`, 'quantity');
  }

  if (!Number.isInteger(params.clientOrderIndex) || params.clientOrderIndex < 1)
    deny('invalid client order index', 'clientOrderId');

  return {
    marketIndex: instrument.marketIndex,
    clientOrderIndex: params.clientOrderIndex,
    baseAmount,
    price,
    isAsk,
    orderType,
    timeInForce: tif,
    reduceOnly: order.reduceOnly === true,
    triggerPrice: trigger,
    orderExpiry: expiry,
  };
}
