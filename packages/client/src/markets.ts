/**
 * Market lookup by symbol (`'ETH'`, `'ETH/USDC'`) or id, from `orderBookDetails`
 * (docs/protocol/rest.md#market-data). Loaded once on first use and reloaded once when a name is
 * not found, so a market listed after start-up is still found.
 */
import type { LighterHttpClient } from '@lighter-ts/http';
import { TRADING_CLIENT_ERROR_CODE, TradingClientError, inputError } from './errors.js';

/** What the client needs to know about one market to scale and validate orders. */
export interface MarketInfo {
  /** `market_id` on the wire (perps 0..2047, spot from 2048). */
  readonly marketIndex: number;
  /** `ETH` for a perp, `ETH/USDC` for spot. */
  readonly symbol: string;
  /** `perp` for a perpetual future, `spot` for a spot pair. */
  readonly marketType: 'perp' | 'spot';
  /** Decimal places of sizes: a size is sent as size × 10^sizeDecimals (the lot is 10^-sizeDecimals). */
  readonly sizeDecimals: number;
  /** Decimal places of prices: a price is sent as price × 10^priceDecimals (the tick is 10^-priceDecimals). */
  readonly priceDecimals: number;
  /** Smallest order size in base units, decimal string as the venue sends it. */
  readonly minBaseAmount: string;
  /** Smallest order notional (size × price) in quote units, decimal string as the venue sends it. */
  readonly minQuoteAmount: string;
}

/** A market reference as callers write it: a symbol (case-insensitive) or a market id. */
export type MarketRef = string | number;

type Details = Awaited<ReturnType<LighterHttpClient['orderBookDetails']>>;

function toInfo(
  d: Details['order_book_details'][number] | Details['spot_order_book_details'][number],
  marketType: 'perp' | 'spot',
): MarketInfo {
  return {
    marketIndex: d.market_id,
    symbol: d.symbol,
    marketType,
    sizeDecimals: d.size_decimals,
    priceDecimals: d.price_decimals,
    minBaseAmount: d.min_base_amount,
    minQuoteAmount: d.min_quote_amount,
  };
}

/**
 * The markets of one venue, cached.
 * @example const m = await markets.resolve({ market: 'ETH' }); m.priceDecimals // 2
 * @throws never (constructor)
 */
export class MarketDirectory {
  readonly #fetch: (signal?: AbortSignal) => Promise<Details>;
  #loaded: Promise<readonly MarketInfo[]> | undefined;

  constructor(params: { fetchDetails: (signal?: AbortSignal) => Promise<Details> }) {
    this.#fetch = params.fetchDetails;
  }

  /**
   * Every market, loading them on first use.
   * @example (await markets.list()).map((m) => m.symbol)
   * @throws the http error of `orderBookDetails` (a failed load is retried on the next call)
   */
  list(signal?: AbortSignal): Promise<readonly MarketInfo[]> {
    if (this.#loaded === undefined) {
      const p = this.#fetch(signal).then((d) => [
        ...d.order_book_details.map((x) => toInfo(x, 'perp')),
        ...d.spot_order_book_details.map((x) => toInfo(x, 'spot')),
      ]);
      this.#loaded = p;
      p.catch(() => {
        if (this.#loaded === p) this.#loaded = undefined;
      });
    }
    return this.#loaded;
  }

  /**
   * The market with that symbol (case-insensitive) or id.
   * @example await markets.resolve({ market: 'eth' }) // { marketIndex: 0, symbol: 'ETH', … }
   * @throws {TradingClientError} `CLIENT_UNKNOWN_MARKET` naming the reference and the known symbols; `CLIENT_INPUT` for a malformed reference
   */
  async resolve(params: { market: MarketRef; signal?: AbortSignal }): Promise<MarketInfo> {
    const { market } = params;
    if (
      typeof market === 'number'
        ? !Number.isSafeInteger(market) || market < 0
        : typeof market !== 'string' || market.trim() === ''
    ) {
      throw inputError('market', 'expected a market symbol such as "ETH" or a market id', market);
    }
    const find = (all: readonly MarketInfo[]) =>
      typeof market === 'number'
        ? all.find((m) => m.marketIndex === market)
        : all.find((m) => m.symbol.toUpperCase() === market.trim().toUpperCase());
    const first = find(await this.list(params.signal));
    if (first) return first;
    // A market listed after the first load: refresh once before giving up.
    this.#loaded = undefined;
    const all = await this.list(params.signal);
    const found = find(all);
    if (found) return found;
    const known = all.map((m) => `${m.symbol} (${m.marketIndex})`).join(', ');
    throw new TradingClientError({
      code: TRADING_CLIENT_ERROR_CODE.UNKNOWN_MARKET,
      field: 'market',
      value: String(market),
      message: `market: unknown market ${JSON.stringify(market)}; this venue lists ${known || 'no markets'}`,
    });
  }
}
