// Protocol numbers for signing (LG `types/txtypes/constants.go`; lighter-signing.md §8, §12).
// Defined here because @lighter-ts/models is written in parallel; values are identical.

/** L2 transaction type codes that this package can sign (lighter-signing.md §8.2). */
export const TX_TYPE = {
  CHANGE_PUB_KEY: 8,
  CREATE_SUB_ACCOUNT: 9,
  CREATE_PUBLIC_POOL: 10,
  UPDATE_PUBLIC_POOL: 11,
  TRANSFER: 12,
  WITHDRAW: 13,
  CREATE_ORDER: 14,
  CANCEL_ORDER: 15,
  CANCEL_ALL_ORDERS: 16,
  MODIFY_ORDER: 17,
  MINT_SHARES: 18,
  BURN_SHARES: 19,
  UPDATE_LEVERAGE: 20,
  CREATE_GROUPED_ORDERS: 28,
  UPDATE_MARGIN: 29,
  STAKE_ASSETS: 35,
  UNSTAKE_ASSETS: 36,
  UPDATE_ACCOUNT_CONFIG: 41,
  UPDATE_ACCOUNT_ASSET_CONFIG: 42,
  APPROVE_INTEGRATOR: 45,
} as const;

/** Literal union of signable tx type codes. */
export type SignableTxType = (typeof TX_TYPE)[keyof typeof TX_TYPE];

/** Chain ids (lighter-signing.md §8.1). */
export const CHAIN_ID = { MAINNET: 304, TESTNET: 300 } as const;

/** Order types (LG constants.go). */
export const ORDER_TYPE = {
  LIMIT: 0,
  MARKET: 1,
  STOP_LOSS: 2,
  STOP_LOSS_LIMIT: 3,
  TAKE_PROFIT: 4,
  TAKE_PROFIT_LIMIT: 5,
  TWAP: 6,
} as const;

/** Order time-in-force (LG constants.go). */
export const TIME_IN_FORCE = { IMMEDIATE_OR_CANCEL: 0, GOOD_TILL_TIME: 1, POST_ONLY: 2 } as const;

/** CancelAllOrders time-in-force (LG constants.go). */
export const CANCEL_ALL_TIME_IN_FORCE = { IMMEDIATE: 0, SCHEDULED: 1, ABORT_SCHEDULED: 2 } as const;

/** Grouped-order types (LG constants.go). */
export const GROUPING_TYPE = { ONE_TRIGGERS_THE_OTHER: 1, ONE_CANCELS_THE_OTHER: 2, ONE_TRIGGERS_A_ONE_CANCELS_THE_OTHER: 3 } as const;

/** Position margin mode (UpdateLeverage). */
export const MARGIN_MODE = { CROSS: 0, ISOLATED: 1 } as const;

/** UpdateMargin direction. */
export const MARGIN_DIRECTION = { REMOVE: 0, ADD: 1 } as const;

/** Asset route (Transfer/Withdraw). */
export const ROUTE_TYPE = { PERPS: 0, SPOT: 1 } as const;

/** L2TxAttributes type codes (lighter-signing.md §8.3). */
export const ATTRIBUTE_TYPE = {
  INTEGRATOR_ACCOUNT_INDEX: 1,
  INTEGRATOR_TAKER_FEE: 2,
  INTEGRATOR_MAKER_FEE: 3,
  SKIP_TX_NONCE: 4,
  CANCEL_ALL_MARKET_INDEX: 5,
  SELF_TRADE_BEHAVIOR_MODE: 6,
  SELF_TRADE_EQUALITY_MODE: 7,
} as const;

/** Self-trade behaviour modes (attribute 6). */
export const SELF_TRADE_BEHAVIOR = { EXPIRE_MAKER: 0, EXPIRE_TAKER: 1, CANCEL_BOTH: 2, REDUCE: 3 } as const;

/** Self-trade equality modes (attribute 7). */
export const SELF_TRADE_EQUALITY = { ACCOUNT: 0, MASTER_ACCOUNT: 1 } as const;

/** Numeric limits the official signer's Validate() enforces (LG constants.go). */
export const TX_LIMITS = {
  MIN_ACCOUNT_INDEX: -1n,
  MAX_ACCOUNT_INDEX: 2n ** 48n - 2n,
  MAX_MASTER_ACCOUNT_INDEX: 2n ** 47n - 1n,
  MIN_SUB_ACCOUNT_INDEX: 2n ** 47n,
  MAX_API_KEY_INDEX: 254n,
  MAX_PERPS_MARKET_INDEX: 254n,
  NIL_MARKET_INDEX: 255n,
  MIN_SPOT_MARKET_INDEX: 2048n,
  MAX_SPOT_MARKET_INDEX: 4094n,
  MAX_CLIENT_ORDER_INDEX: 2n ** 48n - 1n,
  MIN_ORDER_INDEX: 2n ** 48n,
  MAX_ORDER_INDEX: 2n ** 60n - 1n,
  MAX_ORDER_BASE_AMOUNT: 2n ** 48n - 1n,
  MAX_ORDER_PRICE: 2n ** 32n - 1n,
  MAX_TIMESTAMP: 2n ** 48n - 1n,
  MAX_INT64: 2n ** 63n - 1n,
  MAX_EXCHANGE_USDC: 2n ** 60n - 1n,
  MIN_ASSET_INDEX: 1n,
  MAX_ASSET_INDEX: 62n,
  FEE_TICK: 1_000_000n,
  MARGIN_FRACTION_TICK: 10_000n,
  SHARE_TICK: 10_000n,
  MAX_INITIAL_TOTAL_SHARES: 1_000_000_000_000n,
  MAX_SHARES_TO_MINT_OR_BURN: 2n ** 60n - 1n,
  MAX_GROUPED_ORDERS: 3,
  MAX_ATTRIBUTES: 4,
} as const;

/** Default tx validity: now + 10 min - 1 s, in ms (LG `client/tx_client.go`; vectors' ExpiredAt). */
export const DEFAULT_EXPIRED_AT_OFFSET_MS = 599_000;

/** OrderExpiry `-1` means now + 28 days (LG sharedlib `SignCreateOrder`; lighter-signing.md §12). */
export const DEFAULT_ORDER_EXPIRY_OFFSET_MS = 28 * 24 * 60 * 60 * 1000;
