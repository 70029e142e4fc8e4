/**
 * Market specifications and the default market set (CONTRACTS: ETH perp 0, BTC perp 1,
 * spot ETH/USDC 2048). Values mirror mainnet metadata (fixtures/api/rest/nt_order_book_details.json).
 */
import { DEFAULT_BINARY_SETTLEMENT_CAP, MARKET_INDEX_RANGE } from '@lighter-ts/models';
import { SimulatorInputError } from './errors.js';

/** Static description of one simulated market. */
export interface MarketSpec {
  /** market_id on the wire (perps 0..2047, spot from 2048). */
  marketIndex: number;
  /** `ETH` for perps, `ETH/USDC` for spot (docs/protocol/rest.md#response-models). */
  symbol: string;
  /** Kind of market: `perp` (ids 0..254 on the venue), `spot` (2048..4094) or `binary` (Up/Down, 1000..2000). */
  marketType: 'perp' | 'spot' | 'binary';
  /** Up/Down market terms (binary markets only; docs/protocol/binary-options.md). */
  binary?: BinaryMarketTerms;
  /** Decimals of a size: `BaseAmount` on the wire is size × 10^sizeDecimals (0..8). */
  sizeDecimals: number;
  /** Decimals of a price: `Price` on the wire is price × 10^priceDecimals (0..8). */
  priceDecimals: number;
  /** Decimal string, e.g. '0.0050'. */
  minBaseAmount: string;
  /** Decimal string in USDC, e.g. '10.000000'. */
  minQuoteAmount: string;
  /** Starting mark/index price, decimal string. */
  initialPrice: string;
  /** Percent strings as on the wire (`"0.0000"`); docs/protocol/rest.md#response-models fees are percent. */
  takerFee?: string;
  /** Maker fee, a percent string as on the wire (`"0.0000"`); default 0. */
  makerFee?: string;
  /** Margin fractions in 1/10000 (perps only). */
  defaultInitialMarginFraction?: number;
  /** Smallest initial margin fraction a leverage update may set (1/10000; 200 = 50x). */
  minInitialMarginFraction?: number;
  /** Maintenance margin fraction (1/10000): below it the account is liquidated. */
  maintenanceMarginFraction?: number;
  /** Close-out margin fraction (1/10000), below maintenance: the level at which positions are closed out. */
  closeoutMarginFraction?: number;
  /** Base / quote asset ids (spot; perps use 0/0 as on mainnet). */
  baseAssetId?: number;
  /** Quote asset id (spot; USDC is 3). */
  quoteAssetId?: number;
}

/** Event and window of a binary-option (Up/Down) market. */
export interface BinaryMarketTerms {
  eventId: number;
  /** `BTC Up or Down`. */
  title: string;
  /** `btc-updown-15m`. */
  tag: string;
  /** Underlying symbol (`btc`) and market duration (`15m`): the `upDownCandles` series. */
  underlying: string;
  duration: string;
  /** Window in unix seconds. */
  startAt: number;
  endAt: number;
  /** Settlement cap in price ticks; default 100 (docs/protocol/binary-options.md#trading-rules). */
  settlementCap?: number;
  /** Perp market whose mark price stands for the underlying in `upDownCandles` and in settlement. */
  underlyingMarketIndex?: number;
  /**
   * Settle by itself when the venue clock passes `endAt` (docs/protocol/binary-options.md#settlement): at the cap
   * (Up wins) when the underlying's mark price is then above the reference price, else at 0. Default false: the
   * operator settles (`settleBinaryMarket`, `POST /__sim/binary/settle`). Needs `underlyingMarketIndex`.
   */
  settleAtEnd?: boolean;
  /**
   * The underlying's price to beat, a decimal in its price decimals (`'90000.0'`); default: its mark price when the
   * window opens.
   */
  referencePrice?: string;
}

/**
 * Default markets of a fresh simulator.
 * @example await startSimulator({ markets: DEFAULT_MARKETS.filter((m) => m.marketType === 'perp') });
 * @throws never (a constant)
 */
export const DEFAULT_MARKETS: readonly MarketSpec[] = [
  {
    marketIndex: 0,
    symbol: 'ETH',
    marketType: 'perp',
    sizeDecimals: 4,
    priceDecimals: 2,
    minBaseAmount: '0.0050',
    minQuoteAmount: '10.000000',
    initialPrice: '3000.00',
    defaultInitialMarginFraction: 500,
    minInitialMarginFraction: 200,
    maintenanceMarginFraction: 120,
    closeoutMarginFraction: 80,
  },
  {
    marketIndex: 1,
    symbol: 'BTC',
    marketType: 'perp',
    sizeDecimals: 5,
    priceDecimals: 1,
    minBaseAmount: '0.00020',
    minQuoteAmount: '10.000000',
    initialPrice: '90000.0',
    defaultInitialMarginFraction: 500,
    minInitialMarginFraction: 200,
    maintenanceMarginFraction: 120,
    closeoutMarginFraction: 80,
  },
  {
    marketIndex: 2048,
    symbol: 'ETH/USDC',
    marketType: 'spot',
    sizeDecimals: 4,
    priceDecimals: 2,
    minBaseAmount: '0.0050',
    minQuoteAmount: '10.000000',
    initialPrice: '3000.00',
    baseAssetId: 1,
    quoteAssetId: 3,
  },
];

/** Validates a market spec list. @throws SimulatorInputError naming the bad field. */
export function validateMarkets(markets: readonly MarketSpec[]): void {
  const seen = new Set<number>();
  markets.forEach((m, i) => {
    const f = (name: string) => `markets[${i}].${name}`;
    if (!Number.isInteger(m.marketIndex) || m.marketIndex < 0 || m.marketIndex > 32767) {
      throw new SimulatorInputError({ field: f('marketIndex'), message: 'must be an int16 >= 0' });
    }
    if (seen.has(m.marketIndex)) {
      throw new SimulatorInputError({ field: f('marketIndex'), message: 'duplicate' });
    }
    seen.add(m.marketIndex);
    if (m.marketType === 'binary') {
      const r = MARKET_INDEX_RANGE.binary;
      if (m.marketIndex < r.min || m.marketIndex > r.max)
        throw new SimulatorInputError({ field: f('marketIndex'), message: `binary markets use ${r.min}..${r.max}` });
      if (!m.binary)
        throw new SimulatorInputError({ field: f('binary'), message: 'binary markets need their event terms' });
      const under = markets.find((x) => x.marketIndex === m.binary?.underlyingMarketIndex);
      if (m.binary.settleAtEnd === true && under?.marketType !== 'perp')
        throw new SimulatorInputError({
          field: f('binary.underlyingMarketIndex'),
          message: `a market that settles at its end needs a perp underlying, received ${String(m.binary.underlyingMarketIndex)}`,
        });
      if (m.binary.referencePrice !== undefined && !/^\d+(\.\d+)?$/.test(m.binary.referencePrice))
        throw new SimulatorInputError({
          field: f('binary.referencePrice'),
          message: `must be a decimal string, received ${JSON.stringify(m.binary.referencePrice)}`,
        });
      const cap = m.binary.settlementCap ?? DEFAULT_BINARY_SETTLEMENT_CAP;
      if (!Number.isInteger(cap) || cap < 2)
        throw new SimulatorInputError({ field: f('binary.settlementCap'), message: 'must be an integer >= 2' });
    }
    for (const k of ['sizeDecimals', 'priceDecimals'] as const) {
      if (!Number.isInteger(m[k]) || m[k] < 0 || m[k] > 8) {
        throw new SimulatorInputError({ field: f(k), message: 'must be an integer 0..8' });
      }
    }
    if (!/^\d+(\.\d+)?$/.test(m.initialPrice)) {
      throw new SimulatorInputError({ field: f('initialPrice'), message: 'must be a decimal string' });
    }
  });
}
