/**
 * LighterDataClient: Nautilus-style market-data client (docs/protocol/nautilus.md#parity-checklist). Instruments are
 * loaded and emitted before connect() resolves; the WS is read-only (C4); book deltas carry
 * Nautilus flags and the venue nonce as sequence; shared venue channels are ref-counted by the
 * streaming layer; unsupported requests throw UNSUPPORTED_REQUEST (never an empty answer, D10).
 */
import type { LighterHttpClient, ReadOnlyAuth } from '@lighter-ts/http';
import type { UpDownCandleResolution } from '@lighter-ts/models';
import type { LighterWsClient, Subscription } from '@lighter-ts/streaming';
import type { ResolvedClientConfig } from '../config/config.js';
import { EXECUTION_ERROR_CODE, ExecutionConfigError, ExecutionError } from '../errors.js';
import type { AccountStreams } from '../execution/account-streams.js';
import type { LighterInstrument } from '../instruments/instrument.js';
import type { InstrumentProvider } from '../instruments/provider.js';
import { BoundedDedupSet } from '../orders/dedup.js';
import type { TopOfBook } from '../translate/order-translation.js';
import type { Emitter } from '../util/emitter.js';
import { startAccountFeed } from './account-feed.js';
import type { UpDownSeries } from './binary-streams.js';
import * as binary from './binary-subscriptions.js';
import * as market from './market-subscriptions.js';
import type { MarketSubscriptionContext } from './market-subscriptions.js';
import type { DataClientEvents, LighterDataClientOptions } from './options.js';
import { buildDataParts } from './parts.js';
import * as requests from './requests.js';
import type { RequestContext } from './requests.js';
import { removeSubscription, type SubKey } from './subscriptions.js';
import type { Bar, BarResolution, BookType, FundingRateUpdate, OrderBookSnapshot, TradeTick } from './types.js';

export type { DataClientEvents, LighterDataClientOptions } from './options.js';

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
  readonly #subs = new Map<SubKey, Subscription<unknown>>();
  readonly #quotes = new Map<string, TopOfBook>();
  readonly #trades = new BoundedDedupSet({ capacity: 10_000 });
  readonly #statusSubs: Set<string>;
  /** What the channel and request modules need of this client. */
  readonly #ctx: MarketSubscriptionContext & RequestContext;
  readonly #readOnly: ReadOnlyAuth | undefined;
  #accountFeeds = new Map<number, AccountStreams>();
  #connected = false;
  #closing: Promise<void> | undefined;

  constructor(options: LighterDataClientOptions = {}) {
    // The wiring lives in ./parts.ts (LighterLiveDataClientFactory builds through this constructor).
    const p = buildDataParts(options);
    this.config = p.config;
    this.#readOnly = p.readOnly;
    this.#events = p.events;
    this.#ownsHttp = p.ownsHttp;
    this.#http = p.http;
    this.#ownsWs = p.ownsWs;
    this.#ws = p.ws;
    this.instruments = p.instruments;
    this.#statusSubs = p.statusSubs;
    this.#ctx = {
      subs: this.#subs,
      events: p.events,
      now: p.now,
      staleAfterMs: p.staleAfterMs,
      ws: p.ws,
      http: p.http,
      instrument: (instrumentId) => this.#instrument(instrumentId),
      quotes: this.#quotes,
      trades: this.#trades,
    };
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

  #instrument(instrumentId: string): LighterInstrument {
    return this.instruments.require(instrumentId);
  }

  /**
   * L2 book deltas (snapshot Clear+Adds, then Update/Delete; sequence = venue nonce). Gaps are
   * resynced by the streaming layer with a fresh snapshot (D2); a reset (connection lost, gap)
   * emits `dataGap` and a lone CLEAR delta at once, so the book is never silently stale during
   * the reconnect backoff, then `dataResumed` and the fresh snapshot.
   * @throws ExecutionError UNSUPPORTED_REQUEST for a book type other than L2_MBP; INSTRUMENT_NOT_FOUND
   */
  subscribeBookDeltas(params: { instrumentId: string; bookType?: BookType }): void {
    market.subscribeBookDeltas(this.#ctx, params);
  }
  /** @throws never */
  unsubscribeBookDeltas(params: { instrumentId: string }): void {
    removeSubscription(this.#ctx, `deltas:${params.instrumentId}`);
  }

  /**
   * Top-10 view after every accepted book frame (shares the venue order_book subscription, D3).
   * @throws ExecutionError INSTRUMENT_NOT_FOUND
   */
  subscribeBookDepth10(params: { instrumentId: string }): void {
    market.subscribeBookDepth10(this.#ctx, params);
  }
  /** @throws never */
  unsubscribeBookDepth10(params: { instrumentId: string }): void {
    removeSubscription(this.#ctx, `depth10:${params.instrumentId}`);
  }

  /**
   * Quotes from `ticker` (D5); also cached for {@link topOfBook}.
   * @throws ExecutionError INSTRUMENT_NOT_FOUND
   */
  subscribeQuotes(params: { instrumentId: string }): void {
    market.subscribeQuotes(this.#ctx, params);
  }
  /** @throws never */
  unsubscribeQuotes(params: { instrumentId: string }): void {
    removeSubscription(this.#ctx, `quotes:${params.instrumentId}`);
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
    market.subscribeTrades(this.#ctx, params);
  }
  /** @throws never */
  unsubscribeTrades(params: { instrumentId: string }): void {
    removeSubscription(this.#ctx, `trades:${params.instrumentId}`);
  }

  /**
   * Closed bars from `candle` (1m..1d; 1w is REST-only, D7).
   * @throws ExecutionError UNSUPPORTED_REQUEST for 1w; INSTRUMENT_NOT_FOUND
   */
  subscribeBars(params: { instrumentId: string; resolution: BarResolution }): void {
    market.subscribeBars(this.#ctx, params);
  }
  /** @throws never */
  unsubscribeBars(params: { instrumentId: string; resolution: BarResolution }): void {
    removeSubscription(this.#ctx, `bars:${params.instrumentId}:${params.resolution}`);
  }

  /** Mark prices (perp, `market_stats`). @throws ExecutionError UNSUPPORTED_REQUEST for spot */
  subscribeMarkPrices(params: { instrumentId: string }): void {
    market.subscribeStats(this.#ctx, this.#instrument(params.instrumentId), 'mark');
  }
  /** @throws never */
  unsubscribeMarkPrices(params: { instrumentId: string }): void {
    removeSubscription(this.#ctx, `mark:${params.instrumentId}`);
  }
  /** Index prices (perp `market_stats`, spot `spot_market_stats`). @throws ExecutionError INSTRUMENT_NOT_FOUND */
  subscribeIndexPrices(params: { instrumentId: string }): void {
    market.subscribeStats(this.#ctx, this.#instrument(params.instrumentId), 'index');
  }
  /** @throws never */
  unsubscribeIndexPrices(params: { instrumentId: string }): void {
    removeSubscription(this.#ctx, `index:${params.instrumentId}`);
  }
  /** Funding rates (perp; the venue's estimate for the upcoming payment). @throws ExecutionError UNSUPPORTED_REQUEST for spot */
  subscribeFundingRates(params: { instrumentId: string }): void {
    market.subscribeStats(this.#ctx, this.#instrument(params.instrumentId), 'funding');
  }
  /** @throws never */
  unsubscribeFundingRates(params: { instrumentId: string }): void {
    removeSubscription(this.#ctx, `funding:${params.instrumentId}`);
  }

  /**
   * Statistics of an Up/Down market from `bo_market_stats` as `binaryMarketStats` custom data events
   * (docs/protocol/binary-options.md#websocket); `market_stats` leaves binary markets out.
   * @example data.on('binaryMarketStats', (s) => console.log(s.lastTradePrice)); data.subscribeBinaryMarketStats({ instrumentId });
   * @throws ExecutionError UNSUPPORTED_REQUEST for a perp or spot instrument; INSTRUMENT_NOT_FOUND
   */
  subscribeBinaryMarketStats(params: { instrumentId: string }): void {
    binary.subscribeBinaryMarketStats(this.#ctx, params);
  }
  /** @throws never */
  unsubscribeBinaryMarketStats(params: { instrumentId: string }): void {
    removeSubscription(this.#ctx, `boStats:${params.instrumentId}`);
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
    binary.subscribeUpDownBars(this.#ctx, params);
  }
  /** @throws ExecutionError INSTRUMENT_NOT_FOUND or UNSUPPORTED_REQUEST when an instrument names no series */
  unsubscribeUpDownBars(
    params: ({ instrumentId: string } | UpDownSeries) & { resolution: UpDownCandleResolution },
  ): void {
    const series = binary.upDownSeriesFor(this.#ctx, params);
    removeSubscription(this.#ctx, `updown:${series.underlying}/${series.duration}/${params.resolution}`);
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
    return requests.requestBookSnapshot(this.#ctx, params);
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
    return requests.requestTrades(this.#ctx, params);
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
    return requests.requestBars(this.#ctx, params);
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
    return requests.requestFundingRates(this.#ctx, params);
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
      for (const key of [...this.#subs.keys()]) removeSubscription(this.#ctx, key);
      this.instruments.close();
      for (const f of this.#accountFeeds.values()) f.stop();
      this.#accountFeeds.clear();
      if (this.#ownsWs) await this.#ws.close();
      if (this.#ownsHttp) await this.#http.close();
    })();
    return this.#closing;
  }
}
