/**
 * What the data tester counts per market while it listens: book frames and the gap detector's
 * resets (each must be followed by a resync), ticker, trades, candles, funding and market stats,
 * each as "seen" and "valid". Plain data, so the data criteria are a pure function of it.
 */
import { compareDecimals } from '@lighter-ts/models';
import type {
  CandleEvent,
  LighterWsClient,
  MarketStatsEvent,
  OrderBookEvent,
  TickerEvent,
  TradeEvent,
} from '@lighter-ts/streaming';
import {
  candleChannel,
  marketStatsChannel,
  orderBookChannel,
  tickerChannel,
  tradeChannel,
} from '@lighter-ts/streaming';

/** Seen / valid counters of one stream. */
export interface StreamCount {
  /** Messages of this kind received. */
  seen: number;
  /** Of those, how many parsed and passed the checks. */
  valid: number;
}

/** Everything counted for one market. */
export interface MarketDataRecord {
  /** Market symbol, e.g. `ETH`. */
  readonly market: string;
  /** Venue market index. */
  readonly marketIndex: number;
  /** True for a perp market, false for spot. */
  readonly perp: boolean;
  /** Order-book stream counters. */
  readonly book: {
    /** Book frames received. */
    frames: number;
    /** Full snapshots among them. */
    snapshots: number;
    /** Times the local book was crossed (best bid >= best ask). */
    crossed: number;
    /** Each time the local book was thrown away. */
    resets: Array<{
      /** Why the book was reset. */
      reason: string;
      /** Whether a fresh snapshot rebuilt it before the run ended. */
      resynced: boolean;
    }>;
  };
  /** Ticker frames. */
  readonly ticker: StreamCount;
  /** Trade frames. */
  readonly trades: StreamCount;
  /** Closed 1m bars from the stream (the channel emits a bar when it closes). */
  readonly candles: StreamCount;
  /** 1m bars from REST for the last hour, read at the end (null when not read). */
  candlesRest:
    | (StreamCount & {
        /** Whether the bars came in ascending time order. */
        ascending: boolean;
      })
    | null;
  /** Funding frames (perps). */
  readonly funding: StreamCount;
  /** Market-stats frames and the prices they carried. */
  readonly stats: {
    /** Market-stats frames received. */
    seen: number;
    /** Frames with a valid mark price. */
    markPrice: number;
    /** Frames with a valid index price. */
    indexPrice: number;
  };
}

const POSITIVE = /^\d+(\.\d+)?$/;
const positive = (v: unknown): v is string => typeof v === 'string' && POSITIVE.test(v) && /[1-9]/.test(v);

/**
 * True when high >= open, close, low and low <= open, close (TC-D40's bar check).
 *
 * @example
 * validOhlc({ open: '1', high: '2', low: '0.5', close: '1.5' }); // true
 * @throws never
 */
export function validOhlc(c: { open: string; high: string; low: string; close: string }): boolean {
  try {
    return (
      [c.open, c.close, c.low].every((x) => compareDecimals(c.high, x) >= 0) &&
      compareDecimals(c.low, c.open) <= 0 &&
      compareDecimals(c.low, c.close) <= 0
    );
  } catch {
    return false; // not a decimal
  }
}

/**
 * Subscribe the market's public channels on `ws` and count into a fresh record; returns the
 * record and a stop function (unsubscribes, idempotent).
 *
 * @example
 * const { record, stop } = recordMarket({ ws, market: 'ETH', marketIndex: 0, perp: true });
 * @throws LighterWsError (WS_INVALID_ARGUMENT) for a bad market index
 */
export function recordMarket(p: { ws: LighterWsClient; market: string; marketIndex: number; perp: boolean }): {
  /** Everything observed so far (live: keeps growing until `stop`). */
  record: MarketDataRecord;
  /** Stops listening (unsubscribes every channel of the market). */
  stop: () => void;
} {
  const record: MarketDataRecord = {
    market: p.market,
    marketIndex: p.marketIndex,
    perp: p.perp,
    book: { frames: 0, snapshots: 0, crossed: 0, resets: [] },
    ticker: { seen: 0, valid: 0 },
    trades: { seen: 0, valid: 0 },
    candles: { seen: 0, valid: 0 },
    candlesRest: null,
    funding: { seen: 0, valid: 0 },
    stats: { seen: 0, markPrice: 0, indexPrice: 0 },
  };
  const resubscribedSince = new Set<MarketDataRecord['book']['resets'][number]>();
  const book = p.ws.subscribe(orderBookChannel({ marketIndex: p.marketIndex }));
  const ticker = p.ws.subscribe(tickerChannel({ marketIndex: p.marketIndex }));
  const trades = p.ws.subscribe(tradeChannel({ marketIndex: p.marketIndex }));
  const candles = p.ws.subscribe(candleChannel({ marketIndex: p.marketIndex, resolution: '1m' }));
  const stats = p.ws.subscribe(marketStatsChannel({ market: p.marketIndex }));
  const offs = [
    book.on('data', (e: OrderBookEvent) => {
      record.book.frames++;
      if (e.beginNonce === 0) record.book.snapshots++;
      // The first book frame after the venue re-confirmed the subscription is the fresh snapshot
      // the gap detector asked for: only then is that reset resynced.
      for (const r of record.book.resets) if (resubscribedSince.has(r)) r.resynced = true;
      const bid = e.book.bestBid();
      const ask = e.book.bestAsk();
      if (bid && ask && compareDecimals(bid.price, ask.price) >= 0) record.book.crossed++;
    }),
    book.on('reset', (r) => void record.book.resets.push({ reason: r.reason, resynced: false })),
    book.on('resubscribed', () => {
      for (const r of record.book.resets) resubscribedSince.add(r);
    }),
    ticker.on('data', (e: TickerEvent) => {
      record.ticker.seen++;
      if (e.bestBid && e.bestAsk && compareDecimals(e.bestBid.price, e.bestAsk.price) < 0) record.ticker.valid++;
    }),
    trades.on('data', (e: TradeEvent) => {
      for (const t of e.trades) {
        record.trades.seen++;
        if (positive(t.price) && positive(t.size) && typeof t.is_maker_ask === 'boolean') record.trades.valid++;
      }
    }),
    candles.on('data', (e: CandleEvent) => {
      record.candles.seen++;
      if (validOhlc(e.candle)) record.candles.valid++;
    }),
    stats.on('data', (e: MarketStatsEvent) => {
      const s = e.stats[String(p.marketIndex)];
      if (!s) return;
      record.stats.seen++;
      if (positive(s.mark_price)) record.stats.markPrice++;
      if (positive(s.index_price)) record.stats.indexPrice++;
      if (s.current_funding_rate !== undefined) {
        record.funding.seen++;
        if (typeof s.current_funding_rate === 'string' && /^-?\d+(\.\d+)?$/.test(s.current_funding_rate))
          record.funding.valid++;
      }
    }),
  ];
  let stopped = false;
  return {
    record,
    stop: () => {
      if (stopped) return;
      stopped = true;
      for (const off of offs) off();
      for (const s of [book, ticker, trades, candles, stats]) s.unsubscribe();
    },
  };
}
