/**
 * Venue integer ranges and order-amount validation (docs/protocol/transactions.md#orders: Price is uint32, BaseAmount
 * ≤ 2^48−1; orders respect min_base_amount / min_quote_amount / order_quote_limit).
 */
import { LighterModelsError } from '../errors.js';
import { type DecimalInput, type RoundingMode, fromScaledInteger, toScaledInteger } from './decimal.js';

/**
 * Largest order price in ticks: uint32 (docs/protocol/transactions.md#orders).
 *
 * @example
 * import { MAX_PRICE_TICKS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MAX_PRICE_TICKS = 2n ** 32n - 1n;
/**
 * Largest order base amount in lots: 2^48−1 (docs/protocol/transactions.md#orders, LG).
 *
 * @example
 * import { MAX_BASE_AMOUNT } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MAX_BASE_AMOUNT = 2n ** 48n - 1n;
/**
 * Client order index range 1..2^48−1; 0 means "none" (docs/protocol/transactions.md#orders).
 *
 * @example
 * import { MAX_CLIENT_ORDER_INDEX } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MAX_CLIENT_ORDER_INDEX = 2n ** 48n - 1n;
/**
 * Largest client order index known to be accepted in practice: 2^31−1. The signer allows up to
 * {@link MAX_CLIENT_ORDER_INDEX}, but NautilusTrader observed 21727 above 31 bits and caps there [T]
 * (docs/protocol/transactions.md#orders); indexes an SDK picks for the user stay at or below this.
 *
 * @example
 * import { MAX_SAFE_CLIENT_ORDER_INDEX } from '@lighter-ts/models';
 * MAX_SAFE_CLIENT_ORDER_INDEX; // 2147483647
 * @throws never (a constant)
 */
export const MAX_SAFE_CLIENT_ORDER_INDEX = 2 ** 31 - 1;
/**
 * Venue order indexes start above client order indexes: 2^48 … 2^60−1 (docs/protocol/transactions.md#orders).
 *
 * @example
 * import { MIN_ORDER_INDEX } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MIN_ORDER_INDEX = 2n ** 48n;
/**
 * Largest venue order index (docs/protocol/rest.md#conventions "Numbers").
 *
 * @example
 * import { MAX_ORDER_INDEX } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MAX_ORDER_INDEX = 2n ** 60n - 1n;

function checkRange(value: bigint, min: bigint, max: bigint, field: string): bigint {
  if (value < min || value > max) {
    throw new LighterModelsError({
      code: 'OUT_OF_RANGE',
      field,
      message: `${field}: ${value.toString()} is outside ${min.toString()}..${max.toString()}`,
    });
  }
  return value;
}

/**
 * Price decimal -> venue price ticks (uint32, ≥ 1: the venue rejects 0 with 21702).
 *
 * @example
 * toPriceTicks({ price: '2361.31', priceDecimals: 2 }); // 236131n
 * @throws {LighterModelsError} INVALID_DECIMAL, NOT_ON_INCREMENT (rounding `exact`), OUT_OF_RANGE
 */
export function toPriceTicks(params: { price: DecimalInput; priceDecimals: number; rounding?: RoundingMode }): bigint {
  const ticks = toScaledInteger({
    value: params.price,
    decimals: params.priceDecimals,
    rounding: params.rounding ?? 'exact',
    field: 'price',
  });
  return checkRange(ticks, 1n, MAX_PRICE_TICKS, 'price');
}

/**
 * Venue price ticks -> price decimal string.
 *
 * @example
 * fromPriceTicks({ ticks: 236131n, priceDecimals: 2 }); // '2361.31'
 * @throws {LighterModelsError} OUT_OF_RANGE when ticks is not in 0..2^32−1
 */
export function fromPriceTicks(params: { ticks: bigint | number; priceDecimals: number }): string {
  const t = typeof params.ticks === 'bigint' ? params.ticks : BigInt(params.ticks);
  checkRange(t, 0n, MAX_PRICE_TICKS, 'price');
  return fromScaledInteger({ value: t, decimals: params.priceDecimals, field: 'price' });
}

/**
 * Size decimal -> venue base amount (0..2^48−1).
 *
 * @example
 * toBaseAmount({ size: '0.0050', sizeDecimals: 4 }); // 50n
 * @throws {LighterModelsError} INVALID_DECIMAL, NOT_ON_INCREMENT (rounding `exact`), OUT_OF_RANGE
 */
export function toBaseAmount(params: { size: DecimalInput; sizeDecimals: number; rounding?: RoundingMode }): bigint {
  const lots = toScaledInteger({
    value: params.size,
    decimals: params.sizeDecimals,
    rounding: params.rounding ?? 'exact',
    field: 'size',
  });
  return checkRange(lots, 0n, MAX_BASE_AMOUNT, 'size');
}

/**
 * Venue base amount -> size decimal string.
 *
 * @example
 * fromBaseAmount({ amount: 50n, sizeDecimals: 4 }); // '0.0050'
 * @throws {LighterModelsError} OUT_OF_RANGE when amount is not in 0..2^48−1
 */
export function fromBaseAmount(params: { amount: bigint | number; sizeDecimals: number }): string {
  const a = typeof params.amount === 'bigint' ? params.amount : BigInt(params.amount);
  checkRange(a, 0n, MAX_BASE_AMOUNT, 'size');
  return fromScaledInteger({ value: a, decimals: params.sizeDecimals, field: 'size' });
}

/** Market limits needed to validate an order's amounts (strings as in `orderBookDetails`). */
export interface OrderAmountLimits {
  /** `supported_size_decimals`: decimals of the market's base amounts (size ticks = size × 10^sizeDecimals). */
  readonly sizeDecimals: number;
  /** `supported_price_decimals`: decimals of the market's prices (price ticks = price × 10^priceDecimals). */
  readonly priceDecimals: number;
  /** `min_base_amount`, e.g. `"0.0050"`. */
  readonly minBaseAmount: string;
  /** `min_quote_amount`, e.g. `"10.000000"`. */
  readonly minQuoteAmount: string;
  /** `order_quote_limit` (max notional per order), optional. */
  readonly orderQuoteLimit?: string | undefined;
}

/** Result of {@link checkOrderAmounts}. */
export type OrderAmountCheck =
  | {
      /** The amounts pass every market limit. */
      readonly ok: true;
      /** Notional `size × price` as an exact decimal with `sizeDecimals + priceDecimals` decimals. */
      readonly quoteAmount: string;
    }
  | {
      /** An amount breaks a market limit. */
      readonly ok: false;
      /** The order field at fault. */
      readonly field: 'baseAmount' | 'quoteAmount' | 'price';
      /** Which limit: below `min_base_amount` or `min_quote_amount`, above `order_quote_limit`, or outside the wire range. */
      readonly reason: 'BELOW_MIN_BASE' | 'BELOW_MIN_QUOTE' | 'ABOVE_QUOTE_LIMIT' | 'OUT_OF_RANGE';
      /** One line naming the value and the limit, e.g. `size 0.0010 is below min_base_amount 0.0050`. */
      readonly message: string;
      /** Notional `size × price` as an exact decimal, as on success. */
      readonly quoteAmount: string;
    };

/**
 * Check scaled order amounts against the market minimums (venue errors 21706 / 21603 otherwise).
 * `quoteAmount` is `size × price` as an exact decimal.
 *
 * @example
 * checkOrderAmounts({ baseAmount: 50n, price: 236131n, limits: { sizeDecimals: 4, priceDecimals: 2, minBaseAmount: '0.0050', minQuoteAmount: '10.000000' } });
 * // { ok: true, quoteAmount: '11.806550' }
 * @throws {LighterModelsError} INVALID_DECIMAL when the limits themselves are malformed
 */
export function checkOrderAmounts(params: {
  baseAmount: bigint;
  price: bigint;
  limits: OrderAmountLimits;
}): OrderAmountCheck {
  const { baseAmount, price, limits } = params;
  const quoteDecimals = limits.sizeDecimals + limits.priceDecimals;
  const quoteScaled = baseAmount * price;
  const quoteAmount = fromScaledInteger({ value: quoteScaled, decimals: quoteDecimals });
  if (baseAmount < 0n || baseAmount > MAX_BASE_AMOUNT) {
    return {
      ok: false,
      field: 'baseAmount',
      reason: 'OUT_OF_RANGE',
      message: 'baseAmount outside 0..2^48-1',
      quoteAmount,
    };
  }
  if (price < 1n || price > MAX_PRICE_TICKS) {
    return { ok: false, field: 'price', reason: 'OUT_OF_RANGE', message: 'price outside 1..2^32-1', quoteAmount };
  }
  const minBase = toScaledInteger({
    value: limits.minBaseAmount,
    decimals: limits.sizeDecimals,
    rounding: 'ceil',
    field: 'minBaseAmount',
  });
  if (baseAmount < minBase) {
    return {
      ok: false,
      field: 'baseAmount',
      reason: 'BELOW_MIN_BASE',
      message: `size ${fromScaledInteger({ value: baseAmount, decimals: limits.sizeDecimals })} is below min_base_amount ${limits.minBaseAmount}`,
      quoteAmount,
    };
  }
  const minQuote = toScaledInteger({
    value: limits.minQuoteAmount,
    decimals: quoteDecimals,
    rounding: 'ceil',
    field: 'minQuoteAmount',
  });
  if (quoteScaled < minQuote) {
    return {
      ok: false,
      field: 'quoteAmount',
      reason: 'BELOW_MIN_QUOTE',
      message: `notional ${quoteAmount} is below min_quote_amount ${limits.minQuoteAmount}`,
      quoteAmount,
    };
  }
  if (limits.orderQuoteLimit !== undefined && limits.orderQuoteLimit !== '') {
    const maxQuote = toScaledInteger({
      value: limits.orderQuoteLimit,
      decimals: quoteDecimals,
      rounding: 'floor',
      field: 'orderQuoteLimit',
    });
    if (quoteScaled > maxQuote) {
      return {
        ok: false,
        field: 'quoteAmount',
        reason: 'ABOVE_QUOTE_LIMIT',
        message: `notional ${quoteAmount} is above order_quote_limit ${limits.orderQuoteLimit}`,
        quoteAmount,
      };
    }
  }
  return { ok: true, quoteAmount };
}

/**
 * Throwing variant of {@link checkOrderAmounts}.
 *
 * @example
 * assertOrderAmounts({ baseAmount: 1n, price: 236131n, limits }); // throws BELOW_MINIMUM
 * @throws {LighterModelsError} BELOW_MINIMUM or OUT_OF_RANGE naming the field
 */
export function assertOrderAmounts(params: { baseAmount: bigint; price: bigint; limits: OrderAmountLimits }): string {
  const r = checkOrderAmounts(params);
  if (r.ok) return r.quoteAmount;
  throw new LighterModelsError({
    code: r.reason === 'OUT_OF_RANGE' || r.reason === 'ABOVE_QUOTE_LIMIT' ? 'OUT_OF_RANGE' : 'BELOW_MINIMUM',
    field: r.field,
    message: r.message,
  });
}
