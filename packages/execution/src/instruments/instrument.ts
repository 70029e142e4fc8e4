/**
 * Lighter instrument as this package uses it (docs/protocol/nautilus.md#instruments). Decimals are kept as strings.
 * Symbology follows NT: `{BASE}-PERP.LIGHTER`, `{BASE}/{QUOTE}-SPOT.LIGHTER` (parity I2); binary options
 * (Up/Down markets) are `{SYMBOL}-BINARY.LIGHTER` (lighter-ts's own choice: NT's adapter lists none yet).
 */
import type { MarketKind as ModelsMarketKind } from '@lighter-ts/models';

/** Market kind: models' three kinds (docs/protocol/binary-options.md). */
export type MarketKind = ModelsMarketKind;

/** Instrument definition built from `orderBookDetails`. */
export interface LighterInstrument {
  /** `ETH-PERP.LIGHTER` / `ETH/USDC-SPOT.LIGHTER` (venue suffix configurable, parity C5). */
  readonly instrumentId: string;
  /** Venue symbol (`ETH`, `ETH/USDC`). */
  readonly rawSymbol: string;
  /** Venue market id (`market_id`). */
  readonly marketIndex: number;
  /** `perp`, `spot` or `binary`. */
  readonly kind: MarketKind;
  /** Base currency code (`ETH`). */
  readonly baseCurrency: string;
  /** Quote / settlement currency code (`USDC`). */
  readonly quoteCurrency: string;
  /** Decimal places of prices (the tick is 10^-priceDecimals). */
  readonly priceDecimals: number;
  /** Decimal places of sizes (the lot is 10^-sizeDecimals). */
  readonly sizeDecimals: number;
  /** Tick / lot as decimal strings (`10^-decimals`). */
  readonly priceIncrement: string;
  /** Lot size as a decimal string (`0.0001`). */
  readonly sizeIncrement: string;
  /** Smallest order size (`min_base_amount`), decimal string; undefined when the venue sets none. */
  readonly minQuantity: string | undefined;
  /** Smallest order notional in quote units (`min_quote_amount`); undefined when none. */
  readonly minNotional: string | undefined;
  /** Largest order notional in quote units (`order_quote_limit`); undefined when none. */
  readonly maxNotional: string | undefined;
  /** Fractions (venue value / 10000) for perps; undefined for spot. */
  readonly marginInit: string | undefined;
  /** Maintenance margin fraction (venue value / 10000); undefined for spot. */
  readonly marginMaint: string | undefined;
  /** Fee fractions as decimal strings (venue publishes percent strings; converted /100). */
  readonly makerFee: string | undefined;
  /** Taker fee fraction, decimal string; undefined when the venue omits it. */
  readonly takerFee: string | undefined;
  /** `active` -> trading. */
  readonly status: 'active' | 'inactive' | string;
  /** Binary options only: the settlement cap in price ticks (prices must lie strictly inside (0, cap)). */
  readonly settlementCap?: number | undefined;
}

/**
 * Builds the Nautilus instrument id for a venue symbol.
 * @example instrumentIdFor({ symbol: 'BTC', kind: 'perp' }) // 'BTC-PERP.LIGHTER'
 * @throws never
 */
export function instrumentIdFor(params: { symbol: string; kind: MarketKind; venue?: string; quote?: string }): string {
  const venue = params.venue ?? 'LIGHTER';
  if (params.kind === 'perp') return `${params.symbol}-PERP.${venue}`;
  if (params.kind === 'binary') return `${params.symbol}-BINARY.${venue}`;
  const symbol = params.symbol.includes('/') ? params.symbol : `${params.symbol}/${params.quote ?? 'USDC'}`;
  return `${symbol}-SPOT.${venue}`;
}

/**
 * Increment string for a number of decimals.
 * @example incrementFor(2) // '0.01'
 * @throws never
 */
export function incrementFor(decimals: number): string {
  return decimals <= 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1`;
}
