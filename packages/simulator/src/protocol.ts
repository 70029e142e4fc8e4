/**
 * Protocol numbers and venue spellings the simulator needs (lighter-api.md §6, §7).
 * Kept local so the simulator does not depend on the timing of @lighter-ts/models.
 */

/** Tx type codes (lighter-api.md §6.1). */
export const TX_TYPE = {
  CHANGE_PUB_KEY: 8,
  CREATE_SUB_ACCOUNT: 9,
  TRANSFER: 12,
  WITHDRAW: 13,
  CREATE_ORDER: 14,
  CANCEL_ORDER: 15,
  CANCEL_ALL_ORDERS: 16,
  MODIFY_ORDER: 17,
  UPDATE_LEVERAGE: 20,
  CREATE_GROUPED_ORDERS: 28,
  UPDATE_MARGIN: 29,
} as const;

/** Order type codes (§6.3). */
export const ORDER_TYPE = {
  LIMIT: 0,
  MARKET: 1,
  STOP_LOSS: 2,
  STOP_LOSS_LIMIT: 3,
  TAKE_PROFIT: 4,
  TAKE_PROFIT_LIMIT: 5,
  TWAP: 6,
} as const;

/** Time-in-force codes (§6.3). */
export const TIME_IN_FORCE = {
  IMMEDIATE_OR_CANCEL: 0,
  GOOD_TILL_TIME: 1,
  POST_ONLY: 2,
} as const;

/** Grouping types for CreateGroupedOrders (§6.4). */
export const GROUPING_TYPE = { OTO: 1, OCO: 2, OTOCO: 3 } as const;

/** CancelAllOrders time-in-force (§6.4). */
export const CANCEL_ALL_TIF = { IMMEDIATE: 0, SCHEDULED: 1, ABORT: 2 } as const;

/** Order type spellings on the wire (§7), indexed by code. */
export const ORDER_TYPE_NAME = [
  'limit',
  'market',
  'stop-loss',
  'stop-loss-limit',
  'take-profit',
  'take-profit-limit',
  'twap',
  'twap-sub',
  'liquidation',
] as const;

/** Time-in-force spellings on the wire (§7), indexed by code. */
export const TIME_IN_FORCE_NAME = ['immediate-or-cancel', 'good-till-time', 'post-only'] as const;

/**
 * Order statuses as the venue spells them (lighter-api.md §7; numeric 0-16 in this order).
 * @example ORDER_STATUS[5] // 'canceled-post-only'
 * @throws never (a constant)
 */
export const ORDER_STATUS = [
  'in-progress',
  'pending',
  'open',
  'filled',
  'canceled',
  'canceled-post-only',
  'canceled-reduce-only',
  'canceled-position-not-allowed',
  'canceled-margin-not-allowed',
  'canceled-too-much-slippage',
  'canceled-not-enough-liquidity',
  'canceled-self-trade',
  'canceled-expired',
  'canceled-oco',
  'canceled-child',
  'canceled-liquidation',
  'canceled-invalid-balance',
] as const;

/** One order status string. */
export type OrderStatus = (typeof ORDER_STATUS)[number];

/** Trigger statuses (§7). */
export type TriggerStatus = 'na' | 'ready' | 'mark-price' | 'twap' | 'parent-order';

/** Self-trade behaviour modes, tx attribute 6 (§6.5). */
export const SELF_TRADE_MODE = { EXPIRE_MAKER: 0, EXPIRE_TAKER: 1, CANCEL_BOTH: 2, REDUCE: 3 } as const;

/** Tx attribute keys (§6.5). */
export const TX_ATTRIBUTE = {
  INTEGRATOR_ACCOUNT_INDEX: 1,
  INTEGRATOR_TAKER_FEE: 2,
  INTEGRATOR_MAKER_FEE: 3,
  SKIP_TX_NONCE: 4,
  CANCEL_ALL_MARKET_INDEX: 5,
  SELF_TRADE_BEHAVIOR_MODE: 6,
  SELF_TRADE_EQUALITY_MODE: 7,
} as const;

/** Chain ids signed into every tx (§1). */
export const CHAIN_ID = { MAINNET: 304, TESTNET: 300 } as const;

/** Limits from lighter-go constants (§6.3, §6.4). */
export const LIMITS = {
  MAX_CLIENT_ORDER_INDEX: 2n ** 48n - 1n,
  MIN_ORDER_INDEX: 2n ** 48n,
  MAX_ORDER_INDEX: 2n ** 60n - 1n,
  MAX_PRICE: 2n ** 32n - 1n,
  MAX_BASE_AMOUNT: 2n ** 48n - 1n,
  MIN_ORDER_EXPIRY_PERIOD_MS: 5 * 60_000,
  MAX_ORDER_EXPIRY_PERIOD_MS: 30 * 24 * 3_600_000,
  MIN_CANCEL_ALL_PERIOD_MS: 5 * 60_000,
  MAX_CANCEL_ALL_PERIOD_MS: 15 * 24 * 3_600_000,
  MAX_BATCH: 50,
  MAX_API_KEY_INDEX: 254,
  /** Auth tokens live at most 8 h (§3). */
  MAX_AUTH_TOKEN_SECONDS: 8 * 3600,
} as const;

/** USDC asset id and decimals (§6.4: USDC ×10^6, asset 3). */
export const USDC = { ASSET_ID: 3, DECIMALS: 6 } as const;
