/**
 * Instrument definitions built from `orderBookDetails`, mirroring NautilusTrader's Lighter adapter
 * (docs/protocol/nautilus.md#instruments): perps → `CryptoPerpetual`, spot → `CurrencyPair`.
 */
import {
  type DecimalInput,
  type RoundingMode,
  fromScaledInteger,
  normalizeDecimal,
  toScaledInteger,
} from '../decimal/decimal.js';
import { LighterModelsError } from '../errors.js';
import { InstrumentId, PERP_QUOTE_CURRENCY } from '../identifiers/identifiers.js';
import type { OrderBookDetails, PerpsOrderBookDetail, SpotOrderBookDetail } from '../rest/order-book-details.js';
import { Money } from '../values/money.js';
import { Price } from '../values/price.js';
import { Quantity } from '../values/quantity.js';

/** Fields shared by both instrument kinds. */
export interface InstrumentBase {
  /** Nautilus-style id: `BTC-PERP.LIGHTER` for a perp, `ETH/USDC-SPOT.LIGHTER` for spot. */
  readonly id: InstrumentId;
  /** Venue symbol (`BTC`, `ETH/USDC`). */
  readonly rawSymbol: string;
  /** Venue `market_id` (the integer signed into orders). */
  readonly marketIndex: number;
  /** The traded asset, e.g. `BTC`. */
  readonly baseCurrency: string;
  /** The currency prices are in: `PERP_QUOTE_CURRENCY` (`USDC`) for perps, the pair's quote for spot. */
  readonly quoteCurrency: string;
  /** `supported_price_decimals`: decimals of prices (a price on the wire is an integer of 10^-pricePrecision). */
  readonly pricePrecision: number;
  /** `supported_size_decimals`: decimals of sizes (a size on the wire is an integer of 10^-sizePrecision). */
  readonly sizePrecision: number;
  /** `10^-price_decimals`. */
  readonly priceIncrement: Price;
  /** `10^-size_decimals`. */
  readonly sizeIncrement: Quantity;
  /** Contract multiplier: always 1 (one contract is one unit of the base asset). */
  readonly multiplier: Quantity;
  /** Always `undefined`: the venue has no lot size beyond `sizeIncrement`. */
  readonly lotSize: Quantity | undefined;
  /** Always `undefined`: the venue publishes no maximum size (only `maxNotional`). */
  readonly maxQuantity: Quantity | undefined;
  /** `min_base_amount`. */
  readonly minQuantity: Quantity;
  /** `order_quote_limit`. */
  readonly maxNotional: Money | undefined;
  /** `min_quote_amount`. */
  readonly minNotional: Money;
  /** Always `undefined`: the venue publishes no price band. */
  readonly maxPrice: Price | undefined;
  /** Always `undefined`: the venue publishes no price band. */
  readonly minPrice: Price | undefined;
  /** Fee rates as exact decimal fractions (the venue sends percent strings: `"0.0280"` % → `"0.00028"`). */
  readonly makerFee: string;
  /** Taker fee rate as an exact decimal fraction (`"0.00028"` for 0.028 %). */
  readonly takerFee: string;
  /** `status === 'active'` (NT: active → Trading, inactive → NotAvailable). */
  readonly active: boolean;
  /** ns timestamps (both the build time, as NT does). */
  readonly tsEvent: bigint;
  /** When the instrument was built, in ns since the epoch (as Nautilus' `ts_init`). */
  readonly tsInit: bigint;
}

/** Perpetual instrument (USDC-settled, linear). */
export interface CryptoPerpetual extends InstrumentBase {
  /** Discriminant: `CryptoPerpetual` for perps. */
  readonly type: 'CryptoPerpetual';
  /** Currency PnL settles in: `PERP_QUOTE_CURRENCY` (`USDC`). */
  readonly settlementCurrency: string;
  /** Always `false`: Lighter perps are linear (PnL in the quote currency). */
  readonly isInverse: false;
  /** `default_initial_margin_fraction / 10000` as a decimal fraction. */
  readonly marginInit: string;
  /** `maintenance_margin_fraction / 10000`. */
  readonly marginMaint: string;
}

/** Spot instrument. */
export interface CurrencyPair extends InstrumentBase {
  /** Discriminant: `CurrencyPair` for spot. */
  readonly type: 'CurrencyPair';
}

/** Either instrument kind. */
export type Instrument = CryptoPerpetual | CurrencyPair;

function percentToFraction(percent: string, field: string): string {
  if (percent === '') return '0';
  // percent / 100 exactly: shift two decimal places.
  const scaled = toScaledInteger({ value: percent, decimals: 8, rounding: 'exact', field });
  return normalizeDecimal(fromScaledInteger({ value: scaled, decimals: 10 }));
}

function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

function base(
  detail: PerpsOrderBookDetail | SpotOrderBookDetail,
  id: InstrumentId,
  quote: string,
  tsInit: bigint,
): Omit<InstrumentBase, never> {
  const p = detail.price_decimals;
  const s = detail.size_decimals;
  const quoteLimit = detail.order_quote_limit;
  return {
    id,
    rawSymbol: detail.symbol,
    marketIndex: detail.market_id,
    baseCurrency: id.base,
    quoteCurrency: quote,
    pricePrecision: p,
    sizePrecision: s,
    priceIncrement: Price.fromRaw({ raw: 1n, precision: p }),
    sizeIncrement: Quantity.fromRaw({ raw: 1n, precision: s }),
    multiplier: Quantity.from('1'),
    lotSize: undefined,
    maxQuantity: undefined,
    minQuantity: Quantity.from(detail.min_base_amount, s, 'ceil'),
    maxNotional:
      quoteLimit == null || quoteLimit === '' ? undefined : Money.from(quoteLimit, quote, undefined, 'floor'),
    minNotional: Money.from(detail.min_quote_amount, quote, undefined, 'ceil'),
    maxPrice: undefined,
    minPrice: undefined,
    makerFee: percentToFraction(detail.maker_fee, 'maker_fee'),
    takerFee: percentToFraction(detail.taker_fee, 'taker_fee'),
    active: detail.status === 'active',
    tsEvent: tsInit,
    tsInit,
  };
}

/**
 * Build a `CryptoPerpetual` from a perp `orderBookDetails` row.
 *
 * @example
 * const inst = perpetualFromDetail({ detail: details.order_book_details[0]! });
 * inst.id.toString(); // 'ETH-PERP.LIGHTER'; inst.marginInit // '0.05'
 * @throws {LighterModelsError} when the row has malformed decimals
 */
export function perpetualFromDetail(params: { detail: PerpsOrderBookDetail; tsInit?: bigint }): CryptoPerpetual {
  const { detail } = params;
  const id = InstrumentId.perp(detail.symbol);
  return {
    type: 'CryptoPerpetual',
    ...base(detail, id, PERP_QUOTE_CURRENCY, params.tsInit ?? nowNs()),
    settlementCurrency: PERP_QUOTE_CURRENCY,
    isInverse: false,
    marginInit: normalizeDecimal(fromScaledInteger({ value: detail.default_initial_margin_fraction, decimals: 4 })),
    marginMaint: normalizeDecimal(fromScaledInteger({ value: detail.maintenance_margin_fraction, decimals: 4 })),
  };
}

/**
 * Build a `CurrencyPair` from a spot `orderBookDetails` row (`symbol` `BASE/QUOTE`).
 *
 * @example
 * currencyPairFromDetail({ detail: spot }).id.toString(); // 'ETH/USDC-SPOT.LIGHTER'
 * @throws {LighterModelsError} INVALID_IDENTIFIER when the symbol is malformed (`A/B/C`, `A/`)
 */
export function currencyPairFromDetail(params: { detail: SpotOrderBookDetail; tsInit?: bigint }): CurrencyPair {
  const { detail } = params;
  const id = InstrumentId.fromMarket({ symbol: detail.symbol, marketType: 'spot' });
  return { type: 'CurrencyPair', ...base(detail, id, id.quote, params.tsInit ?? nowNs()) };
}

/**
 * All instruments of an `orderBookDetails` response (perps then spot).
 *
 * @example
 * const instruments = instrumentsFromOrderBookDetails({ details: parseOrderBookDetails(body) });
 * @throws {LighterModelsError} when a row cannot be converted
 */
export function instrumentsFromOrderBookDetails(params: { details: OrderBookDetails; tsInit?: bigint }): Instrument[] {
  const tsInit = params.tsInit ?? nowNs();
  return [
    ...params.details.order_book_details.map((detail) => perpetualFromDetail({ detail, tsInit })),
    ...params.details.spot_order_book_details.map((detail) => currencyPairFromDetail({ detail, tsInit })),
  ];
}

/**
 * A price at the instrument's precision (Nautilus `instrument.make_price`).
 *
 * @example
 * makePrice({ instrument: eth, value: '2361.315', rounding: 'half-even' }).toString(); // '2361.32'
 * @throws {LighterModelsError} NOT_ON_INCREMENT when rounding is `exact` (default) and the value is off-tick
 */
export function makePrice(params: { instrument: Instrument; value: DecimalInput; rounding?: RoundingMode }): Price {
  return Price.from(params.value, params.instrument.pricePrecision, params.rounding ?? 'exact');
}

/**
 * A quantity at the instrument's size precision (Nautilus `instrument.make_qty`).
 *
 * @example
 * makeQuantity({ instrument: eth, value: '0.12345', rounding: 'down' }).toString(); // '0.1234'
 * @throws {LighterModelsError} NOT_ON_INCREMENT when rounding is `exact` (default) and the value is off-lot;
 *   OUT_OF_RANGE for negative values
 */
export function makeQuantity(params: {
  instrument: Instrument;
  value: DecimalInput;
  rounding?: RoundingMode;
}): Quantity {
  return Quantity.from(params.value, params.instrument.sizePrecision, params.rounding ?? 'exact');
}

/**
 * Bidirectional market index ↔ instrument registry (docs/protocol/nautilus.md#parity-checklist I1).
 *
 * @example
 * const reg = new InstrumentRegistry(instruments);
 * reg.byMarketIndex(0)?.id.toString(); // 'ETH-PERP.LIGHTER'
 * @throws {LighterModelsError} INVALID_IDENTIFIER from the constructor on duplicate market indexes
 */
export class InstrumentRegistry {
  private readonly byIndex = new Map<number, Instrument>();
  private readonly byId = new Map<string, Instrument>();

  constructor(instruments: Iterable<Instrument>) {
    for (const inst of instruments) {
      if (this.byIndex.has(inst.marketIndex)) {
        throw new LighterModelsError({
          code: 'INVALID_IDENTIFIER',
          field: 'marketIndex',
          message: `duplicate market index ${inst.marketIndex}`,
        });
      }
      this.byIndex.set(inst.marketIndex, inst);
      this.byId.set(inst.id.value, inst);
    }
  }

  /** Instrument of a venue market index. */
  byMarketIndex(marketIndex: number): Instrument | undefined {
    return this.byIndex.get(marketIndex);
  }

  /** Instrument of an id (object or `BTC-PERP.LIGHTER` text). */
  byInstrumentId(id: InstrumentId | string): Instrument | undefined {
    return this.byId.get(typeof id === 'string' ? id : id.value);
  }

  /** Every instrument, in insertion order. */
  all(): Instrument[] {
    return [...this.byIndex.values()];
  }

  /** Number of instruments held. */
  get size(): number {
    return this.byIndex.size;
  }
}
