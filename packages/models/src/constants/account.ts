/** Account, margin and asset enums (docs/protocol/rest.md#response-models, docs/protocol/transactions.md#other-order-transactions, docs/protocol/transactions.md#attributes). */

/**
 * Position / UpdateLeverage `MarginMode` (docs/protocol/transactions.md#other-order-transactions).
 *
 * @example
 * import { MARGIN_MODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MARGIN_MODE = {
  CROSS: 0,
  ISOLATED: 1,
} as const;
/** Union of {@link MARGIN_MODE} values. */
export type MarginMode = (typeof MARGIN_MODE)[keyof typeof MARGIN_MODE];

/**
 * `market_config.market_margin_mode` (docs/protocol/rest.md#response-models).
 *
 * @example
 * import { MARKET_MARGIN_MODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MARKET_MARGIN_MODE = {
  ALL: 0,
  ISOLATED_FOR_NON_POOLS: 1,
} as const;

/**
 * `UpdateMargin.Direction` (docs/protocol/transactions.md#other-order-transactions).
 *
 * @example
 * import { MARGIN_DIRECTION } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MARGIN_DIRECTION = {
  REMOVE: 0,
  ADD: 1,
} as const;
/** Union of {@link MARGIN_DIRECTION} values. */
export type MarginDirection = (typeof MARGIN_DIRECTION)[keyof typeof MARGIN_DIRECTION];

/**
 * Asset `margin_mode` spellings (docs/protocol/enums.md; `priced_only` seen in 2026 data).
 *
 * @example
 * import { ASSET_MARGIN_MODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ASSET_MARGIN_MODE = {
  ENABLED: 'enabled',
  DISABLED: 'disabled',
  PRICED_ONLY: 'priced_only',
} as const;
/** Union of {@link ASSET_MARGIN_MODE} values. */
export type AssetMarginMode = (typeof ASSET_MARGIN_MODE)[keyof typeof ASSET_MARGIN_MODE];

/**
 * `account_type` (docs/protocol/rest.md#response-models, PYD `AccountAccountTypeEnum`).
 *
 * @example
 * import { ACCOUNT_TYPE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ACCOUNT_TYPE = {
  MASTER: 0,
  SUB: 1,
  PUBLIC_POOL: 2,
  INSURANCE_FUND: 3,
  LIGHTER_STAKING_POOL: 4,
  TREASURY_SUB: 5,
} as const;
/** Union of {@link ACCOUNT_TYPE} values. */
export type AccountType = (typeof ACCOUNT_TYPE)[keyof typeof ACCOUNT_TYPE];

/**
 * `account_trading_mode` (docs/protocol/rest.md#response-models).
 *
 * @example
 * import { ACCOUNT_TRADING_MODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ACCOUNT_TRADING_MODE = {
  SIMPLE: 0,
  UNIFIED: 1,
} as const;
/** Union of {@link ACCOUNT_TRADING_MODE} values. */
export type AccountTradingMode = (typeof ACCOUNT_TRADING_MODE)[keyof typeof ACCOUNT_TRADING_MODE];

/**
 * Withdraw / transfer `RouteType` (docs/protocol/transactions.md#other-order-transactions).
 *
 * @example
 * import { ROUTE_TYPE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ROUTE_TYPE = {
  PERPS: 0,
  SPOT: 1,
} as const;
/** Union of {@link ROUTE_TYPE} values. */
export type RouteType = (typeof ROUTE_TYPE)[keyof typeof ROUTE_TYPE];

/**
 * Known asset ids (docs/protocol/transactions.md#other-order-transactions: PY `ASSET_TO_TICKER_SCALE`, LG `USDCAssetIndex`).
 *
 * @example
 * import { ASSET_ID } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ASSET_ID = {
  ETH: 1,
  LIT: 2,
  USDC: 3,
  LINK: 5,
  UNI: 6,
  AAVE: 7,
  SKY: 8,
  LDO: 9,
} as const;

/**
 * `L2TxAttributes` keys (docs/protocol/transactions.md#attributes).
 *
 * @example
 * import { TX_ATTRIBUTE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TX_ATTRIBUTE = {
  INTEGRATOR_ACCOUNT_INDEX: 1,
  INTEGRATOR_TAKER_FEE: 2,
  INTEGRATOR_MAKER_FEE: 3,
  SKIP_TX_NONCE: 4,
  CANCEL_ALL_MARKET_INDEX: 5,
  SELF_TRADE_BEHAVIOR_MODE: 6,
  SELF_TRADE_EQUALITY_MODE: 7,
} as const;

/**
 * SelfTradeBehaviorMode attribute values (docs/protocol/transactions.md#attributes).
 *
 * @example
 * import { SELF_TRADE_BEHAVIOR } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const SELF_TRADE_BEHAVIOR = {
  EXPIRE_MAKER: 0,
  EXPIRE_TAKER: 1,
  CANCEL_BOTH: 2,
  REDUCE: 3,
} as const;

/**
 * API key index sentinels (docs/protocol/transactions.md#api-keys).
 *
 * @example
 * import { API_KEY_INDEX } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const API_KEY_INDEX = {
  MIN: 0,
  MAX: 254,
  /**
   * Lowest slot a user should register: 0-3 belong to Lighter's own apps, and registering over a slot
   * revokes the key of the app using it (docs/protocol/transactions.md#api-keys).
   */
  FIRST_UNRESERVED: 4,
  /** Query sentinel "all keys" for /apikeys and the SDK's "pick a key". */
  ALL: 255,
} as const;

/**
 * Market id sentinel "all markets" for market-data queries (docs/protocol/rest.md#market-data).
 *
 * @example
 * import { ALL_MARKETS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ALL_MARKETS = 255;

/**
 * `market_type` spellings.
 *
 * @example
 * import { MARKET_TYPE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MARKET_TYPE = {
  PERP: 'perp',
  SPOT: 'spot',
} as const;
/** Union of {@link MARKET_TYPE} values. */
export type MarketType = (typeof MARKET_TYPE)[keyof typeof MARKET_TYPE];
