/**
 * Decimal strings -> venue integers for one market, exactly: a price off the tick or a size off the
 * lot is an error naming the value and the increment, never rounded (docs/protocol/transactions.md#orders).
 * The arithmetic is models' (`toPriceTicks`, `toBaseAmount`); this file only maps its errors.
 */
import { isLighterModelsError, toBaseAmount, toPriceTicks } from '@lighter-ts/models';
import { TRADING_CLIENT_ERROR_CODE, TradingClientError, inputError } from './errors.js';
import type { MarketInfo } from './markets.js';

const DECIMAL = /^\d+(\.\d+)?$/;

function mapError(e: unknown, field: string, value: string, market: MarketInfo): never {
  if (isLighterModelsError(e) && e.code === 'NOT_ON_INCREMENT') {
    // models names the value, the increment and the nearest allowed values; add the market.
    throw new TradingClientError({
      code: TRADING_CLIENT_ERROR_CODE.NOT_ON_INCREMENT,
      field,
      value,
      message: `${e.message.replace(/^(price|size):/, `${field}:`)} on ${market.symbol}`,
    });
  }
  if (isLighterModelsError(e))
    throw new TradingClientError({
      code: TRADING_CLIENT_ERROR_CODE.INPUT,
      field,
      value,
      message: `${field}: ${e.message.replace(/^\w+: /, '')}`,
    });
  throw e;
}

function checkDecimal(field: string, value: unknown): string {
  // Strings only: a float such as 0.1 + 0.2 has no exact decimal, so it is refused rather than guessed.
  if (typeof value !== 'string' || !DECIMAL.test(value.trim()))
    throw inputError(field, 'expected a non-negative decimal string such as "2000.5"', value);
  return value.trim();
}

/**
 * A price in the market's ticks (1 … 2^32-1).
 * @example scalePrice({ market: eth, price: '2000.5', field: 'price' }) // 200050n
 * @throws {TradingClientError} `CLIENT_NOT_ON_INCREMENT` off the tick; `CLIENT_INPUT` malformed or out of range
 */
export function scalePrice(params: { market: MarketInfo; price: unknown; field?: string }): bigint {
  const field = params.field ?? 'price';
  const price = checkDecimal(field, params.price);
  try {
    return toPriceTicks({ price, priceDecimals: params.market.priceDecimals });
  } catch (e) {
    return mapError(e, field, price, params.market);
  }
}

/**
 * A size in the market's base lots (0 … 2^48-1).
 * @example scaleSize({ market: eth, size: '0.01' }) // 100n
 * @throws {TradingClientError} `CLIENT_NOT_ON_INCREMENT` off the lot; `CLIENT_INPUT` malformed or out of range
 */
export function scaleSize(params: { market: MarketInfo; size: unknown; field?: string }): bigint {
  const field = params.field ?? 'size';
  const size = checkDecimal(field, params.size);
  try {
    return toBaseAmount({ size, sizeDecimals: params.market.sizeDecimals });
  } catch (e) {
    return mapError(e, field, size, params.market);
  }
}
