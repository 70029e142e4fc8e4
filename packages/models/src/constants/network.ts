/** Hosts and chain ids (lighter-api.md §1). */

/**
 * L2 chain id signed into every tx hash (lighter-api.md §1; SIGN §8.1).
 *
 * @example
 * import { CHAIN_ID } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const CHAIN_ID = {
  MAINNET: 304,
  TESTNET: 300,
} as const;
/** Union of {@link CHAIN_ID} values. */
export type ChainId = (typeof CHAIN_ID)[keyof typeof CHAIN_ID];

/**
 * Public endpoints per network (lighter-api.md §1).
 *
 * @example
 * import { NETWORK } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const NETWORK = {
  mainnet: {
    chainId: 304,
    httpUrl: 'https://mainnet.zklighter.elliot.ai',
    wsUrl: 'wss://mainnet.zklighter.elliot.ai/stream',
  },
  testnet: {
    chainId: 300,
    httpUrl: 'https://testnet.zklighter.elliot.ai',
    wsUrl: 'wss://testnet.zklighter.elliot.ai/stream',
  },
} as const;
/** Union of network names. */
export type NetworkName = keyof typeof NETWORK;

/**
 * Candle resolutions accepted by `/candles` (lighter-api.md §4.1, §7).
 *
 * @example
 * import { CANDLE_RESOLUTIONS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const CANDLE_RESOLUTIONS = ['1m', '5m', '15m', '30m', '1h', '4h', '12h', '1d', '1w'] as const;
/** Union of {@link CANDLE_RESOLUTIONS}. */
export type CandleResolution = (typeof CANDLE_RESOLUTIONS)[number];

/**
 * Length of each candle resolution in milliseconds (lighter-api.md §7): the one table that bar
 * bucketing, candle pagination and the simulator all use.
 *
 * @example
 * import { CANDLE_RESOLUTION_MS } from '@lighter-ts/models';
 * CANDLE_RESOLUTION_MS['1h']; // 3_600_000
 * @throws never (a constant)
 */
export const CANDLE_RESOLUTION_MS = {
  '1m': 60_000,
  '5m': 300_000,
  '15m': 900_000,
  '30m': 1_800_000,
  '1h': 3_600_000,
  '4h': 14_400_000,
  '12h': 43_200_000,
  '1d': 86_400_000,
  '1w': 604_800_000,
} as const satisfies Record<CandleResolution, number>;

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
 * Maximum auth token validity: 8 hours (lighter-api.md §3).
 *
 * @example
 * import { AUTH_TOKEN_MAX_VALIDITY_S } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const AUTH_TOKEN_MAX_VALIDITY_S = 8 * 60 * 60;
/**
 * Keepalive: something must be sent at least every 2 minutes (lighter-api.md §5.1).
 *
 * @example
 * import { WS_KEEPALIVE_MAX_MS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const WS_KEEPALIVE_MAX_MS = 120_000;
/**
 * Client batch size cap used by NT/CCXT (lighter-api.md §5.4).
 *
 * @example
 * import { MAX_TX_BATCH_SIZE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MAX_TX_BATCH_SIZE = 15;
