/**
 * Venue numeric error codes (docs/protocol/errors-and-limits.md#error-codes, DOCM "Data Structures, Constants and Errors").
 * Ranges: 20xxx request, 21xxx tx/account/order, 22xxx candles, 23xxx rate limit, 29xxx generic,
 * 30xxx WS, 41xxx referral, 61xxx read-only tokens, 62xxx tier.
 */

/**
 * Named venue error codes.
 *
 * @example
 * import { VENUE_ERROR_CODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const VENUE_ERROR_CODE = {
  /** Venue message: "invalid param". */
  INVALID_PARAM: 20001,
  /** A missing, bad, revoked or read-only token where an API-key token is needed (docs/protocol/rest.md#read-only-tokens). */
  INVALID_AUTH: 20013,
  /** Venue message: "account not found". */
  ACCOUNT_NOT_FOUND: 21100,
  /** Venue message: "account nonce not found". */
  ACCOUNT_NONCE_NOT_FOUND: 21101,
  /** Venue message: "invalid account index". */
  INVALID_ACCOUNT_INDEX: 21102,
  /** Venue message: "invalid account l1 address". */
  INVALID_ACCOUNT_L1_ADDRESS: 21103,
  /** Venue message: "invalid nonce". */
  INVALID_NONCE: 21104,
  /** Venue message: "batch transaction nonce is not increasing". */
  BATCH_NONCE_NOT_INCREASING: 21105,
  /** Venue message: "invalid ToAccount". */
  INVALID_TO_ACCOUNT: 21106,
  /** Venue message: "invalid account". */
  INVALID_ACCOUNT: 21107,
  /** Venue message: "invalid PublicKey,please run changePubKey". */
  INVALID_PUBLIC_KEY: 21108,
  /** Venue message: "api key not found". */
  API_KEY_NOT_FOUND: 21109,
  /** Venue message: "invalid api key index". */
  INVALID_API_KEY_INDEX: 21110,
  /** Venue message: "account is in pre-liquidation and the transaction doesn't increase the account health". */
  ACCOUNT_IN_PRE_LIQUIDATION: 21111,
  /** Venue message: "account is in liquidation". */
  ACCOUNT_IN_LIQUIDATION: 21112,
  /** Venue message: "invalid initial margin fraction". */
  INVALID_INITIAL_MARGIN_FRACTION: 21113,
  /** Venue message: "withdrawal amount is too small". */
  WITHDRAWAL_TOO_SMALL: 21116,
  /** Venue message: "withdrawal amount is too high". */
  WITHDRAWAL_TOO_HIGH: 21117,
  /** Venue message: "transfer amount is too small". */
  TRANSFER_TOO_SMALL: 21118,
  /** Venue message: "transfer amount is too high". */
  TRANSFER_TOO_HIGH: 21119,
  /** Venue message: "invalid signature". */
  INVALID_SIGNATURE: 21120,
  /** Venue message: "all transactions in the batch must have use same account and apikey". */
  BATCH_MIXED_ACCOUNT_OR_KEY: 21121,
  /** Venue message: "dead man's switch should be triggered". */
  DEAD_MANS_SWITCH_TRIGGERED: 21122,
  /** Venue message: "invalid account type". */
  INVALID_ACCOUNT_TYPE: 21123,
  /** Venue message: "invalid route type". */
  INVALID_ROUTE_TYPE: 21124,
  /** Venue message: "Account with zero collateral can't change PublicKey". */
  ZERO_COLLATERAL_CHANGE_PUB_KEY: 21126,
  /** Venue message: "withdrawal from public pool is not allowed". */
  PUBLIC_POOL_WITHDRAWAL_NOT_ALLOWED: 21127,
  /** Venue message: "invalid master account index". */
  INVALID_MASTER_ACCOUNT_INDEX: 21128,
  /** Venue message: "too many sub accounts". */
  TOO_MANY_SUB_ACCOUNTS: 21129,
  /** Venue message: "margin mode change on a market with position or open order is not allowed". */
  MARGIN_MODE_CHANGE_NOT_ALLOWED: 21132,
  /** Venue message: "invalid fee". */
  INVALID_FEE: 21134,
  /** Venue message: "invalid PublicKey, update the sdk to the latest version". */
  PUBLIC_KEY_SDK_OUTDATED: 21136,
  /** Venue message: "Withdrawals are restricted for this asset". */
  WITHDRAWALS_RESTRICTED: 21137,
  /** Venue message: "system account cannot be an integrator". */
  SYSTEM_ACCOUNT_CANNOT_BE_INTEGRATOR: 21146,
  /** Venue message: "integrator is not approved". */
  INTEGRATOR_NOT_APPROVED: 21149,
  /** Venue message: "invalid asset amount". */
  INVALID_ASSET_AMOUNT: 21300,
  /** Venue message: "not enough collateral". */
  NOT_ENOUGH_COLLATERAL: 21301,
  /** Venue message: "not enough asset balance". */
  NOT_ENOUGH_ASSET_BALANCE: 21304,
  /** Venue message: "not enough asset balance for fee". */
  NOT_ENOUGH_ASSET_BALANCE_FOR_FEE: 21305,
  /** Venue message: "block not found". */
  BLOCK_NOT_FOUND: 21400,
  /** Venue message: "invalid block height". */
  INVALID_BLOCK_HEIGHT: 21401,
  /** Venue message: "transaction not found". */
  TX_NOT_FOUND: 21500,
  /** Venue message: "invalid tx info". */
  INVALID_TX_INFO: 21501,
  /** Venue message: "fail to l1 signature". */
  L1_SIGNATURE_FAILED: 21504,
  /** Venue message: "unsupported tx type". */
  UNSUPPORTED_TX_TYPE: 21505,
  /** Venue message: "too many pending txs. Please try again later". */
  TOO_MANY_PENDING_TXS: 21506,
  /** Venue message: "account is below maintenance margin, can't execute transaction". */
  BELOW_MAINTENANCE_MARGIN: 21507,
  /** Venue message: "account is below initial margin, can't execute transaction". */
  BELOW_INITIAL_MARGIN: 21508,
  /** Venue message: "invalid tx type for account". */
  INVALID_TX_TYPE_FOR_ACCOUNT: 21511,
  /** Venue message: "TxInfos and TxTypes should have the same length". */
  BATCH_LENGTH_MISMATCH: 21513,
  /** Venue message: "maximum 50 transactions allowed per batch". */
  BATCH_TOO_LARGE: 21514,
  /** Venue message: "transaction is not allowed". */
  TX_NOT_ALLOWED: 21515,
  /** Venue message: "outgoing transfers from treasury account are not allowed". */
  TREASURY_TRANSFER_NOT_ALLOWED: 21516,
  /** Venue message: "given order is not an active limit order". */
  NOT_ACTIVE_LIMIT_ORDER: 21600,
  /** Venue message: "order book is full". */
  ORDER_BOOK_FULL: 21601,
  /** Venue message: "invalid market index". */
  INVALID_MARKET_INDEX: 21602,
  /** Venue message: "invalid min amounts for market". */
  INVALID_MIN_AMOUNTS: 21603,
  /** Venue message: "invalid market status". */
  INVALID_MARKET_STATUS: 21605,
  /** Venue message: "invalid margin mode". */
  INVALID_MARGIN_MODE: 21613,
  /** Venue message: "no position found". */
  NO_POSITION_FOUND: 21614,
  /** Venue message: "invalid update margin direction". */
  INVALID_UPDATE_MARGIN_DIRECTION: 21615,
  /** Venue message: "invalid order type for market". */
  INVALID_ORDER_TYPE_FOR_MARKET: 21618,
  /** Venue message: "invalid perps market index". */
  INVALID_PERPS_MARKET_INDEX: 21621,
  /** Venue message: "invalid order index". */
  INVALID_ORDER_INDEX: 21700,
  /** Venue message: "invalid base amount". */
  INVALID_BASE_AMOUNT: 21701,
  /** Venue message: "invalid price". */
  INVALID_PRICE: 21702,
  /** Venue message: "invalid isAsk". */
  INVALID_IS_ASK: 21703,
  /** Venue message: "invalid OrderType". */
  INVALID_ORDER_TYPE: 21704,
  /** Venue message: "invalid OrderTimeInForce". */
  INVALID_TIME_IN_FORCE: 21705,
  /** Venue message: "invalid order base or quote amount". */
  INVALID_ORDER_BASE_OR_QUOTE_AMOUNT: 21706,
  /** Venue message: "account is not owner of the order". */
  NOT_ORDER_OWNER: 21707,
  /** Venue message: "order is empty". */
  ORDER_EMPTY: 21708,
  /** Venue message: "order is inactive". */
  ORDER_INACTIVE: 21709,
  /** Venue message: "unsupported order type". */
  UNSUPPORTED_ORDER_TYPE: 21710,
  /** Venue message: "invalid expiry". */
  INVALID_EXPIRY: 21711,
  /** Venue message: "account has a queued cancel all orders request". */
  CANCEL_ALL_QUEUED: 21712,
  /** Venue message: "invalid cancel all time in force". */
  INVALID_CANCEL_ALL_TIME_IN_FORCE: 21713,
  /** Venue message: "invalid cancel all time". */
  INVALID_CANCEL_ALL_TIME: 21714,
  /** Venue message: "given order is not an active order". */
  NOT_ACTIVE_ORDER: 21715,
  /** Venue message: "order is not expired". */
  ORDER_NOT_EXPIRED: 21716,
  /** Venue message: "maximum active limit order count reached". */
  MAX_ACTIVE_LIMIT_ORDERS: 21717,
  /** Venue message: "maximum active limit order count per market reached". */
  MAX_ACTIVE_LIMIT_ORDERS_PER_MARKET: 21718,
  /** Venue message: "maximum pending order count reached". */
  MAX_PENDING_ORDERS: 21719,
  /** Venue message: "maximum pending order count per market reached". */
  MAX_PENDING_ORDERS_PER_MARKET: 21720,
  /** Venue message: "maximum twap order count reached". */
  MAX_TWAP_ORDERS: 21721,
  /** Venue message: "maximum conditional order count reached". */
  MAX_CONDITIONAL_ORDERS: 21722,
  /** Venue message: "invalid account health". */
  INVALID_ACCOUNT_HEALTH: 21723,
  /** Venue message: "invalid client order index". */
  INVALID_CLIENT_ORDER_INDEX: 21727,
  /** Venue message: "client order index already exists". */
  CLIENT_ORDER_INDEX_EXISTS: 21728,
  /** Venue message: "invalid order trigger price". */
  INVALID_TRIGGER_PRICE: 21729,
  /** Venue message: "order status is not pending". */
  ORDER_NOT_PENDING: 21730,
  /** Venue message: "order can not be triggered". */
  ORDER_CANNOT_BE_TRIGGERED: 21731,
  /** Venue message: "reduce only increases position". */
  REDUCE_ONLY_INCREASES_POSITION: 21732,
  /** Venue message: "order price flagged as an accidental price". */
  ACCIDENTAL_PRICE: 21733,
  /** Venue message: "limit order price is too far from the mark price". */
  PRICE_TOO_FAR_FROM_MARK: 21734,
  /** Venue message: "SL/TP order price is too far from the trigger price". */
  SLTP_PRICE_TOO_FAR_FROM_TRIGGER: 21735,
  /** Venue message: "invalid order trigger status". */
  INVALID_TRIGGER_STATUS: 21736,
  /** Venue message: "invalid order status". */
  INVALID_ORDER_STATUS: 21737,
  /** Venue message: "invalid reduce only direction". */
  INVALID_REDUCE_ONLY_DIRECTION: 21738,
  /** Venue message: "not enough margin to create the order". */
  NOT_ENOUGH_MARGIN: 21739,
  /** Venue message: "invalid reduce only mode". */
  INVALID_REDUCE_ONLY_MODE: 21740,
  /** Venue message: "invalid grouping type". */
  INVALID_GROUPING_TYPE: 21741,
  /** Venue message: "invalid order group size". */
  INVALID_ORDER_GROUP_SIZE: 21742,
  /** Venue message: "invalid order info". */
  INVALID_ORDER_INFO: 21743,
  /** Venue message: "pools are not allowed to trade in spot markets". */
  POOLS_NOT_ALLOWED_IN_SPOT: 21744,
  /** Venue message: "asset does not exist for given index". */
  ASSET_DOES_NOT_EXIST: 21804,
  /** Venue message: "only usdc transfer supported". */
  ONLY_USDC_TRANSFER: 21805,
  /** Venue message: "invalid timestamps: end_timestamp must be greater than start_timestamp". */
  INVALID_TIMESTAMPS: 22400,
  /** Venue message: "invalid timestamp: timestamp must be greater than 0 and less than year 2286". */
  INVALID_TIMESTAMP: 22401,
  /** Venue message: "invalid resolution: resolution unsupported". */
  INVALID_RESOLUTION: 22402,
  /** Venue message: "time range exceeds maximum allowed range for the specified resolution". */
  TIME_RANGE_TOO_LARGE: 22403,
  /** Venue message: "Too Many Requests!". */
  TOO_MANY_REQUESTS: 23000,
  /** Venue message: "Too Many Subscriptions!". */
  TOO_MANY_SUBSCRIPTIONS: 23001,
  /** Venue message: "Too Many Different Accounts!". */
  TOO_MANY_DIFFERENT_ACCOUNTS: 23002,
  /** Venue message: "Too Many Connections!". */
  TOO_MANY_CONNECTIONS: 23003,
  /** Venue message: "Too Many L2 Withdrawal Requests!". */
  TOO_MANY_L2_WITHDRAWALS: 23004,
  /** Venue message: "not found". */
  NOT_FOUND: 29404,
  /** Venue message: "internal server error". */
  INTERNAL_SERVER_ERROR: 29500,
  /** Venue message: "process timeout". */
  PROCESS_TIMEOUT: 29501,
  /** Venue message: "Invalid Json". */
  WS_INVALID_JSON: 30000,
  /** Venue message: "Invalid Type". */
  WS_INVALID_TYPE: 30001,
  /** Venue message: "Not Subscribed to". */
  WS_NOT_SUBSCRIBED: 30002,
  /** Venue message: "Already Subscribed to". */
  WS_ALREADY_SUBSCRIBED: 30003,
  /** Venue message: "Failed to fetch". */
  WS_FAILED_TO_FETCH: 30004,
  /** Venue message: "Invalid Channel". */
  WS_INVALID_CHANNEL: 30005,
  /** Venue message: "Operation isn't supported". */
  WS_OPERATION_NOT_SUPPORTED: 30006,
  /** Venue message: "Invalid Data". */
  WS_INVALID_DATA: 30007,
  /** Venue message: "Invalid account type". */
  WS_INVALID_ACCOUNT_TYPE: 30008,
  /** Venue message: "Too Many Websocket Messages!". */
  WS_TOO_MANY_MESSAGES: 30009,
  /** Venue message: "Too Many Inflight Messages!". */
  WS_TOO_MANY_INFLIGHT: 30010,
  /** Venue message: "Failed to connect". */
  WS_FAILED_TO_CONNECT: 30011,
  /** Venue message: "Failed to subscribe". */
  WS_FAILED_TO_SUBSCRIBE: 30012,
  /** Venue message: "tier change already in progress". */
  TIER_CHANGE_IN_PROGRESS: 62001,
  /** Venue message: "invalid tier". */
  INVALID_TIER: 62002,
  /** Venue message: "account already part of requested tier". */
  SAME_TIER: 62003,
  /** Venue message: "account has open positions". */
  TIER_HAS_OPEN_POSITIONS: 62004,
  /** Venue message: "account has open orders". */
  TIER_HAS_OPEN_ORDERS: 62005,
  /** Venue message: "too frequent tier change request". */
  TIER_CHANGE_TOO_FREQUENT: 62006,
  /** Venue message: "maker-only API key used for a disallowed tx". */
  MAKER_ONLY_KEY_DISALLOWED_TX: 62007,
  // 2026-12 catalogue (docs/protocol/errors-and-limits.md#error-codes-2026): codes the first table summarised as ranges or missed
  /** Venue message: "account value is over maintenance margin, can't activate liquidation". */
  LIQUIDATION_OVER_MAINTENANCE_MARGIN: 21114,
  /** Venue message: "maximum pending unlocks per account exceeded". */
  TOO_MANY_PENDING_UNLOCKS: 21138,
  /** Venue message: "no pending unlocks for the account". */
  NO_PENDING_UNLOCKS: 21139,
  /** Venue message: "pending unlock is still in waiting period". */
  PENDING_UNLOCK_WAITING: 21140,
  /** Venue message: "only LIT asset can be used for pending unlock". */
  PENDING_UNLOCK_ONLY_LIT: 21141,
  /** Venue message: "invalid public pool index". */
  INVALID_PUBLIC_POOL_INDEX: 21200,
  /** Venue message: "invalid operator fee". */
  INVALID_OPERATOR_FEE: 21201,
  /** Venue message: "invalid public pool status". */
  INVALID_PUBLIC_POOL_STATUS: 21202,
  /** Venue message: "public pool is frozen, only burning is allowed". */
  PUBLIC_POOL_FROZEN: 21203,
  /** Venue message: "invalid pool initial usdc amount". */
  INVALID_POOL_INITIAL_AMOUNT: 21204,
  /** Venue message: "invalid min operator share rate". */
  INVALID_MIN_OPERATOR_SHARE_RATE: 21205,
  /** Venue message: "too many invested public pools". */
  TOO_MANY_INVESTED_PUBLIC_POOLS: 21206,
  /** Venue message: "insufficient available shares". */
  INSUFFICIENT_AVAILABLE_SHARES: 21207,
  /** Venue message: "owner drops below minimum ownership". */
  OWNER_BELOW_MINIMUM_OWNERSHIP: 21208,
  /** Venue message: "invalid mint share amount". */
  INVALID_MINT_SHARE_AMOUNT: 21209,
  /** Venue message: "invalid burn share amount". */
  INVALID_BURN_SHARE_AMOUNT: 21210,
  /** Venue message: "burnt share usdc amount is too high". */
  BURNT_SHARE_USDC_TOO_HIGH: 21211,
  /** Venue message: "entry usdc amount is too high". */
  ENTRY_USDC_TOO_HIGH: 21212,
  /** Venue message: "invalid update public pool status". */
  INVALID_UPDATE_PUBLIC_POOL_STATUS: 21213,
  /** Venue message: "invalid pool position to transfer". */
  INVALID_POOL_POSITION_TO_TRANSFER: 21214,
  /** Venue message: "only master account can update public pool". */
  ONLY_MASTER_UPDATES_PUBLIC_POOL: 21215,
  /** Venue message: "public pool is in liquidation". */
  PUBLIC_POOL_IN_LIQUIDATION: 21216,
  /** Venue message: "public pool reached maximum invested pools". */
  POOL_MAX_INVESTED_POOLS: 21217,
  /** Venue message: "pool creation is disabled". */
  POOL_CREATION_DISABLED: 21218,
  /** Venue message: "max llp percentage exceeded". */
  MAX_LLP_PERCENTAGE_EXCEEDED: 21219,
  /** Venue message: "public pool has open positions". */
  PUBLIC_POOL_HAS_OPEN_POSITIONS: 21220,
  /** Venue message: "public pool has active orders". */
  PUBLIC_POOL_HAS_ACTIVE_ORDERS: 21221,
  /** Venue message: "public pool has no shares". */
  PUBLIC_POOL_HAS_NO_SHARES: 21222,
  /** Venue message: "max llp amount exceeded". */
  MAX_LLP_AMOUNT_EXCEEDED: 21223,
  /** Venue message: "staking pool is frozen, only burning is allowed". */
  STAKING_POOL_FROZEN: 21224,
  /** Venue message: "invalid staking pool index". */
  INVALID_STAKING_POOL_INDEX: 21225,
  /** Venue message: "entry staked amount is too high". */
  ENTRY_STAKED_TOO_HIGH: 21226,
  /** Venue message: "burnt share lit amount is too high". */
  BURNT_SHARE_LIT_TOO_HIGH: 21227,
  /** Venue message: "insufficient available staking shares". */
  INSUFFICIENT_AVAILABLE_STAKING_SHARES: 21228,
  /** Venue message: "invalid unstake amount". */
  INVALID_UNSTAKE_AMOUNT: 21229,
  /** Venue message: "staking pool is already initialized". */
  STAKING_POOL_ALREADY_INITIALIZED: 21230,
  /** Venue message: "mint share amount exceeds staked LIT value". */
  MINT_SHARES_EXCEED_STAKED_LIT: 21231,
  /** Venue message: "invalid stake asset amount". */
  INVALID_STAKE_ASSET_AMOUNT: 21232,
  /** Venue message: "invalid unstake asset amount". */
  INVALID_UNSTAKE_ASSET_AMOUNT: 21233,
  /** Venue message: "liquidity pool cooldown period has not passed yet". */
  POOL_COOLDOWN_NOT_PASSED: 21234,
  /** Venue message: "operator shares can't be force burned". */
  OPERATOR_SHARES_CANNOT_BE_FORCED: 21235,
  /** Venue message: "staking pool does not exist". */
  STAKING_POOL_DOES_NOT_EXIST: 21236,
  /** Venue message: "force burn shares amount exceeds staked LIT value". */
  FORCE_BURN_EXCEEDS_STAKED_LIT: 21237,
  /** Venue message: "market already exist for given index". */
  MARKET_ALREADY_EXISTS: 21606,
  /** Venue message: "invalid market fees". */
  INVALID_MARKET_FEES: 21607,
  /** Venue message: "invalid quote multiplier". */
  INVALID_QUOTE_MULTIPLIER: 21608,
  /** Venue message: "invalid interest rate". */
  INVALID_INTEREST_RATE: 21611,
  /** Venue message: "invalid open interest". */
  INVALID_OPEN_INTEREST: 21612,
  /** Venue message: "asset does not exists for given index". */
  MARKET_ASSET_DOES_NOT_EXIST: 21616,
  /** Venue message: "invalid create market parameters". */
  INVALID_CREATE_MARKET_PARAMETERS: 21617,
  /** Venue message: "invalid market type". */
  INVALID_MARKET_TYPE: 21619,
  /** Venue message: "invalid funding clamp". */
  INVALID_FUNDING_CLAMP: 21620,
  /** Venue message: "invalid order quote limit". */
  INVALID_ORDER_QUOTE_LIMIT: 21622,
  /** Venue message: "invalid open interest limit". */
  INVALID_OPEN_INTEREST_LIMIT: 21623,
  /** Venue message: "invalid min base amount". */
  INVALID_MIN_BASE_AMOUNT: 21624,
  /** Venue message: "invalid min quote amount". */
  INVALID_MIN_QUOTE_AMOUNT: 21625,
  /** Venue message: "invalid margin fraction". */
  INVALID_MARGIN_FRACTION: 21626,
  /** Venue message: "only perps markets are allowed for L1 orders". */
  L1_ORDER_ONLY_PERPS: 21745,
  /** Venue message: "Referral code already exists". */
  REFERRAL_ALREADY_EXISTS: 41001,
  /** Venue message: "Referral code is expired". */
  REFERRAL_EXPIRED: 41002,
  /** Venue message: "Referral code already used". */
  REFERRAL_ALREADY_USED: 41003,
  /** Venue message: "User can already access". */
  REFERRAL_USER_HAS_ACCESS: 41004,
  /** Venue message: "User can't invite". */
  REFERRAL_USER_CANNOT_INVITE: 41005,
  /** Venue message: "Invalid referral code". */
  REFERRAL_INVALID: 41006,
  /** Venue message: "Referral code is required". */
  REFERRAL_REQUIRED: 41007,
  /** Venue message: "Kickback can only be updated once per week". */
  REFERRAL_KICKBACK_WEEKLY: 41008,
  /** Venue message: "Referral code has already been updated once, cannot update again". */
  REFERRAL_CODE_ALREADY_UPDATED: 41009,
  /** Venue message: "Referral code must be 4-14 characters and contain only uppercase letters (A-Z) and numbers (0-9)". */
  REFERRAL_CODE_FORMAT: 41010,
  /** Venue message: "only main account index is valid, please use the main account". */
  REFERRAL_ONLY_MAIN_ACCOUNT: 41011,
  /** Venue message: "cannot use your own referral code". */
  REFERRAL_OWN_CODE: 41012,
  /** Read-only API tokens (docs/protocol/rest.md#read-only-tokens) [T]. */
  API_TOKEN_LIMIT_REACHED: 61003,
  /** Venue message: "custom scopes are not supported". */
  API_TOKEN_CUSTOM_SCOPES_UNSUPPORTED: 61004,
  /** Venue message: "api token name is empty". */
  API_TOKEN_NAME_EMPTY: 61007,
  /** Venue message: "api token name is too long". */
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
  21804: 'asset does not exist for given index',
  21805: 'only usdc transfer supported',
  22400: 'invalid timestamps: end_timestamp must be greater than start_timestamp',
  22401: 'invalid timestamp: timestamp must be greater than 0 and less than year 2286',
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
  62001: 'tier change already in progress',
  62002: 'invalid tier',
  62003: 'account already part of requested tier',
  62004: 'account has open positions',
  62005: 'account has open orders',
  62006: 'too frequent tier change request',
  62007: 'maker-only API key used for a disallowed tx',
  // 2026-12 catalogue (docs/protocol/errors-and-limits.md#error-codes-2026)
  21114: "account value is over maintenance margin, can't activate liquidation",
  21138: 'maximum pending unlocks per account exceeded',
  21139: 'no pending unlocks for the account',
  21140: 'pending unlock is still in waiting period',
  21141: 'only LIT asset can be used for pending unlock',
  21200: 'invalid public pool index',
  21201: 'invalid operator fee',
  21202: 'invalid public pool status',
  21203: 'public pool is frozen, only burning is allowed',
  21204: 'invalid pool initial usdc amount',
  21205: 'invalid min operator share rate',
  21206: 'too many invested public pools',
  21207: 'insufficient available shares',
  21208: 'owner drops below minimum ownership',
  21209: 'invalid mint share amount',
  21210: 'invalid burn share amount',
  21211: 'burnt share usdc amount is too high',
  21212: 'entry usdc amount is too high',
  21213: 'invalid update public pool status',
  21214: 'invalid pool position to transfer',
  21215: 'only master account can update public pool',
  21216: 'public pool is in liquidation',
  21217: 'public pool reached maximum invested pools',
  21218: 'pool creation is disabled',
  21219: 'max llp percentage exceeded',
  21220: 'public pool has open positions',
  21221: 'public pool has active orders',
  21222: 'public pool has no shares',
  21223: 'max llp amount exceeded',
  21224: 'staking pool is frozen, only burning is allowed',
  21225: 'invalid staking pool index',
  21226: 'entry staked amount is too high',
  21227: 'burnt share lit amount is too high',
  21228: 'insufficient available staking shares',
  21229: 'invalid unstake amount',
  21230: 'staking pool is already initialized',
  21231: 'mint share amount exceeds staked LIT value',
  21232: 'invalid stake asset amount',
  21233: 'invalid unstake asset amount',
  21234: 'liquidity pool cooldown period has not passed yet',
  21235: "operator shares can't be force burned",
  21236: 'staking pool does not exist',
  21237: 'force burn shares amount exceeds staked LIT value',
  21606: 'market already exist for given index',
  21607: 'invalid market fees',
  21608: 'invalid quote multiplier',
  21611: 'invalid interest rate',
  21612: 'invalid open interest',
  21616: 'asset does not exists for given index',
  21617: 'invalid create market parameters',
  21619: 'invalid market type',
  21620: 'invalid funding clamp',
  21622: 'invalid order quote limit',
  21623: 'invalid open interest limit',
  21624: 'invalid min base amount',
  21625: 'invalid min quote amount',
  21626: 'invalid margin fraction',
  21745: 'only perps markets are allowed for L1 orders',
  41001: 'Referral code already exists',
  41002: 'Referral code is expired',
  41003: 'Referral code already used',
  41004: 'User can already access',
  41005: "User can't invite",
  41006: 'Invalid referral code',
  41007: 'Referral code is required',
  41008: 'Kickback can only be updated once per week',
  41009: 'Referral code has already been updated once, cannot update again',
  41010: 'Referral code must be 4-14 characters and contain only uppercase letters (A-Z) and numbers (0-9)',
  41011: 'only main account index is valid, please use the main account',
  41012: 'cannot use your own referral code',
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
