/**
 * Public market-data channels of the data client: order-book deltas and top-10 depth, quotes from the ticker,
 * public trades, candles and market stats (mark / index prices, funding rates), each mapped to its Nautilus
 * data type and emitted as an event. One job: channel frame -> Nautilus data; the subscription lifecycle is in
 * ./subscriptions.ts, the client class (./client.ts) delegates here.
 */
import {
  type WsCandleResolution,
  candleChannel,
  marketStatsChannel,
  orderBookChannel,
  spotMarketStatsChannel,
  tickerChannel,
  tradeChannel,
} from '@lighter-ts/streaming';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import type { LighterInstrument } from '../instruments/instrument.js';
import type { BoundedDedupSet } from '../orders/dedup.js';
import type { TopOfBook } from '../translate/order-translation.js';
import { bookClearDeltas, bookFrameToDeltas } from './book-deltas.js';
import { perpStatsOf, presentDecimal, spotStatsOf } from './stats-entries.js';
import { toTradeTick } from './requests.js';
import { addSubscription, type ChannelContext, subOpts } from './subscriptions.js';
import { type BarResolution, type BookType, barTypeOf, resolutionMs } from './types.js';

/** What the market-data channels need of the data client. */
export interface MarketSubscriptionContext extends ChannelContext {
  /** Cached best bid / ask per instrument (for `topOfBook`). */
  readonly quotes: Map<string, TopOfBook>;
  /** Trade ids already emitted (the venue can repeat a trade across frames). */
  readonly trades: BoundedDedupSet;
}

/**
 * L2 book deltas (snapshot Clear+Adds, then Update/Delete; sequence = venue nonce). Gaps are
 * resynced by the streaming layer with a fresh snapshot (D2); a reset (connection lost, gap)
 * emits `dataGap` and a lone CLEAR delta at once, so the book is never silently stale during
 * the reconnect backoff, then `dataResumed` and the fresh snapshot.
 * @throws ExecutionError UNSUPPORTED_REQUEST for a book type other than L2_MBP; INSTRUMENT_NOT_FOUND
 */
export function subscribeBookDeltas(
  ctx: MarketSubscriptionContext,
  params: { instrumentId: string; bookType?: BookType },
): void {
  if ((params.bookType ?? 'L2_MBP') !== 'L2_MBP') {
    throw new ExecutionError({
      code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
      message: `Lighter supports L2_MBP books only, got ${params.bookType}`,
    });
  }
  const i = ctx.instrument(params.instrumentId);
  let lastNonce = 0;
  addSubscription(
    ctx,
    `deltas:${i.instrumentId}`,
    () => ctx.ws.subscribe(orderBookChannel({ marketIndex: i.marketIndex }), subOpts(ctx)),
    (e) => {
      const now = ctx.now();
      lastNonce = e.nonce;
      ctx.events.emit(
        'deltas',
        bookFrameToDeltas({
          instrumentId: i.instrumentId,
          phase: e.phase,
          bids: e.bids,
          asks: e.asks,
          nonce: e.nonce,
          tsEvent: e.timestamp ?? now,
          tsInit: now,
        }),
      );
    },
    {
      instrumentId: i.instrumentId,
      dataType: 'deltas',
      onGap: () => {
        const now = ctx.now();
        ctx.events.emit(
          'deltas',
          bookClearDeltas({ instrumentId: i.instrumentId, sequence: lastNonce, tsEvent: now, tsInit: now }),
        );
      },
    },
  );
}

/**
 * Top-10 view after every accepted book frame (shares the venue order_book subscription, D3).
 * @throws ExecutionError INSTRUMENT_NOT_FOUND
 */
export function subscribeBookDepth10(ctx: MarketSubscriptionContext, params: { instrumentId: string }): void {
  const i = ctx.instrument(params.instrumentId);
  addSubscription(
    ctx,
    `depth10:${i.instrumentId}`,
    () => ctx.ws.subscribe(orderBookChannel({ marketIndex: i.marketIndex }), subOpts(ctx)),
    (e) => {
      const d = e.book.depth(10);
      const now = ctx.now();
      ctx.events.emit('depth10', {
        instrumentId: i.instrumentId,
        bids: d.bids,
        asks: d.asks,
        sequence: d.nonce,
        tsEvent: e.timestamp ?? now,
        tsInit: now,
      });
    },
    { instrumentId: i.instrumentId, dataType: 'depth10' },
  );
}

/**
 * Quotes from `ticker` (D5); also cached for {@link topOfBook}.
 * @throws ExecutionError INSTRUMENT_NOT_FOUND
 */
export function subscribeQuotes(ctx: MarketSubscriptionContext, params: { instrumentId: string }): void {
  const i = ctx.instrument(params.instrumentId);
  addSubscription(
    ctx,
    `quotes:${i.instrumentId}`,
    () => ctx.ws.subscribe(tickerChannel({ marketIndex: i.marketIndex }), subOpts(ctx)),
    (e) => {
      const bid = e.bestBid;
      const ask = e.bestAsk;
      ctx.quotes.set(i.instrumentId, { bid: bid?.price || undefined, ask: ask?.price || undefined });
      if (bid === undefined || ask === undefined || bid.price === '' || ask.price === '') return; // thin market: no quote
      const now = ctx.now();
      ctx.events.emit('quote', {
        instrumentId: i.instrumentId,
        bidPrice: bid.price,
        askPrice: ask.price,
        bidSize: bid.size,
        askSize: ask.size,
        tsEvent: e.timestamp ?? now,
        tsInit: now,
      });
    },
    { instrumentId: i.instrumentId, dataType: 'quotes', onGap: () => ctx.quotes.delete(i.instrumentId) },
  );
}

/**
 * Public trades (D6), deduplicated by trade id.
 * @throws ExecutionError INSTRUMENT_NOT_FOUND
 */
export function subscribeTrades(ctx: MarketSubscriptionContext, params: { instrumentId: string }): void {
  const i = ctx.instrument(params.instrumentId);
  addSubscription(
    ctx,
    `trades:${i.instrumentId}`,
    () => ctx.ws.subscribe(tradeChannel({ marketIndex: i.marketIndex }), subOpts(ctx)),
    (e) => {
      if (e.phase === 'snapshot') return; // history replay on subscribe
      for (const t of [...e.trades, ...e.liquidationTrades]) {
        const tick = toTradeTick(ctx, i, t);
        if (ctx.trades.mark(`${i.instrumentId}:${tick.tradeId}`)) ctx.events.emit('trade', tick);
      }
    },
    { instrumentId: i.instrumentId, dataType: 'trades' },
  );
}

/**
 * Closed bars from `candle` (1m..1d; 1w is REST-only, D7).
 * @throws ExecutionError UNSUPPORTED_REQUEST for 1w; INSTRUMENT_NOT_FOUND
 */
export function subscribeBars(
  ctx: MarketSubscriptionContext,
  params: { instrumentId: string; resolution: BarResolution },
): void {
  if (params.resolution === '1w')
    throw new ExecutionError({
      code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
      message: '1w bars are REST-only (requestBars)',
    });
  const i = ctx.instrument(params.instrumentId);
  const resolution = params.resolution as WsCandleResolution;
  addSubscription(
    ctx,
    `bars:${i.instrumentId}:${resolution}`,
    () => ctx.ws.subscribe(candleChannel({ marketIndex: i.marketIndex, resolution }), subOpts(ctx)),
    (e) => {
      const c = e.candle;
      const now = ctx.now();
      ctx.events.emit('bar', {
        barType: barTypeOf(i.instrumentId, params.resolution),
        instrumentId: i.instrumentId,
        open: c.open,
        high: c.high,
        low: c.low,
        close: c.close,
        volume: c.volume,
        tsEvent: c.openTime + resolutionMs(params.resolution),
        tsInit: now,
      });
    },
    { instrumentId: i.instrumentId, dataType: 'bars' },
  );
}

/** Key of a market-stats subscription. @throws never */
export function statsKey(i: LighterInstrument, what: string): string {
  return `${what}:${i.instrumentId}`;
}

/**
 * Mark price, index price or funding rate of an instrument from `market_stats` (`spot_market_stats` for spot).
 * @throws ExecutionError UNSUPPORTED_REQUEST for mark prices or funding rates of a spot market
 */
export function subscribeStats(
  ctx: MarketSubscriptionContext,
  i: LighterInstrument,
  what: 'mark' | 'index' | 'funding',
): void {
  const spot = i.kind === 'spot';
  if (spot && what !== 'index') {
    throw new ExecutionError({
      code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
      message: `${what} prices are perp-only (${i.instrumentId} is spot)`,
    });
  }
  // What this subscription emits, read from the market's typed entry (./stats-entries.ts).
  const emit = (
    s: {
      mark: string | null | undefined;
      index: string | null | undefined;
      funding: string | null | undefined;
      nextFundingMs: number | null | undefined;
    },
    timestamp: number | undefined,
  ) => {
    const now = ctx.now();
    const ts = timestamp ?? now;
    const v = presentDecimal(what === 'mark' ? s.mark : what === 'index' ? s.index : s.funding);
    if (v === undefined) return;
    if (what === 'mark')
      ctx.events.emit('markPrice', { instrumentId: i.instrumentId, value: v, tsEvent: ts, tsInit: now });
    else if (what === 'index')
      ctx.events.emit('indexPrice', { instrumentId: i.instrumentId, value: v, tsEvent: ts, tsInit: now });
    else
      ctx.events.emit('fundingRate', {
        instrumentId: i.instrumentId,
        rate: v,
        intervalMins: 60,
        nextFundingMs: s.nextFundingMs ?? undefined,
        tsEvent: ts,
        tsInit: now,
      });
  };
  const stream = {
    instrumentId: i.instrumentId,
    dataType:
      what === 'mark' ? ('markPrice' as const) : what === 'index' ? ('indexPrice' as const) : ('fundingRate' as const),
  };
  if (spot) {
    addSubscription(
      ctx,
      statsKey(i, what),
      () => ctx.ws.subscribe(spotMarketStatsChannel({ market: i.marketIndex }), subOpts(ctx)),
      (e) => {
        const s = spotStatsOf(e, i.marketIndex);
        if (s !== undefined)
          emit({ mark: undefined, index: s.index_price, funding: undefined, nextFundingMs: undefined }, e.timestamp);
      },
      stream,
    );
    return;
  }
  addSubscription(
    ctx,
    statsKey(i, what),
    () => ctx.ws.subscribe(marketStatsChannel({ market: i.marketIndex }), subOpts(ctx)),
    (e) => {
      const s = perpStatsOf(e, i.marketIndex);
      if (s !== undefined)
        emit(
          {
            mark: s.mark_price,
            index: s.index_price,
            funding: s.current_funding_rate,
            nextFundingMs: s.funding_timestamp,
          },
          e.timestamp,
        );
    },
    stream,
  );
}
