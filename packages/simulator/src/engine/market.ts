/**
 * Runtime state of one market: book, mark/index price, book nonce, stats, trade history.
 */
import { DEFAULT_BINARY_SETTLEMENT_CAP } from '@lighter-ts/models';
import type { MarketSpec } from '../markets.js';
import { parseScaled, rescale } from '../util/decimal.js';
import { OrderBook } from './order-book.js';
import type { SimFundingRound, SimTrade } from './types.js';

/** Percent string ("0.0280") -> fee rate in ppm (0.0280 % = 280 ppm). */
export function percentToPpm(percent: string): number {
  return Number(parseScaled(percent, 4));
}

/** A market with its book and derived state. */
export class SimMarket {
  readonly book = new OrderBook();
  /** Matching-engine nonce: bumped on every book change (docs/protocol/websocket.md#order-book-sequencing). */
  nonce = 0;
  markPrice: bigint;
  indexPrice: bigint;
  lastTradePrice = 0n;
  readonly trades: SimTrade[] = [];
  readonly fundingRounds: SimFundingRound[] = [];
  /** Current funding rate (fraction per hour) as a decimal string with 6 places. */
  fundingRate = '0.000000';
  readonly takerFeePpm: number;
  readonly makerFeePpm: number;
  readonly minBase: bigint;
  readonly minQuote: bigint;
  readonly createdAt: number;
  dailyOpenPrice: bigint;
  dailyLow: bigint;
  dailyHigh: bigint;

  constructor(
    readonly spec: MarketSpec,
    now: number,
  ) {
    this.markPrice = parseScaled(spec.initialPrice, spec.priceDecimals);
    this.indexPrice = this.markPrice;
    this.dailyOpenPrice = this.markPrice;
    this.dailyLow = this.markPrice;
    this.dailyHigh = this.markPrice;
    this.takerFeePpm = percentToPpm(spec.takerFee ?? '0.0000');
    this.makerFeePpm = percentToPpm(spec.makerFee ?? '0.0000');
    this.minBase = parseScaled(spec.minBaseAmount, spec.sizeDecimals);
    this.minQuote = parseScaled(spec.minQuoteAmount, 6);
    this.createdAt = now;
  }

  get index(): number {
    return this.spec.marketIndex;
  }

  get isPerp(): boolean {
    return this.spec.marketType === 'perp';
  }

  get isSpot(): boolean {
    return this.spec.marketType === 'spot';
  }

  /** Binary-option (Up/Down) market: signed positions like perps, fully paid, settled by the operator. */
  get isBinary(): boolean {
    return this.spec.marketType === 'binary';
  }

  /** Settlement cap in price ticks (binary markets). */
  get settlementCap(): number {
    return this.spec.binary?.settlementCap ?? DEFAULT_BINARY_SETTLEMENT_CAP;
  }

  /** Set once a binary market settles: the price in ticks, when, and each account's settlement PnL (micro-USDC). */
  settlement: { priceTicks: number; at: number; pnl: Map<number, bigint> } | undefined;

  /**
   * Self-settling binary markets: the underlying's price (its ticks) the end of the window is compared with, set
   * when the window opens (docs/protocol/binary-options.md#settlement).
   */
  referencePrice: bigint | undefined;

  /** Notional in micro-USDC of `base` lots at `price` ticks (floored). */
  quote(base: bigint, price: bigint): bigint {
    return rescale(base * price, this.spec.sizeDecimals + this.spec.priceDecimals, 6);
  }

  /** Mid price in ticks, or mark when a side is empty. */
  midPrice(): bigint {
    const a = this.book.bestPrice(true);
    const b = this.book.bestPrice(false);
    if (a === undefined || b === undefined) return this.markPrice;
    return (a + b) / 2n;
  }

  /** Open interest in lots (sum of long sizes), kept by the exchange. */
  openInterest = 0n;

  /** Records a trade for stats and history (bounded). */
  recordTrade(t: SimTrade): void {
    this.trades.push(t);
    if (this.trades.length > 5000) this.trades.splice(0, this.trades.length - 5000);
    this.lastTradePrice = t.price;
    if (t.price < this.dailyLow) this.dailyLow = t.price;
    if (t.price > this.dailyHigh) this.dailyHigh = t.price;
  }

  /** Trades in the last 24 h ending at `now`. */
  dailyTrades(now: number): SimTrade[] {
    const from = now - 86_400_000;
    return this.trades.filter((t) => t.timestamp >= from);
  }
}
