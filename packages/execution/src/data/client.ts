/**
 * LighterDataClient: Nautilus-style market-data client (docs/protocol/nautilus.md#parity-checklist). Instruments are
 * loaded and emitted before connect() resolves; the WS is read-only (C4); book deltas carry
 * Nautilus flags and the venue nonce as sequence; shared venue channels are ref-counted by the
 * streaming layer; unsupported requests throw UNSUPPORTED_REQUEST (never an empty answer, D10).
 */
import type { SimpleOrder, Trade } from '@lighter-ts/models';
import {
  LighterHttpClient,
  paginateCandles,
  paginateFundings,
  type ReadOnlyAuth,
  readOnlyTokenAuth,
} from '@lighter-ts/http';
import {
  boMarketStatsChannel,
  type CandleResolution,
  candleChannel,
  LighterWsClient,
  marketStatsChannel,
  orderBookChannel,
  spotMarketStatsChannel,
  type Subscription,
  tickerChannel,
  tradeChannel,
  upDownCandleChannel,
} from '@lighter-ts/streaming';
import type { UpDownCandleResolution } from '@lighter-ts/models';
import { type LighterClientConfigInput, type ResolvedClientConfig, resolveClientConfig } from '../config/config.js';
import { EXECUTION_ERROR_CODE, ExecutionConfigError, ExecutionError } from '../errors.js';
import type { AccountStreams } from '../execution/account-streams.js';
import { type AccountStreamUpdate, startAccountFeed } from './account-feed.js';
import {
  type BinaryMarketStats,
  binaryStatsOf,
  requireBinary,
  type UpDownBar,
  type UpDownSeries,
  upDownBarsOf,
  upDownSeriesOf,
} from './binary-streams.js';
import type { LighterInstrument } from '../instruments/instrument.js';
import { type InstrumentStatus, InstrumentProvider } from '../instruments/provider.js';
import { BoundedDedupSet } from '../orders/dedup.js';
import type { TopOfBook } from '../translate/order-translation.js';
import { addDecimal, compareDecimal, normalizeDecimal } from '../translate/decimal.js';
import { Emitter } from '../util/emitter.js';
import { toMillis } from '../venue/mapping.js';
import { bookClearDeltas, bookFrameToDeltas } from './book-deltas.js';
import {
  type Bar,
  type BarResolution,
  type BookLevelView,
  type BookType,
  barTypeOf,
  type DataGap,
  type DataResumed,
  type DataStreamType,
  type FundingRateUpdate,
  type IndexPriceUpdate,
  type MarkPriceUpdate,
  type OrderBookDeltas,
  type OrderBookDepth10,
  type OrderBookSnapshot,
  type QuoteTick,
  resolutionMs,
  type TradeTick,
} from './types.js';

/** Events of the data client. */
export interface DataClientEvents {
  /** An instrument loaded or reloaded from the venue. */
  instrument: LighterInstrument;
  /** An instrument's trading status changed. */
  instrumentStatus: InstrumentStatus;
  /** Book deltas of one venue message (after `subscribeBookDeltas`). */
  deltas: OrderBookDeltas;
  /** Top-10 book view after each message (after `subscribeBookDepth10`). */
  depth10: OrderBookDepth10;
  /** Best bid / ask after each book message (after `subscribeQuotes`). */
  quote: QuoteTick;
  /** A public trade (after `subscribeTrades`). */
  trade: TradeTick;
  /** A closed bar (after `subscribeBars`). */
  bar: Bar;
  /** Mark price update (after `subscribeMarkPrices`). */
  markPrice: MarkPriceUpdate;
  /** Index price update (after `subscribeIndexPrices`). */
  indexPrice: IndexPriceUpdate;
  /** Funding rate update (after `subscribeFundingRates`). */
  fundingRate: FundingRateUpdate;
  /** A stream lost its state (reconnect backoff, gap, stale): data is missing until `dataResumed`. */
  dataGap: DataGap;
  /** The stream is confirmed again after a `dataGap`. */
  dataResumed: DataResumed;
  /** Non-fatal problems (refresh failure, listener exception). */
  error: unknown;
  /** Account-stream payloads after {@link LighterDataClient.subscribeAccountStreams}. */
  account: AccountStreamUpdate;
  /** Custom data: `bo_market_stats` of an Up/Down market ({@link LighterDataClient.subscribeBinaryMarketStats}). */
  binaryMarketStats: BinaryMarketStats;
  /** Custom data: candles of an Up/Down underlying ({@link LighterDataClient.subscribeUpDownBars}), one event per candle. */
  upDownBar: UpDownBar;
}

/** Options of {@link LighterDataClient}. */
export interface LighterDataClientOptions {
  /** Client configuration (network, quotas, ids); credentials are optional here. */
  readonly config?: LighterClientConfigInput;
  /** Env read for `LIGHTER_NETWORK` and credentials; pass `process.env` explicitly (never read implicitly). */
  readonly env?: Record<string, string | undefined>;
  /** REST client to use; default a client owned (and closed) by this one. */
  readonly http?: LighterHttpClient;
  /** WebSocket client to use; default a read-only client owned (and closed) by this one. */
  readonly ws?: LighterWsClient;
  /** Clock in ms since the epoch (default `Date.now`; tests inject one). */
  readonly now?: () => number;
  /**
   * Staleness watchdog per market-data stream: no frame for this long -> resubscribe (parity D12,
   * Hyperliquid #4298 class). Default off (thin markets can be legitimately quiet).
   */
  readonly staleAfterMs?: number;
  /**
   * A read-only API token (`ro:…`, docs/protocol/rest.md#read-only-tokens): the client then runs on it alone, with
   * no private key. It authorizes private REST reads and the account streams ({@link LighterDataClient.subscribeAccountStreams});
   * the WS connection stays read-only, so no transaction can be sent on it. Never logged.
   */
  readonly readOnlyToken?: string;
  /**
   * Also load the binary-option (Up/Down) markets from the `events` route as `BinaryOption` instruments
   * (docs/protocol/binary-options.md#events); `orderBookDetails` does not list them. Default false: one more
   * request per instrument load, on a route whose weight is not documented.
   */
  readonly loadBinaryOptions?: boolean;
}

type SubKey = string;

/**
 * @example
 * const data = new LighterDataClient({ config: { network: 'testnet' } });
 * data.on('deltas', (d) => apply(d));
 * await data.connect();
 * data.subscribeBookDeltas({ instrumentId: 'ETH-PERP.LIGHTER' });
 * @throws ExecutionConfigError for invalid config (credentials are optional here)
 */
export class LighterDataClient {
  /** The resolved configuration. */
  readonly config: ResolvedClientConfig;
  /** Instruments of the venue, loaded on `connect()` and refreshed every `updateInstrumentsIntervalMins`. */
  readonly instruments: InstrumentProvider;
  readonly #events: Emitter<DataClientEvents>;
  readonly #http: LighterHttpClient;
  readonly #ownsHttp: boolean;
  readonly #ws: LighterWsClient;
  readonly #ownsWs: boolean;
  readonly #now: () => number;
  readonly #subs = new Map<SubKey, Subscription<unknown>>();
  readonly #quotes = new Map<string, TopOfBook>();
  readonly #trades = new BoundedDedupSet({ capacity: 10_000 });
  readonly #statusSubs = new Set<string>();
  readonly #staleAfterMs: number | undefined;
  readonly #readOnly: ReadOnlyAuth | undefined;
  #accountFeeds = new Map<number, AccountStreams>();
  #connected = false;
  #closing: Promise<void> | undefined;

  constructor(options: LighterDataClientOptions = {}) {
    this.config = resolveClientConfig({
      config: options.config ?? {},
      ...(options.env === undefined ? {} : { env: options.env }),
    });
    this.#readOnly = readOnlyAuthOf(options.readOnlyToken, this.config.network);
    const auth = this.#readOnly === undefined ? {} : { auth: this.#readOnly };
    this.#now = options.now ?? Date.now;
    this.#staleAfterMs = options.staleAfterMs;
    this.#events = new Emitter({ onListenerError: (e) => this.#events.emit('error', e) });
    this.#ownsHttp = options.http === undefined;
    this.#http =
      options.http ??
      new LighterHttpClient({
        network: this.config.network,
        headersTimeoutMs: this.config.httpTimeoutMs,
        rateLimits: {
          budget: {
            restPerMinute: this.config.restQuotaPerMin,
            txPerMinute: this.config.sendTxQuotaPerMin,
            weighted: false,
          },
        },
        ...auth,
      });
    this.#ownsWs = options.ws === undefined;
    this.#ws =
      options.ws ??
      new LighterWsClient({
        network: this.config.network,
        readonly: true,
        connectTimeoutMs: this.config.wsTimeoutMs,
        ...auth,
      });
    this.instruments = new InstrumentProvider({
      fetchDetails: (signal) => this.#http.orderBookDetails({}, signal === undefined ? {} : { signal }),
      ...(options.loadBinaryOptions === true
        ? {
            fetchEvents: (signal?: AbortSignal) =>
              this.#http.events({ limit: 100 }, signal === undefined ? {} : { signal }),
          }
        : {}),
      venue: this.config.venue,
    });
    this.instruments.listen({
      onInstrument: (i) => this.#events.emit('instrument', i),
      onStatus: (s) => {
        if (this.#statusSubs.has(s.instrumentId)) this.#events.emit('instrumentStatus', s);
      },
      onRefreshError: (e) => this.#events.emit('error', e),
    });
  }

  /** Adds a listener; returns a remover. @throws never */
  on<K extends keyof DataClientEvents>(event: K, listener: (payload: DataClientEvents[K]) => void): () => void {
    return this.#events.on(event, listener);
  }

  /**
   * Loads and emits instruments, connects the read-only WS, starts the refresh loop.
   * @throws http / ws errors
   */
  async connect(params: { signal?: AbortSignal } = {}): Promise<void> {
    if (this.#connected) return;
    await this.instruments.load(params);
    await this.#ws.connect(params);
    this.instruments.startRefresh({ intervalMins: this.config.updateInstrumentsIntervalMins });
    this.#connected = true;
  }

  #subOpts(): { staleAfterMs?: number } {
    return this.#staleAfterMs === undefined ? {} : { staleAfterMs: this.#staleAfterMs };
  }

  #instrument(instrumentId: string): LighterInstrument {
    return this.instruments.require(instrumentId);
  }

  #add<E>(
    key: SubKey,
    make: () => Subscription<E>,
    onData: (e: E) => void,
    stream?: { instrumentId: string; dataType: DataStreamType; onGap?: () => void },
  ): void {
    if (this.#subs.has(key)) return;
    const sub = make();
    sub.on('data', (e) => onData(e));
    sub.on('error', (e) => this.#events.emit('error', e));
    if (stream !== undefined) {
      // The streaming layer discards state on reconnect / gap and resyncs; say so downstream
      // instead of leaving consumers on data that silently stopped (issue 12 #10).
      let gapSince: number | undefined;
      sub.on('reset', (r) => {
        const now = this.#now();
        gapSince ??= now;
        this.#events.emit('dataGap', {
          instrumentId: stream.instrumentId,
          dataType: stream.dataType,
          channel: r.channel,
          reason: r.reason,
          tsInit: now,
        });
        stream.onGap?.();
      });
      sub.on('resubscribed', (r) => {
        if (gapSince === undefined) return;
        const now = this.#now();
        this.#events.emit('dataResumed', {
          instrumentId: stream.instrumentId,
          dataType: stream.dataType,
          channel: r.channel,
          gapMs: now - gapSince,
          tsInit: now,
        });
        gapSince = undefined;
      });
    }
    this.#subs.set(key, sub as Subscription<unknown>);
  }

  #remove(key: SubKey): void {
    this.#subs.get(key)?.unsubscribe();
    this.#subs.delete(key);
  }

  /**
   * L2 book deltas (snapshot Clear+Adds, then Update/Delete; sequence = venue nonce). Gaps are
   * resynced by the streaming layer with a fresh snapshot (D2); a reset (connection lost, gap)
   * emits `dataGap` and a lone CLEAR delta at once, so the book is never silently stale during
   * the reconnect backoff, then `dataResumed` and the fresh snapshot.
   * @throws ExecutionError UNSUPPORTED_REQUEST for a book type other than L2_MBP; INSTRUMENT_NOT_FOUND
   */
  subscribeBookDeltas(params: { instrumentId: string; bookType?: BookType }): void {
    if ((params.bookType ?? 'L2_MBP') !== 'L2_MBP') {
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
        message: `Lighter supports L2_MBP books only, got ${params.bookType}`,
      });
    }
    const i = this.#instrument(params.instrumentId);
    let lastNonce = 0;
    this.#add(
      `deltas:${i.instrumentId}`,
      () => this.#ws.subscribe(orderBookChannel({ marketIndex: i.marketIndex }), this.#subOpts()),
      (e) => {
        const now = this.#now();
        lastNonce = e.nonce;
        this.#events.emit(
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
          const now = this.#now();
          this.#events.emit(
            'deltas',
            bookClearDeltas({ instrumentId: i.instrumentId, sequence: lastNonce, tsEvent: now, tsInit: now }),
          );
        },
      },
    );
  }
  /** @throws never */
  unsubscribeBookDeltas(params: { instrumentId: string }): void {
    this.#remove(`deltas:${params.instrumentId}`);
  }

  /**
   * Top-10 view after every accepted book frame (shares the venue order_book subscription, D3).
   * @throws ExecutionError INSTRUMENT_NOT_FOUND
   */
  subscribeBookDepth10(params: { instrumentId: string }): void {
    const i = this.#instrument(params.instrumentId);
    this.#add(
      `depth10:${i.instrumentId}`,
      () => this.#ws.subscribe(orderBookChannel({ marketIndex: i.marketIndex }), this.#subOpts()),
      (e) => {
        const d = e.book.depth(10);
        const now = this.#now();
        this.#events.emit('depth10', {
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
  /** @throws never */
  unsubscribeBookDepth10(params: { instrumentId: string }): void {
    this.#remove(`depth10:${params.instrumentId}`);
  }

  /**
   * Quotes from `ticker` (D5); also cached for {@link topOfBook}.
   * @throws ExecutionError INSTRUMENT_NOT_FOUND
   */
  subscribeQuotes(params: { instrumentId: string }): void {
    const i = this.#instrument(params.instrumentId);
    this.#add(
      `quotes:${i.instrumentId}`,
      () => this.#ws.subscribe(tickerChannel({ marketIndex: i.marketIndex }), this.#subOpts()),
      (e) => {
        const bid = e.bestBid;
        const ask = e.bestAsk;
        this.#quotes.set(i.instrumentId, { bid: bid?.price || undefined, ask: ask?.price || undefined });
        if (bid === undefined || ask === undefined || bid.price === '' || ask.price === '') return; // thin market: no quote
        const now = this.#now();
        this.#events.emit('quote', {
          instrumentId: i.instrumentId,
          bidPrice: bid.price,
          askPrice: ask.price,
          bidSize: bid.size,
          askSize: ask.size,
          tsEvent: e.timestamp ?? now,
          tsInit: now,
        });
      },
      { instrumentId: i.instrumentId, dataType: 'quotes', onGap: () => this.#quotes.delete(i.instrumentId) },
    );
  }
  /** @throws never */
  unsubscribeQuotes(params: { instrumentId: string }): void {
    this.#remove(`quotes:${params.instrumentId}`);
    this.#quotes.delete(params.instrumentId);
  }

  /** Cached best bid/ask (for market-order caps in the execution client). @throws never */
  topOfBook(instrumentId: string): TopOfBook | undefined {
    return this.#quotes.get(instrumentId);
  }

  /**
   * Public trades (D6), deduplicated by trade id.
   * @throws ExecutionError INSTRUMENT_NOT_FOUND
   */
  subscribeTrades(params: { instrumentId: string }): void {
    const i = this.#instrument(params.instrumentId);
    this.#add(
      `trades:${i.instrumentId}`,
      () => this.#ws.subscribe(tradeChannel({ marketIndex: i.marketIndex }), this.#subOpts()),
      (e) => {
        if (e.phase === 'snapshot') return; // history replay on subscribe
        for (const t of [...e.trades, ...e.liquidationTrades]) {
          const tick = this.#toTradeTick(i, t);
          if (this.#trades.mark(`${i.instrumentId}:${tick.tradeId}`)) this.#events.emit('trade', tick);
        }
      },
      { instrumentId: i.instrumentId, dataType: 'trades' },
    );
  }
  /** @throws never */
  unsubscribeTrades(params: { instrumentId: string }): void {
    this.#remove(`trades:${params.instrumentId}`);
  }

  // `t` is already models' parsed Trade (REST recentTrades and the WS trade channel both parse with TradeSchema):
  // map it, never re-check it (issue 13: one parse path).
  #toTradeTick(i: LighterInstrument, t: Trade): TradeTick {
    const now = this.#now();
    // is_maker_ask: the ask rested, so the taker bought (docs/protocol/rest.md#response-models).
    const aggressorSide = t.is_maker_ask ? 'BUYER' : 'SELLER';
    return {
      instrumentId: i.instrumentId,
      price: t.price,
      size: t.size,
      aggressorSide,
      tradeId: t.trade_id_str ?? String(t.trade_id),
      tsEvent: toMillis(t.timestamp) ?? now,
      tsInit: now,
    };
  }

  /**
   * Closed bars from `candle` (1m..1d; 1w is REST-only, D7).
   * @throws ExecutionError UNSUPPORTED_REQUEST for 1w; INSTRUMENT_NOT_FOUND
   */
  subscribeBars(params: { instrumentId: string; resolution: BarResolution }): void {
    if (params.resolution === '1w')
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
        message: '1w bars are REST-only (requestBars)',
      });
    const i = this.#instrument(params.instrumentId);
    const resolution = params.resolution as CandleResolution;
    this.#add(
      `bars:${i.instrumentId}:${resolution}`,
      () => this.#ws.subscribe(candleChannel({ marketIndex: i.marketIndex, resolution }), this.#subOpts()),
      (e) => {
        const c = e.candle;
        const now = this.#now();
        this.#events.emit('bar', {
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
  /** @throws never */
  unsubscribeBars(params: { instrumentId: string; resolution: BarResolution }): void {
    this.#remove(`bars:${params.instrumentId}:${params.resolution}`);
  }

  #statsKey(i: LighterInstrument, what: string): string {
    return `${what}:${i.instrumentId}`;
  }

  #subscribeStats(i: LighterInstrument, what: 'mark' | 'index' | 'funding'): void {
    const spot = i.kind === 'spot';
    if (spot && what !== 'index') {
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
        message: `${what} prices are perp-only (${i.instrumentId} is spot)`,
      });
    }
    const def = spot
      ? spotMarketStatsChannel({ market: i.marketIndex })
      : marketStatsChannel({ market: i.marketIndex });
    this.#add(
      this.#statsKey(i, what),
      () => this.#ws.subscribe(def, this.#subOpts()),
      (e) => {
        const s = e.stats[String(i.marketIndex)];
        if (s === undefined) return;
        const now = this.#now();
        const ts = e.timestamp ?? now;
        const str = (v: unknown) =>
          typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
        if (what === 'mark') {
          const v = str(s.mark_price);
          if (v !== undefined)
            this.#events.emit('markPrice', { instrumentId: i.instrumentId, value: v, tsEvent: ts, tsInit: now });
        } else if (what === 'index') {
          const v = str(s.index_price);
          if (v !== undefined)
            this.#events.emit('indexPrice', { instrumentId: i.instrumentId, value: v, tsEvent: ts, tsInit: now });
        } else {
          const v = str(s.current_funding_rate);
          const next = typeof s.funding_timestamp === 'number' ? s.funding_timestamp : undefined;
          if (v !== undefined)
            this.#events.emit('fundingRate', {
              instrumentId: i.instrumentId,
              rate: v,
              intervalMins: 60,
              nextFundingMs: next,
              tsEvent: ts,
              tsInit: now,
            });
        }
      },
      {
        instrumentId: i.instrumentId,
        dataType: what === 'mark' ? 'markPrice' : what === 'index' ? 'indexPrice' : 'fundingRate',
      },
    );
  }

  /** Mark prices (perp, `market_stats`). @throws ExecutionError UNSUPPORTED_REQUEST for spot */
  subscribeMarkPrices(params: { instrumentId: string }): void {
    this.#subscribeStats(this.#instrument(params.instrumentId), 'mark');
  }
  /** @throws never */
  unsubscribeMarkPrices(params: { instrumentId: string }): void {
    this.#remove(`mark:${params.instrumentId}`);
  }
  /** Index prices (perp `market_stats`, spot `spot_market_stats`). @throws ExecutionError INSTRUMENT_NOT_FOUND */
  subscribeIndexPrices(params: { instrumentId: string }): void {
    this.#subscribeStats(this.#instrument(params.instrumentId), 'index');
  }
  /** @throws never */
  unsubscribeIndexPrices(params: { instrumentId: string }): void {
    this.#remove(`index:${params.instrumentId}`);
  }
  /** Funding rates (perp; the venue's estimate for the upcoming payment). @throws ExecutionError UNSUPPORTED_REQUEST for spot */
  subscribeFundingRates(params: { instrumentId: string }): void {
    this.#subscribeStats(this.#instrument(params.instrumentId), 'funding');
  }
  /** @throws never */
  unsubscribeFundingRates(params: { instrumentId: string }): void {
    this.#remove(`funding:${params.instrumentId}`);
  }

  /**
   * Statistics of an Up/Down market from `bo_market_stats` as `binaryMarketStats` custom data events
   * (docs/protocol/binary-options.md#websocket); `market_stats` leaves binary markets out.
   * @example data.on('binaryMarketStats', (s) => console.log(s.lastTradePrice)); data.subscribeBinaryMarketStats({ instrumentId });
   * @throws ExecutionError UNSUPPORTED_REQUEST for a perp or spot instrument; INSTRUMENT_NOT_FOUND
   */
  subscribeBinaryMarketStats(params: { instrumentId: string }): void {
    const i = this.#instrument(params.instrumentId);
    requireBinary(i, 'bo_market_stats');
    this.#add(
      `boStats:${i.instrumentId}`,
      () => this.#ws.subscribe(boMarketStatsChannel({ market: i.marketIndex }), this.#subOpts()),
      (e) => {
        const entry = e.stats[String(i.marketIndex)];
        if (entry === undefined) return;
        const now = this.#now();
        this.#events.emit(
          'binaryMarketStats',
          binaryStatsOf({ instrument: i, entry, tsEvent: e.timestamp ?? now, tsInit: now }),
        );
      },
      { instrumentId: i.instrumentId, dataType: 'binaryMarketStats' },
    );
  }
  /** @throws never */
  unsubscribeBinaryMarketStats(params: { instrumentId: string }): void {
    this.#remove(`boStats:${params.instrumentId}`);
  }

  /**
   * Candles of the underlying price that decides Up/Down markets, from `up_down_candle/{underlying}/{duration}/{resolution}`,
   * as `upDownBar` custom data events: the history sent on subscribe, then the forming candle about every 500 ms
   * (`closed: false`) and each candle once it closed (docs/protocol/binary-options.md#websocket). Name the series by
   * a binary instrument (read from its event tag) or by `underlying` and `duration`.
   * @example data.subscribeUpDownBars({ underlying: 'btc', duration: '15m', resolution: '1s' });
   * @throws ExecutionError UNSUPPORTED_REQUEST for an instrument that is not binary or whose tag names no series; INSTRUMENT_NOT_FOUND
   * @throws LighterWsError WS_INVALID_ARGUMENT for a bad underlying, duration or resolution
   */
  subscribeUpDownBars(
    params: ({ instrumentId: string } | UpDownSeries) & { resolution: UpDownCandleResolution },
  ): void {
    const series = this.#upDownSeries(params);
    const key = `updown:${series.underlying}/${series.duration}/${params.resolution}`;
    const streamId = 'instrumentId' in params ? params.instrumentId : `${series.underlying}-${series.duration}`;
    this.#add(
      key,
      () => this.#ws.subscribe(upDownCandleChannel({ ...series, resolution: params.resolution }), this.#subOpts()),
      (e) => {
        for (const bar of upDownBarsOf({ event: e, tsInit: this.#now() })) this.#events.emit('upDownBar', bar);
      },
      { instrumentId: streamId, dataType: 'upDownBars' },
    );
  }
  /** @throws ExecutionError INSTRUMENT_NOT_FOUND or UNSUPPORTED_REQUEST when an instrument names no series */
  unsubscribeUpDownBars(
    params: ({ instrumentId: string } | UpDownSeries) & { resolution: UpDownCandleResolution },
  ): void {
    const series = this.#upDownSeries(params);
    this.#remove(`updown:${series.underlying}/${series.duration}/${params.resolution}`);
  }

  #upDownSeries(params: { instrumentId: string } | UpDownSeries): UpDownSeries {
    if ('instrumentId' in params) return upDownSeriesOf(this.#instrument(params.instrumentId));
    return { underlying: params.underlying.toLowerCase(), duration: params.duration };
  }

  /**
   * Instrument status: replays the cached status now and re-emits it on every refresh (I5;
   * Lighter has no WS status stream).
   * @throws ExecutionError INSTRUMENT_NOT_FOUND
   */
  subscribeInstrumentStatus(params: { instrumentId: string }): void {
    const i = this.#instrument(params.instrumentId);
    this.#statusSubs.add(i.instrumentId);
    const s = this.instruments.status(i.instrumentId);
    if (s !== undefined) this.#events.emit('instrumentStatus', s);
  }
  /** @throws never */
  unsubscribeInstrumentStatus(params: { instrumentId: string }): void {
    this.#statusSubs.delete(params.instrumentId);
  }
  /** Re-emits every cached instrument (refreshes re-emit them again). @throws never */
  subscribeInstruments(): void {
    for (const i of this.instruments.all()) this.#events.emit('instrument', i);
  }
  /** Re-emits the cached instrument (no venue stream). @throws ExecutionError INSTRUMENT_NOT_FOUND */
  subscribeInstrument(params: { instrumentId: string }): void {
    this.#events.emit('instrument', this.#instrument(params.instrumentId));
  }

  /** Fresh instruments from `orderBookDetails`. @throws http errors */
  async requestInstruments(params: { signal?: AbortSignal } = {}): Promise<LighterInstrument[]> {
    return this.instruments.load(params);
  }
  /** @throws http errors; ExecutionError INSTRUMENT_NOT_FOUND */
  async requestInstrument(params: { instrumentId: string; signal?: AbortSignal }): Promise<LighterInstrument> {
    await this.instruments.load(params.signal === undefined ? {} : { signal: params.signal });
    return this.instruments.require(params.instrumentId);
  }

  /**
   * REST book snapshot (`orderBookOrders`, depth clamped to 250 orders; D4), aggregated by price.
   * @throws http errors; INSTRUMENT_NOT_FOUND
   */
  async requestBookSnapshot(params: {
    instrumentId: string;
    depth?: number;
    signal?: AbortSignal;
  }): Promise<OrderBookSnapshot> {
    const i = this.#instrument(params.instrumentId);
    const limit = Math.max(1, Math.min(250, params.depth ?? 250));
    const res = await this.#http.orderBookOrders(
      { marketId: i.marketIndex, limit },
      params.signal === undefined ? {} : { signal: params.signal },
    );
    // http parsed the body with models' schema: rows are typed, decimals exact strings.
    const agg = (rows: readonly SimpleOrder[], desc: boolean): BookLevelView[] => {
      const m = new Map<string, string>();
      for (const row of rows) {
        const p = normalizeDecimal(row.price);
        m.set(p, addDecimal(m.get(p) ?? '0', row.remaining_base_amount));
      }
      return [...m.entries()]
        .map(([price, size]) => ({ price, size }))
        .sort((a, b) => (desc ? -1 : 1) * compareDecimal(a.price, b.price));
    };
    return {
      instrumentId: i.instrumentId,
      bids: agg(res.bids, true),
      asks: agg(res.asks, false),
      tsInit: this.#now(),
    };
  }

  /**
   * Recent public trades (`recentTrades`: NOT a deep history), filtered to [start, end] and sorted ascending (D6).
   * @throws http errors; INSTRUMENT_NOT_FOUND
   */
  async requestTrades(params: {
    instrumentId: string;
    limit?: number;
    startMs?: number;
    endMs?: number;
    signal?: AbortSignal;
  }): Promise<TradeTick[]> {
    const i = this.#instrument(params.instrumentId);
    const res = await this.#http.recentTrades(
      { marketId: i.marketIndex, limit: Math.max(1, Math.min(100, params.limit ?? 100)) },
      params.signal === undefined ? {} : { signal: params.signal },
    );
    return res.trades
      .map((t) => this.#toTradeTick(i, t))
      .filter(
        (t) =>
          (params.startMs === undefined || t.tsEvent >= params.startMs) &&
          (params.endMs === undefined || t.tsEvent <= params.endMs),
      )
      .sort((a, b) => a.tsEvent - b.tsEvent);
  }

  /**
   * Bars from `candles` (paged by 500, incl. 1w). Candle values are JSON floats on the wire and are
   * rendered with JS number formatting (docs/protocol/rest.md#conventions).
   * @throws http errors; INSTRUMENT_NOT_FOUND
   */
  async requestBars(params: {
    instrumentId: string;
    resolution: BarResolution;
    startMs: number;
    endMs: number;
    signal?: AbortSignal;
  }): Promise<Bar[]> {
    const i = this.#instrument(params.instrumentId);
    const out: Bar[] = [];
    const now = this.#now();
    const step = resolutionMs(params.resolution);
    for await (const c of paginateCandles(
      this.#http.context,
      {
        marketId: i.marketIndex,
        resolution: params.resolution,
        startTimestamp: params.startMs,
        endTimestamp: params.endMs,
      },
      params.signal === undefined ? {} : { signal: params.signal },
    )) {
      // Typed by models' CandleSchema: o/h/l/c/v are the wire's JSON floats, rendered with JS number formatting.
      out.push({
        barType: barTypeOf(i.instrumentId, params.resolution),
        instrumentId: i.instrumentId,
        open: String(c.o),
        high: String(c.h),
        low: String(c.l),
        close: String(c.c),
        volume: String(c.v ?? 0),
        tsEvent: c.t + step,
        tsInit: now,
      });
    }
    return out;
  }

  /**
   * Historical funding rates (`fundings` 1h, paginated, D9): `direction=short` makes the rate negative.
   * @throws http errors; UNSUPPORTED_REQUEST for spot
   */
  async requestFundingRates(params: {
    instrumentId: string;
    startMs: number;
    endMs: number;
    signal?: AbortSignal;
  }): Promise<FundingRateUpdate[]> {
    const i = this.#instrument(params.instrumentId);
    if (i.kind !== 'perp')
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
        message: 'funding rates are perp-only',
      });
    const out: FundingRateUpdate[] = [];
    const now = this.#now();
    for await (const f of paginateFundings(
      this.#http.context,
      { marketId: i.marketIndex, resolution: '1h', startTimestamp: params.startMs, endTimestamp: params.endMs },
      params.signal === undefined ? {} : { signal: params.signal },
    )) {
      // Typed by models' FundingSchema: `rate` is an exact decimal string, `direction` says its sign.
      const raw = f.rate;
      const rate = f.direction === 'short' && !raw.startsWith('-') && /[1-9]/.test(raw) ? `-${raw}` : raw;
      out.push({
        instrumentId: i.instrumentId,
        rate,
        intervalMins: 60,
        nextFundingMs: undefined,
        tsEvent: toMillis(f.timestamp) ?? now,
        tsInit: now,
      });
    }
    return out;
  }

  /** Unsupported: no timestamped REST quote history (D10). @throws ExecutionError UNSUPPORTED_REQUEST always */
  async requestQuotes(_params: { instrumentId: string }): Promise<never> {
    throw new ExecutionError({
      code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
      message: 'Lighter has no timestamped REST quote history (request_quotes unsupported)',
    });
  }
  /** Unsupported: REST depth carries no venue ts_event (D10). @throws ExecutionError UNSUPPORTED_REQUEST always */
  async requestBookDepth(_params: { instrumentId: string }): Promise<never> {
    throw new ExecutionError({
      code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
      message: 'request_book_depth unsupported (REST book has no venue timestamp); use requestBookSnapshot',
    });
  }

  /** The account a read-only token reads (undefined without `readOnlyToken`). */
  get readOnlyAccountIndex(): number | undefined {
    return this.#readOnly?.accountIndex;
  }

  /**
   * Follow an account: the five account streams (orders, trades, positions, assets, user stats) as `account`
   * events; resolves once each stream has sent its first frame. On a read-only token the account defaults to
   * the token's. Needs `readOnlyToken` or an injected `ws` with auth: the venue wants a token on most account channels.
   * @example const data = new LighterDataClient({ config: { network: 'mainnet' }, readOnlyToken }); await data.connect(); await data.subscribeAccountStreams();
   * @throws ExecutionConfigError field `accountIndex` when neither it nor a read-only token names the account
   * @throws ExecutionError NOT_CONNECTED when a stream stays silent past `timeoutMs` (default the config's connectTimeoutMs), or on abort
   */
  async subscribeAccountStreams(
    params: { accountIndex?: number; timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<void> {
    const accountIndex = params.accountIndex ?? this.#readOnly?.accountIndex;
    if (accountIndex === undefined)
      throw new ExecutionConfigError({
        message: 'subscribeAccountStreams: pass accountIndex or construct the client with readOnlyToken',
        fields: ['accountIndex'],
      });
    if (this.#accountFeeds.has(accountIndex)) return;
    const feed = await startAccountFeed({
      ws: this.#ws,
      accountIndex,
      onUpdate: (u) => this.#events.emit('account', u),
      timeoutMs: params.timeoutMs ?? this.config.connectTimeoutMs,
      ...(params.signal === undefined ? {} : { signal: params.signal }),
    });
    this.#accountFeeds.set(accountIndex, feed);
  }

  /** Stop the account streams of `accountIndex` (default: the read-only token's). @throws never */
  unsubscribeAccountStreams(params: { accountIndex?: number } = {}): void {
    const accountIndex = params.accountIndex ?? this.#readOnly?.accountIndex;
    if (accountIndex === undefined) return;
    this.#accountFeeds.get(accountIndex)?.stop();
    this.#accountFeeds.delete(accountIndex);
  }

  /** Unsubscribes everything, stops the refresh, closes owned clients. Idempotent. @throws never */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#connected = false;
      for (const key of [...this.#subs.keys()]) this.#remove(key);
      this.instruments.close();
      for (const f of this.#accountFeeds.values()) f.stop();
      this.#accountFeeds.clear();
      if (this.#ownsWs) await this.#ws.close();
      if (this.#ownsHttp) await this.#http.close();
    })();
    return this.#closing;
  }
}

/** The read-only token as an auth source, or a config error that names the field without echoing the token. */
function readOnlyAuthOf(token: string | undefined, network: LighterClientNetwork): ReadOnlyAuth | undefined {
  if (token === undefined) return undefined;
  try {
    return readOnlyTokenAuth({ token, network });
  } catch (cause) {
    throw new ExecutionConfigError({
      message:
        'invalid config: readOnlyToken must be a read-only API token ro:{account_index}:{single|all}:{expiry}:{hex}',
      fields: ['readOnlyToken'],
      cause,
    });
  }
}

type LighterClientNetwork = ResolvedClientConfig['network'];
