/**
 * Venue numeric error codes (docs/protocol/errors-and-limits.md#error-codes, DOCM "Data Structures, Constants and Errors").
 * Ranges: 20xxx request, 21xxx tx/account/order, 22xxx candles, 23xxx rate limit, 29xxx generic,
 * 30xxx WS, 62xxx tier.
 */

/**
 * Named venue error codes.
 *
 * @example
 * import { VENUE_ERROR_CODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const VENUE_ERROR_CODE = {
  INVALID_PARAM: 20001,
  /** A missing, bad, revoked or read-only token where an API-key token is needed (docs/protocol/rest.md#read-only-tokens). */
  INVALID_AUTH: 20013,
  ACCOUNT_NOT_FOUND: 21100,
  ACCOUNT_NONCE_NOT_FOUND: 21101,
  INVALID_ACCOUNT_INDEX: 21102,
  INVALID_ACCOUNT_L1_ADDRESS: 21103,
  INVALID_NONCE: 21104,
  BATCH_NONCE_NOT_INCREASING: 21105,
  INVALID_TO_ACCOUNT: 21106,
  INVALID_ACCOUNT: 21107,
  INVALID_PUBLIC_KEY: 21108,
  API_KEY_NOT_FOUND: 21109,
  INVALID_API_KEY_INDEX: 21110,
  ACCOUNT_IN_PRE_LIQUIDATION: 21111,
  ACCOUNT_IN_LIQUIDATION: 21112,
  INVALID_INITIAL_MARGIN_FRACTION: 21113,
  WITHDRAWAL_TOO_SMALL: 21116,
  WITHDRAWAL_TOO_HIGH: 21117,
  TRANSFER_TOO_SMALL: 21118,
  TRANSFER_TOO_HIGH: 21119,
  INVALID_SIGNATURE: 21120,
  BATCH_MIXED_ACCOUNT_OR_KEY: 21121,
  DEAD_MANS_SWITCH_TRIGGERED: 21122,
  INVALID_ACCOUNT_TYPE: 21123,
  INVALID_ROUTE_TYPE: 21124,
  ZERO_COLLATERAL_CHANGE_PUB_KEY: 21126,
  PUBLIC_POOL_WITHDRAWAL_NOT_ALLOWED: 21127,
  INVALID_MASTER_ACCOUNT_INDEX: 21128,
  TOO_MANY_SUB_ACCOUNTS: 21129,
  MARGIN_MODE_CHANGE_NOT_ALLOWED: 21132,
  INVALID_FEE: 21134,
  PUBLIC_KEY_SDK_OUTDATED: 21136,
  WITHDRAWALS_RESTRICTED: 21137,
  SYSTEM_ACCOUNT_CANNOT_BE_INTEGRATOR: 21146,
  INTEGRATOR_NOT_APPROVED: 21149,
  INVALID_ASSET_AMOUNT: 21300,
  NOT_ENOUGH_COLLATERAL: 21301,
  NOT_ENOUGH_ASSET_BALANCE: 21304,
  NOT_ENOUGH_ASSET_BALANCE_FOR_FEE: 21305,
  BLOCK_NOT_FOUND: 21400,
  INVALID_BLOCK_HEIGHT: 21401,
  TX_NOT_FOUND: 21500,
  INVALID_TX_INFO: 21501,
  L1_SIGNATURE_FAILED: 21504,
  UNSUPPORTED_TX_TYPE: 21505,
  TOO_MANY_PENDING_TXS: 21506,
  BELOW_MAINTENANCE_MARGIN: 21507,
  BELOW_INITIAL_MARGIN: 21508,
  INVALID_TX_TYPE_FOR_ACCOUNT: 21511,
  BATCH_LENGTH_MISMATCH: 21513,
  BATCH_TOO_LARGE: 21514,
  TX_NOT_ALLOWED: 21515,
  TREASURY_TRANSFER_NOT_ALLOWED: 21516,
  NOT_ACTIVE_LIMIT_ORDER: 21600,
  ORDER_BOOK_FULL: 21601,
  INVALID_MARKET_INDEX: 21602,
  INVALID_MIN_AMOUNTS: 21603,
  INVALID_MARKET_STATUS: 21605,
  INVALID_MARGIN_MODE: 21613,
  NO_POSITION_FOUND: 21614,
  INVALID_UPDATE_MARGIN_DIRECTION: 21615,
  INVALID_ORDER_TYPE_FOR_MARKET: 21618,
  INVALID_PERPS_MARKET_INDEX: 21621,
  INVALID_ORDER_INDEX: 21700,
  INVALID_BASE_AMOUNT: 21701,
  INVALID_PRICE: 21702,
  INVALID_IS_ASK: 21703,
  INVALID_ORDER_TYPE: 21704,
  INVALID_TIME_IN_FORCE: 21705,
  INVALID_ORDER_BASE_OR_QUOTE_AMOUNT: 21706,
  NOT_ORDER_OWNER: 21707,
  ORDER_EMPTY: 21708,
  ORDER_INACTIVE: 21709,
  UNSUPPORTED_ORDER_TYPE: 21710,
  INVALID_EXPIRY: 21711,
  CANCEL_ALL_QUEUED: 21712,
  INVALID_CANCEL_ALL_TIME_IN_FORCE: 21713,
  INVALID_CANCEL_ALL_TIME: 21714,
  NOT_ACTIVE_ORDER: 21715,
  ORDER_NOT_EXPIRED: 21716,
  MAX_ACTIVE_LIMIT_ORDERS: 21717,
  MAX_ACTIVE_LIMIT_ORDERS_PER_MARKET: 21718,
  MAX_PENDING_ORDERS: 21719,
  MAX_PENDING_ORDERS_PER_MARKET: 21720,
  MAX_TWAP_ORDERS: 21721,
  MAX_CONDITIONAL_ORDERS: 21722,
  INVALID_ACCOUNT_HEALTH: 21723,
  INVALID_CLIENT_ORDER_INDEX: 21727,
  CLIENT_ORDER_INDEX_EXISTS: 21728,
  INVALID_TRIGGER_PRICE: 21729,
  ORDER_NOT_PENDING: 21730,
  ORDER_CANNOT_BE_TRIGGERED: 21731,
  REDUCE_ONLY_INCREASES_POSITION: 21732,
  ACCIDENTAL_PRICE: 21733,
  PRICE_TOO_FAR_FROM_MARK: 21734,
  SLTP_PRICE_TOO_FAR_FROM_TRIGGER: 21735,
  INVALID_TRIGGER_STATUS: 21736,
  INVALID_ORDER_STATUS: 21737,
  INVALID_REDUCE_ONLY_DIRECTION: 21738,
  NOT_ENOUGH_MARGIN: 21739,
  INVALID_REDUCE_ONLY_MODE: 21740,
  INVALID_GROUPING_TYPE: 21741,
  INVALID_ORDER_GROUP_SIZE: 21742,
  INVALID_ORDER_INFO: 21743,
  POOLS_NOT_ALLOWED_IN_SPOT: 21744,
  ASSET_DOES_NOT_EXIST: 21804,
  ONLY_USDC_TRANSFER: 21805,
  INVALID_TIMESTAMPS: 22400,
  INVALID_TIMESTAMP: 22401,
  INVALID_RESOLUTION: 22402,
  TIME_RANGE_TOO_LARGE: 22403,
  TOO_MANY_REQUESTS: 23000,
  TOO_MANY_SUBSCRIPTIONS: 23001,
  TOO_MANY_DIFFERENT_ACCOUNTS: 23002,
  TOO_MANY_CONNECTIONS: 23003,
  TOO_MANY_L2_WITHDRAWALS: 23004,
  NOT_FOUND: 29404,
  INTERNAL_SERVER_ERROR: 29500,
  PROCESS_TIMEOUT: 29501,
  WS_INVALID_JSON: 30000,
  WS_INVALID_TYPE: 30001,
  WS_NOT_SUBSCRIBED: 30002,
  WS_ALREADY_SUBSCRIBED: 30003,
  WS_FAILED_TO_FETCH: 30004,
  WS_INVALID_CHANNEL: 30005,
  WS_OPERATION_NOT_SUPPORTED: 30006,
  WS_INVALID_DATA: 30007,
  WS_INVALID_ACCOUNT_TYPE: 30008,
  WS_TOO_MANY_MESSAGES: 30009,
  WS_TOO_MANY_INFLIGHT: 30010,
  WS_FAILED_TO_CONNECT: 30011,
  WS_FAILED_TO_SUBSCRIBE: 30012,
  TIER_CHANGE_IN_PROGRESS: 62001,
  INVALID_TIER: 62002,
  SAME_TIER: 62003,
  TIER_HAS_OPEN_POSITIONS: 62004,
  TIER_HAS_OPEN_ORDERS: 62005,
  TIER_CHANGE_TOO_FREQUENT: 62006,
  MAKER_ONLY_KEY_DISALLOWED_TX: 62007,
  /** Read-only API tokens (docs/protocol/rest.md#read-only-tokens) [T]. */
  API_TOKEN_LIMIT_REACHED: 61003,
  API_TOKEN_CUSTOM_SCOPES_UNSUPPORTED: 61004,
  API_TOKEN_NAME_EMPTY: 61007,
  API_TOKEN_NAME_TOO_LONG: 61008,
} as const;
/** Union of known venue error code numbers. */
export type VenueErrorCode = (typeof VENUE_ERROR_CODE)[keyof typeof VENUE_ERROR_CODE];

/**
 * Venue message text per code, as the venue (or its clients) spell it (docs/protocol/errors-and-limits.md#error-codes).
 *
 * @example
 * import { VENUE_ERROR_MESSAGE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const VENUE_ERROR_MESSAGE: Readonly<Record<VenueErrorCode, string>> = {
  20001: 'invalid param',
  20013: 'invalid auth',
  21100: 'account not found',
  21101: 'account nonce not found',
  21102: 'invalid account index',
  21103: 'invalid account l1 address',
  21104: 'invalid nonce',
  21105: 'batch transaction nonce is not increasing',
  21106: 'invalid ToAccount',
  21107: 'invalid account',
  21108: 'invalid PublicKey,please run changePubKey',
  21109: 'api key not found',
  21110: 'invalid api key index',
  21111: "account is in pre-liquidation and the transaction doesn't increase the account health",
  21112: 'account is in liquidation',
  21113: 'invalid initial margin fraction',
  21116: 'withdrawal amount is too small',
  21117: 'withdrawal amount is too high',
  21118: 'transfer amount is too small',
  21119: 'transfer amount is too high',
  21120: 'invalid signature',
  21121: 'all transactions in the batch must have use same account and apikey',
  21122: "dead man's switch should be triggered",
  21123: 'invalid account type',
  21124: 'invalid route type',
  21126: "Account with zero collateral can't change PublicKey",
  21127: 'withdrawal from public pool is not allowed',
  21128: 'invalid master account index',
  21129: 'too many sub accounts',
  21132: 'margin mode change on a market with position or open order is not allowed',
  21134: 'invalid fee',
  21136: 'invalid PublicKey, update the sdk to the latest version',
  21137: 'Withdrawals are restricted for this asset',
  21146: 'system account cannot be an integrator',
  21149: 'integrator is not approved',
  21300: 'invalid asset amount',
  21301: 'not enough collateral',
  21304: 'not enough asset balance',
  21305: 'not enough asset balance for fee',
  21400: 'block not found',
  21401: 'invalid block height',
  21500: 'transaction not found',
  21501: 'invalid tx info',
  21504: 'fail to l1 signature',
  21505: 'unsupported tx type',
  21506: 'too many pending txs. Please try again later',
  21507: "account is below maintenance margin, can't execute transaction",
  21508: "account is below initial margin, can't execute transaction",
  21511: 'invalid tx type for account',
  21513: 'TxInfos and TxTypes should have the same length',
  21514: 'maximum 50 transactions allowed per batch',
  21515: 'transaction is not allowed',
  21516: 'outgoing transfers from treasury account are not allowed',
  21600: 'given order is not an active limit order',
  21601: 'order book is full',
  21602: 'invalid market index',
  21603: 'invalid min amounts for market',
  21605: 'invalid market status',
  21613: 'invalid margin mode',
  21614: 'no position found',
  21615: 'invalid update margin direction',
  21618: 'invalid order type for market',
  21621: 'invalid perps market index',
  21700: 'invalid order index',
  21701: 'invalid base amount',
  21702: 'invalid price',
  21703: 'invalid isAsk',
  21704: 'invalid OrderType',
  21705: 'invalid OrderTimeInForce',
  21706: 'invalid order base or quote amount',
  21707: 'account is not owner of the order',
  21708: 'order is empty',
  21709: 'order is inactive',
  21710: 'unsupported order type',
  21711: 'invalid expiry',
  21712: 'account has a queued cancel all orders request',
  21713: 'invalid cancel all time in force',
  21714: 'invalid cancel all time',
  21715: 'given order is not an active order',
  21716: 'order is not expired',
  21717: 'maximum active limit order count reached',
  21718: 'maximum active limit order count per market reached',
  21719: 'maximum pending order count reached',
  21720: 'maximum pending order count per market reached',
  21721: 'maximum twap order count reached',
  21722: 'maximum conditional order count reached',
  21723: 'invalid account health',
  21727: 'invalid client order index',
  21728: 'client order index already exists',
  21729: 'invalid order trigger price',
  21730: 'order status is not pending',
  21731: 'order can not be triggered',
  21732: 'reduce only increases position',
  21733: 'order price flagged as an accidental price',
  21734: 'limit order price is too far from the mark price',
  21735: 'SL/TP order price is too far from the trigger price',
  21736: 'invalid order trigger status',
  21737: 'invalid order status',
  21738: 'invalid reduce only direction',
  21739: 'not enough margin to create the order',
  21740: 'invalid reduce only mode',
  21741: 'invalid grouping type',
  21742: 'invalid order group size',
  21743: 'invalid order info',
  21744: 'pools are not allowed to trade in spot markets',
  21804: 'asset does not exist',
  21805: 'only usdc transfer supported',
  22400: 'invalid timestamps: end_timestamp must be greater than start_timestamp',
  22401: 'invalid timestamp',
  22402: 'invalid resolution: resolution unsupported',
  22403: 'time range exceeds maximum allowed range for the specified resolution',
  23000: 'Too Many Requests!',
  23001: 'Too Many Subscriptions!',
  23002: 'Too Many Different Accounts!',
  23003: 'Too Many Connections!',
  23004: 'Too Many L2 Withdrawal Requests!',
  29404: 'not found',
  29500: 'internal server error',
  29501: 'process timeout',
  30000: 'Invalid Json',
  30001: 'Invalid Type',
  30002: 'Not Subscribed to',
  30003: 'Already Subscribed to',
  30004: 'Failed to fetch',
  30005: 'Invalid Channel',
  30006: "Operation isn't supported",
  30007: 'Invalid Data',
  30008: 'Invalid account type',
  30009: 'Too Many Websocket Messages!',
  30010: 'Too Many Inflight Messages!',
  30011: 'Failed to connect',
  30012: 'Failed to subscribe',
  62001: 'tier change in progress',
  62002: 'invalid tier',
  62003: 'same tier',
  62004: 'has open positions',
  62005: 'has open orders',
  62006: 'tier change too frequent',
  62007: 'maker-only API key used for a disallowed tx',
  61003: 'too many api tokens',
  61004: 'custom scopes are not supported',
  61007: 'api token name is empty',
  61008: 'api token name is too long',
};

/** Broad category of a venue error code, by range (docs/protocol/errors-and-limits.md#error-codes). */
export type VenueErrorCategory =
  | 'request'
  | 'transaction'
  | 'candles'
  | 'rate_limit'
  | 'generic'
  | 'websocket'
  | 'referral'
  | 'api_token'
  | 'tier'
  | 'unknown';

/**
 * Category of a venue error code by range.
 *
 * @example
 * venueErrorCategory(21104); // 'transaction'
 * venueErrorCategory(23000); // 'rate_limit'
 * @throws never
 */
export function venueErrorCategory(code: number): VenueErrorCategory {
  if (code >= 20000 && code < 21000) return 'request';
  if (code >= 21000 && code < 22000) return 'transaction';
  if (code >= 22000 && code < 23000) return 'candles';
  if (code >= 23000 && code < 24000) return 'rate_limit';
  if (code >= 29000 && code < 30000) return 'generic';
  if (code >= 30000 && code < 31000) return 'websocket';
  if (code >= 41000 && code < 42000) return 'referral';
  if (code >= 61000 && code < 62000) return 'api_token';
  if (code >= 62000 && code < 63000) return 'tier';
  return 'unknown';
}

/**
 * Meaning of a venue error code, or `undefined` when the code is not catalogued.
 *
 * @example
 * venueErrorMessage(21104); // 'invalid nonce'
 * @throws never
 */
export function venueErrorMessage(code: number): string | undefined {
  return Object.hasOwn(VENUE_ERROR_MESSAGE, code) ? VENUE_ERROR_MESSAGE[code as VenueErrorCode] : undefined;
}

/**
 * True when the code is a known venue error code.
 *
 * @example
 * isVenueErrorCode(21120); // true
 * @throws never
 */
export function isVenueErrorCode(code: unknown): code is VenueErrorCode {
  return typeof code === 'number' && Object.hasOwn(VENUE_ERROR_MESSAGE, code);
}
