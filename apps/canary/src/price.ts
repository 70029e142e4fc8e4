/**
 * Post-only price and size for the canary order.
 *
 * The order must rest without ever filling (apps/canary/README.md: NT's tester goes 100 ticks
 * from the top of book with post-only), respect the market's tick (10^-price_decimals)
 * and lot (10^-size_decimals), and clear `min_base_amount` / `min_quote_amount`
 * (docs/protocol/transactions.md#orders: otherwise 21706/21603). All maths is on scaled bigints.
 */
import { ceilDiv, fromUnits, toUnits } from './decimal.js';
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';

/** Order side, venue-neutral. */
export type CanarySide = 'buy' | 'sell';

/** Market facts the pricing needs (decimal strings as on the wire). */
export interface PricingMarket {
  /** Decimals of the price: ticks = price x 10^priceDecimals. */
  readonly priceDecimals: number;
  /** Decimals of the size: lots = size x 10^sizeDecimals. */
  readonly sizeDecimals: number;
  /** Least order size, base units, decimal string. */
  readonly minBaseAmount: string;
  /** Least order notional, quote units, decimal string. */
  readonly minQuoteAmount: string;
}

/** Result of {@link computePostOnlyOrder}. */
export interface PostOnlyOrderPlan {
  /** Side of the resting order. */
  readonly side: CanarySide;
  /** Limit price, decimal string. */
  readonly price: string;
  /** Limit price in ticks (price x 10^priceDecimals), as signed. */
  readonly priceUnits: bigint;
  /** Order size, base units, decimal string. */
  readonly size: string;
  /** Order size in lots (size x 10^sizeDecimals), as signed. */
  readonly sizeUnits: bigint;
  /** price × size in quote currency, exact. */
  readonly notional: string;
  /** The touch we priced from (best bid for a buy, best ask for a sell). */
  readonly reference: string;
  /** How many ticks the price sits behind the touch. */
  readonly distanceTicks: bigint;
}

// docs/protocol/transactions.md#orders: Price is a uint32 on the wire.
const MAX_PRICE_UNITS = 4_294_967_295n;
const BPS = 10_000n;

/**
 * Compute a post-only price safely behind the touch and the smallest valid size.
 *
 * @example
 * computePostOnlyOrder({ market, side: 'buy', bestBid: '3000.00', bestAsk: '3000.10', offsetBps: 200, minOffsetTicks: 100 });
 * @throws CanaryError (CANARY_PRICE) when the book is empty on our side, the price would be non-positive or
 *   overflow uint32, the requested size is off-lot or below the minimums, or the notional exceeds `maxNotional`
 */
export function computePostOnlyOrder(params: {
  market: PricingMarket;
  side: CanarySide;
  bestBid: string | undefined;
  bestAsk: string | undefined;
  offsetBps: number;
  minOffsetTicks: number;
  size?: string | undefined;
  maxNotional?: string | undefined;
}): PostOnlyOrderPlan {
  const { market, side } = params;
  const pd = market.priceDecimals;
  const sd = market.sizeDecimals;
  const bid =
    params.bestBid === undefined
      ? undefined
      : toUnits({ value: params.bestBid, decimals: pd, rounding: 'down', field: 'bestBid' });
  const ask =
    params.bestAsk === undefined
      ? undefined
      : toUnits({ value: params.bestAsk, decimals: pd, rounding: 'up', field: 'bestAsk' });
  const bps = BigInt(params.offsetBps);
  const minTicks = BigInt(params.minOffsetTicks);

  let reference: bigint;
  let priceUnits: bigint;
  if (side === 'buy') {
    const ref = bid ?? (ask === undefined ? undefined : ask - 1n);
    if (ref === undefined || ref <= 0n) throw priceError('the book has no usable bid or ask to price from');
    reference = ref;
    // Floor keeps a bid on-tick and further from the ask.
    const byBps = (ref * (BPS - bps)) / BPS;
    priceUnits = byBps < ref - minTicks ? byBps : ref - minTicks;
    if (priceUnits < 1n)
      throw priceError(
        `a buy ${params.offsetBps} bps / ${params.minOffsetTicks} ticks below ${fromUnits({ units: ref, decimals: pd })} is not a positive price`,
      );
    if (ask !== undefined && priceUnits >= ask) throw priceError('computed bid would cross the ask');
  } else {
    const ref = ask ?? (bid === undefined ? undefined : bid + 1n);
    if (ref === undefined) throw priceError('the book has no usable bid or ask to price from');
    reference = ref;
    const byBps = ceilDiv(ref * (BPS + bps), BPS);
    priceUnits = byBps > ref + minTicks ? byBps : ref + minTicks;
    if (bid !== undefined && priceUnits <= bid) throw priceError('computed ask would cross the bid');
  }
  if (priceUnits > MAX_PRICE_UNITS) throw priceError('computed price does not fit the venue uint32 price field');

  const minSize = minimumSizeUnits({ market, priceUnits });

  let sizeUnits: bigint;
  if (params.size !== undefined) {
    try {
      sizeUnits = toUnits({ value: params.size, decimals: sd, rounding: 'exact', field: 'size' });
    } catch {
      throw new CanaryError({
        code: CANARY_ERROR_CODE.PRICE,
        message: `--size ${params.size} is not a multiple of the lot ${fromUnits({ units: 1n, decimals: sd })}`,
        field: 'size',
      });
    }
    if (sizeUnits < minSize) {
      throw new CanaryError({
        code: CANARY_ERROR_CODE.PRICE,
        message: `--size ${params.size} is below the market minimum ${fromUnits({ units: minSize, decimals: sd })} (min base ${market.minBaseAmount}, min notional ${market.minQuoteAmount})`,
        field: 'size',
      });
    }
  } else {
    sizeUnits = minSize;
  }

  const notionalUnits = priceUnits * sizeUnits;
  const notional = fromUnits({ units: notionalUnits, decimals: pd + sd });
  if (params.maxNotional !== undefined) {
    const cap = toUnits({ value: params.maxNotional, decimals: pd + sd, rounding: 'down', field: 'maxNotional' });
    if (notionalUnits > cap) {
      throw new CanaryError({
        code: CANARY_ERROR_CODE.PRICE,
        message: `order notional ${notional} exceeds --max-notional ${params.maxNotional}`,
        field: 'maxNotional',
      });
    }
  }

  return {
    side,
    price: fromUnits({ units: priceUnits, decimals: pd }),
    priceUnits,
    size: fromUnits({ units: sizeUnits, decimals: sd }),
    sizeUnits,
    notional,
    reference: fromUnits({ units: reference, decimals: pd }),
    distanceTicks: side === 'buy' ? reference - priceUnits : priceUnits - reference,
  };
}

/**
 * Smallest size (in lots) that clears `min_base_amount` and `min_quote_amount` at `priceUnits`.
 *
 * @example
 * minimumSizeUnits({ market, priceUnits: 300000n }); // e.g. 50n
 * @throws CanaryError (CANARY_PRICE) when the market minimums are not decimals
 */
export function minimumSizeUnits(params: { market: PricingMarket; priceUnits: bigint }): bigint {
  const { market, priceUnits } = params;
  const sd = market.sizeDecimals;
  const minBase = toUnits({ value: market.minBaseAmount, decimals: sd, rounding: 'up', field: 'minBaseAmount' });
  const minQuote = toUnits({
    value: market.minQuoteAmount,
    decimals: market.priceDecimals + sd,
    rounding: 'up',
    field: 'minQuoteAmount',
  });
  const sizeForQuote = priceUnits > 0n ? ceilDiv(minQuote, priceUnits) : minQuote;
  return [minBase, sizeForQuote, 1n].reduce((a, b) => (a > b ? a : b));
}

function priceError(message: string): CanaryError {
  return new CanaryError({ code: CANARY_ERROR_CODE.PRICE, message, field: 'price' });
}
