/** Account, margin and asset enums (docs/protocol/rest.md#response-models, docs/protocol/transactions.md#other-order-transactions, docs/protocol/transactions.md#attributes). */

/**
 * Position / UpdateLeverage `MarginMode` (docs/protocol/transactions.md#other-order-transactions).
 *
 * @example
 * import { MARGIN_MODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MARGIN_MODE = {
  /** 0: the position shares the account's cross collateral with every other cross position. */
  CROSS: 0,
  /** 1: the position has its own collateral (moved in and out with UpdateMargin); its loss is capped at it. */
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
  /** 0: the market accepts cross and isolated positions from every account. */
  ALL: 0,
  /** 1 (`IsolatedForNonPools`): accounts other than public pools may trade it in isolated margin only. */
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
  /** 0: move collateral out of an isolated position back to the account. */
  REMOVE: 0,
  /** 1: move collateral from the account into an isolated position. */
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
  /** `enabled`: the asset counts as collateral at its margin weight. */
  ENABLED: 'enabled',
  /** `disabled`: the asset is held but does not count as collateral. */
  DISABLED: 'disabled',
  /** `priced_only`, seen in 2026 data and undocumented; read as "priced in the portfolio, no margin credit" (unverified). */
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
  /** 0: a master account, owned by an L1 address; master indexes count up from 0 (0-2 are system accounts). */
  MASTER: 0,
  /** 1: a sub-account of a master account (same L1 owner, own API keys and positions). */
  SUB: 1,
  /** 2: a public pool: an account others deposit into for shares, traded by its operator. */
  PUBLIC_POOL: 2,
  /** 3: the insurance fund, which takes over liquidated positions. */
  INSURANCE_FUND: 3,
  /** 4: the LIT staking pool (not on Robinhood Chain). */
  LIGHTER_STAKING_POOL: 4,
  /** 5: a sub-account of the treasury; outgoing transfers from it are refused (venue code 21516). */
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
  /** 0 (`Simple`): perps margined by USDC collateral only. */
  SIMPLE: 0,
  /** 1 (`Unified`): spot balances of margin-enabled assets count as collateral for perps. */
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
  /** 0: the perps balance (USDC collateral) of the account. */
  PERPS: 0,
  /** 1: the spot balance of the asset. */
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
  /** 1: ETH (spot asset). */
  ETH: 1,
  /** 2: LIT, Lighter's token. */
  LIT: 2,
  /** 3: USDC, the perps collateral on Lighter mainnet and testnet. */
  USDC: 3,
  /** 5: LINK (spot asset). */
  LINK: 5,
  /** 6: UNI (spot asset). */
  UNI: 6,
  /** 7: AAVE (spot asset). */
  AAVE: 7,
  /** 8: SKY (spot asset). */
  SKY: 8,
  /** 9: LDO (spot asset). */
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
  /**
   * 1: account index of the integrator charging fees on this order (0 to 2^48-2; must have been approved, else
   * 21149).
   */
  INTEGRATOR_ACCOUNT_INDEX: 1,
  /** 2: integrator taker fee in ppm (0-1 000 000), capped by `systemConfig`. */
  INTEGRATOR_TAKER_FEE: 2,
  /** 3: integrator maker fee in ppm (0-1 000 000), capped by `systemConfig`. */
  INTEGRATOR_MAKER_FEE: 3,
  /** 4: value 1 lifts the strictly-increasing nonce rule for this tx, so it may carry any nonce (CCXT sends now in ms). */
  SKIP_TX_NONCE: 4,
  /** 5: market id (0-255) a CancelAllOrders is limited to. */
  CANCEL_ALL_MARKET_INDEX: 5,
  /** 6: what happens when the order would trade with the same owner (see `SELF_TRADE_BEHAVIOR`). */
  SELF_TRADE_BEHAVIOR_MODE: 6,
  /** 7: what counts as the same owner: 0 the same account, 1 the same master account. */
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
  /** 0: the resting (maker) order is canceled, the incoming one continues. */
  EXPIRE_MAKER: 0,
  /** 1: the incoming (taker) order is canceled, the resting one stays. */
  EXPIRE_TAKER: 1,
  /** 2: both orders are canceled. */
  CANCEL_BOTH: 2,
  /** 3: `reduce` (venue name): both orders shrink instead of trading with each other; not allowed with master-account equality. */
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
  /** Lowest API key index an account has (slots 0-254 hold one key each). */
  MIN: 0,
  /** Highest API key index a key can be registered at. */
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
  /** `perp`: a perpetual futures market, margined with collateral. */
  PERP: 'perp',
  /** `spot`: a spot market exchanging two assets. */
  SPOT: 'spot',
} as const;
/** Union of {@link MARKET_TYPE} values. */
export type MarketType = (typeof MARKET_TYPE)[keyof typeof MARKET_TYPE];
