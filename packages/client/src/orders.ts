/**
 * Order parameters as a trader writes them (`{ market: 'ETH', side: 'buy', size: '0.01', price: '2000',
 * postOnly: true }`) -> the signer's integer parameter objects (docs/protocol/transactions.md#orders).
 * Everything here runs before a nonce is taken, so a bad input costs nothing.
 */
import { checkOrderAmounts, MAX_CLIENT_ORDER_INDEX, ORDER_TYPE, TIME_IN_FORCE } from '@lighter-ts/models';
import { DEFAULT_ORDER_EXPIRY_OFFSET_MS } from '@lighter-ts/signing';
import { inputError } from './errors.js';
import type { MarketInfo, MarketRef } from './markets.js';
import { scalePrice, scaleSize } from './scaling.js';

/** Parameters of `placeOrder`. */
export interface PlaceOrderParams {
  /** Market symbol (`'ETH'`, `'ETH/USDC'`, case-insensitive) or market id. */
  readonly market: MarketRef;
  /** `buy` (a bid) or `sell` (an ask). */
  readonly side: 'buy' | 'sell';
  /** Base size as a decimal string, a multiple of the market's lot. */
  readonly size: string;
  /** Limit price (for `type: 'market'`: the worst acceptable price) as a decimal string on the market's tick. */
  readonly price: string;
  /** `limit` (default) rests until filled, canceled or expired; `market` fills what it can now and cancels the rest. */
  readonly type?: 'limit' | 'market';
  /** Only add liquidity: the venue cancels the order instead of crossing. Limit orders only. */
  readonly postOnly?: boolean;
  /** Only reduce a position. */
  readonly reduceOnly?: boolean;
  /** Limit orders: `gtt` (default, rests until `expiresAt`) or `ioc`. */
  readonly timeInForce?: 'gtt' | 'ioc';
  /** Unix ms when a resting order expires. Default now + 28 days (docs/protocol/transactions.md#orders). */
  readonly expiresAt?: number;
  /** Your id for the order, 1 … 2^48-1, to cancel or modify it by. Default: a fresh one per order. */
  readonly clientOrderIndex?: number | bigint;
  /** Abort before the tx is sent: the result is then `denied` and no nonce is consumed. */
  readonly signal?: AbortSignal;
}

/** The signer's CreateOrder fields of a validated order, without nonce and expiry. */
export interface OrderFields {
  readonly marketIndex: number;
  readonly clientOrderIndex: bigint;
  readonly baseAmount: bigint;
  readonly price: bigint;
  readonly isAsk: boolean;
  readonly orderType: number;
  readonly timeInForce: number;
  readonly reduceOnly: boolean;
  readonly orderExpiry: number;
}

/**
 * A client order index given by the caller, checked against the wire range.
 * @example checkClientOrderIndex(7) // 7n
 * @throws {TradingClientError} `CLIENT_INPUT` outside 1 … 2^48-1
 */
export function checkClientOrderIndex(value: unknown, field = 'clientOrderIndex'): bigint {
  const ok = (typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'bigint';
  const v = ok ? BigInt(value as number | bigint) : -1n;
  if (v < 1n || v > MAX_CLIENT_ORDER_INDEX)
    throw inputError(field, `expected an integer in 1 … ${MAX_CLIENT_ORDER_INDEX}`, value);
  return v;
}

/**
 * Validate and scale an order. Returns the fields to sign, or a denial reason when the order breaks
 * a market minimum (the venue would reject it with 21706 / 21603).
 * @example orderFields({ params, market: eth, clientOrderIndex: 1n, nowMs: Date.now() })
 * @throws {TradingClientError} `CLIENT_INPUT` / `CLIENT_NOT_ON_INCREMENT` for malformed or off-increment inputs
 */
export function orderFields(p: {
  params: PlaceOrderParams;
  market: MarketInfo;
  clientOrderIndex: bigint;
  nowMs: number;
}): OrderFields | { denied: string } {
  const o = p.params;
  if (o.side !== 'buy' && o.side !== 'sell') throw inputError('side', "expected 'buy' or 'sell'", o.side);
  const type = o.type ?? 'limit';
  if (type !== 'limit' && type !== 'market') throw inputError('type', "expected 'limit' or 'market'", type);
  const tif = o.timeInForce ?? 'gtt';
  if (tif !== 'gtt' && tif !== 'ioc') throw inputError('timeInForce', "expected 'gtt' or 'ioc'", tif);
  if (o.postOnly && (type === 'market' || tif === 'ioc'))
    throw inputError(
      'postOnly',
      'a post-only order must be a resting limit order (type limit, timeInForce gtt)',
      String(o.postOnly),
    );
  const baseAmount = scaleSize({ market: p.market, size: o.size });
  const price = scalePrice({ market: p.market, price: o.price });
  const check = checkOrderAmounts({ baseAmount, price, limits: p.market });
  if (!check.ok) return { denied: `${check.message} on ${p.market.symbol}` };
  const resting = type === 'limit' && tif === 'gtt';
  let orderExpiry = 0;
  if (resting) {
    orderExpiry = o.expiresAt ?? p.nowMs + DEFAULT_ORDER_EXPIRY_OFFSET_MS;
    if (!Number.isSafeInteger(orderExpiry) || orderExpiry <= p.nowMs)
      throw inputError('expiresAt', 'expected a Unix ms time in the future', o.expiresAt);
  }
  return {
    marketIndex: p.market.marketIndex,
    clientOrderIndex: p.clientOrderIndex,
    baseAmount,
    price,
    isAsk: o.side === 'sell',
    orderType: type === 'market' ? ORDER_TYPE.MARKET : ORDER_TYPE.LIMIT,
    timeInForce: o.postOnly
      ? TIME_IN_FORCE.POST_ONLY
      : resting
        ? TIME_IN_FORCE.GOOD_TILL_TIME
        : TIME_IN_FORCE.IMMEDIATE_OR_CANCEL,
    reduceOnly: o.reduceOnly === true,
    orderExpiry,
  };
}
