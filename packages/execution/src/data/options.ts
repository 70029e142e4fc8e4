/**
 * The public contract types of the data client: its events and its constructor options. One job: name what a
 * user passes and receives, so the client (./client.ts), its wiring (./parts.ts) and its modules import them
 * without importing each other.
 */
import type { LighterHttpClient } from '@lighter-ts/http';
import type { LighterWsClient } from '@lighter-ts/streaming';
import type { LighterClientConfigInput } from '../config/config.js';
import type { LighterInstrument } from '../instruments/instrument.js';
import type { InstrumentStatus } from '../instruments/provider.js';
import type { AccountStreamUpdate } from './account-feed.js';
import type { BinaryMarketStats, UpDownBar } from './binary-streams.js';
import type {
  Bar,
  DataGap,
  DataResumed,
  FundingRateUpdate,
  IndexPriceUpdate,
  MarkPriceUpdate,
  OrderBookDeltas,
  OrderBookDepth10,
  QuoteTick,
  TradeTick,
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
