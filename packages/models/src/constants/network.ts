/** Venue-wide limits and resolutions (the network table itself is in networks.ts). */

/**
 * Candle resolutions accepted by `/candles` (docs/protocol/rest.md#market-data, docs/protocol/enums.md).
 *
 * @example
 * import { CANDLE_RESOLUTIONS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const CANDLE_RESOLUTIONS = ['1m', '5m', '15m', '30m', '1h', '4h', '12h', '1d', '1w'] as const;
/** Union of {@link CANDLE_RESOLUTIONS}. */
export type CandleResolution = (typeof CANDLE_RESOLUTIONS)[number];

/**
 * Length of each candle resolution in milliseconds (docs/protocol/enums.md): the one table that bar
 * bucketing, candle pagination and the simulator all use.
 *
 * @example
 * import { CANDLE_RESOLUTION_MS } from '@lighter-ts/models';
 * CANDLE_RESOLUTION_MS['1h']; // 3_600_000
 * @throws never (a constant)
 */
export const CANDLE_RESOLUTION_MS = {
  /** One minute: 60 000 ms. */
  '1m': 60_000,
  /** Five minutes: 300 000 ms. */
  '5m': 300_000,
  /** Fifteen minutes: 900 000 ms. */
  '15m': 900_000,
  /** Thirty minutes: 1 800 000 ms. */
  '30m': 1_800_000,
  /** One hour: 3 600 000 ms. */
  '1h': 3_600_000,
  /** Four hours: 14 400 000 ms. */
  '4h': 14_400_000,
  /** Twelve hours: 43 200 000 ms. */
  '12h': 43_200_000,
  /** One day: 86 400 000 ms (the largest resolution of WS candles). */
  '1d': 86_400_000,
  /** One week: 604 800 000 ms (REST candles only). */
  '1w': 604_800_000,
} as const satisfies Record<CandleResolution, number>;

/**
 * Bucket widths accepted by `/pnl` (docs/protocol/enums.md: no `30m`, `12h` or `1w`, unlike candles).
 *
 * @example
 * import { PNL_RESOLUTIONS } from '@lighter-ts/models';
 * PNL_RESOLUTIONS.includes('4h'); // true
 * @throws never (a constant)
 */
export const PNL_RESOLUTIONS = ['1m', '5m', '15m', '1h', '4h', '1d'] as const;
/** Union of {@link PNL_RESOLUTIONS}. */
export type PnlResolution = (typeof PNL_RESOLUTIONS)[number];

/**
 * Funding resolutions accepted by `/fundings`.
 *
 * @example
 * import { FUNDING_RESOLUTIONS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const FUNDING_RESOLUTIONS = ['1h', '1d'] as const;
/** Union of {@link FUNDING_RESOLUTIONS}. */
export type FundingResolution = (typeof FUNDING_RESOLUTIONS)[number];

/**
 * Maximum auth token validity: 8 hours (docs/protocol/rest.md#authentication).
 *
 * @example
 * import { AUTH_TOKEN_MAX_VALIDITY_S } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const AUTH_TOKEN_MAX_VALIDITY_S = 8 * 60 * 60;
/**
 * Keepalive: something must be sent at least every 2 minutes (docs/protocol/websocket.md#frames-and-lifecycle).
 *
 * @example
 * import { WS_KEEPALIVE_MAX_MS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const WS_KEEPALIVE_MAX_MS = 120_000;
/**
 * WebSocket limits per IP (docs/protocol/errors-and-limits.md#websocket-limits; NT docs 2026 [T]): open
 * connections and new connections per minute (23003 beyond), subscriptions and distinct accounts per
 * connection (23001 / 23002), client messages per minute (sendTx not counted, 30009) and un-acknowledged
 * messages in flight (30010).
 *
 * @example
 * import { WS_LIMITS } from '@lighter-ts/models';
 * WS_LIMITS.SUBSCRIPTIONS_PER_CONNECTION; // 500
 * @throws never (a constant)
 */
export const WS_LIMITS = {
  /** Open WebSocket connections one IP may hold (23003 beyond). */
  CONNECTIONS_PER_IP: 255,
  /** New WebSocket connections one IP may open per minute (23003 beyond). */
  NEW_CONNECTIONS_PER_MINUTE: 255,
  /** Channel subscriptions one connection may hold (23001 beyond). */
  SUBSCRIPTIONS_PER_CONNECTION: 500,
  /** Distinct accounts one connection may subscribe to (23002 beyond). */
  ACCOUNTS_PER_CONNECTION: 500,
  /** Client messages per minute, sendTx not counted (30009 beyond). */
  MESSAGES_PER_MINUTE: 200,
  /** Client messages not yet acknowledged by the venue at once (30010 beyond). */
  MESSAGES_IN_FLIGHT: 50,
} as const;
/**
 * The venue's cap on txs per `sendTxBatch` (REST and WS): above it the venue answers 21514
 * "maximum 50 transactions allowed per batch" (docs/protocol/transactions.md#batches).
 *
 * @example
 * import { MAX_TX_BATCH_SIZE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MAX_TX_BATCH_SIZE = 50;
/**
 * Txs per `sendTxBatch` a client sends unless configured otherwise: 15, what the official asyncapi,
 * NautilusTrader and ccxt use, while the venue's docs and 21514 say 50 (docs/protocol/transactions.md#batches).
 *
 * @example
 * import { DEFAULT_TX_BATCH_SIZE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const DEFAULT_TX_BATCH_SIZE = 15;
