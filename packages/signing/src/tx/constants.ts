// Protocol numbers for signing (LG `types/txtypes/constants.go`; docs/protocol/signing.md#transaction-hashes, docs/protocol/signing.md#constants).
// Enums shared with the rest of the SDK come from @lighter-ts/models; only signing-specific
// values (validation limits, default offsets, self-trade equality) are defined here.
import {
  CANCEL_ALL_TIME_IN_FORCE,
  GROUPING_TYPE,
  MARKET_INDEX_RANGE,
  ORDER_TYPE,
  TIME_IN_FORCE,
  TX_ATTRIBUTE,
  TX_TYPE,
} from '@lighter-ts/models/constants';

export { CANCEL_ALL_TIME_IN_FORCE, GROUPING_TYPE, ORDER_TYPE, TIME_IN_FORCE, TX_ATTRIBUTE, TX_TYPE };

/**
 * The L2 tx type codes this package can hash and sign (docs/protocol/signing.md#per-type-field-lists).
 * @example SIGNABLE_TX_TYPES.includes(14) // true
 */
export const SIGNABLE_TX_TYPES = [
  TX_TYPE.CHANGE_PUB_KEY,
  TX_TYPE.CREATE_SUB_ACCOUNT,
  TX_TYPE.CREATE_PUBLIC_POOL,
  TX_TYPE.UPDATE_PUBLIC_POOL,
  TX_TYPE.TRANSFER,
  TX_TYPE.WITHDRAW,
  TX_TYPE.CREATE_ORDER,
  TX_TYPE.CANCEL_ORDER,
  TX_TYPE.CANCEL_ALL_ORDERS,
  TX_TYPE.MODIFY_ORDER,
  TX_TYPE.MINT_SHARES,
  TX_TYPE.BURN_SHARES,
  TX_TYPE.UPDATE_LEVERAGE,
  TX_TYPE.CREATE_GROUPED_ORDERS,
  TX_TYPE.UPDATE_MARGIN,
  TX_TYPE.STAKE_ASSETS,
  TX_TYPE.UNSTAKE_ASSETS,
  TX_TYPE.UPDATE_ACCOUNT_CONFIG,
  TX_TYPE.UPDATE_ACCOUNT_ASSET_CONFIG,
  TX_TYPE.APPROVE_INTEGRATOR,
] as const;

/** Literal union of signable tx type codes. */
export type SignableTxType = (typeof SIGNABLE_TX_TYPES)[number];

/**
 * Self-trade equality modes (attribute 7; models has no constant for it yet).
 * @example signer.signCreateOrder({ ...order, attributes: { selfTradeEqualityMode: SELF_TRADE_EQUALITY.MASTER_ACCOUNT } })
 */
export const SELF_TRADE_EQUALITY = {
  /** 0: orders of the same account index count as a self-trade. */
  ACCOUNT: 0,
  /** 1: orders of any account under the same master account count as a self-trade. */
  MASTER_ACCOUNT: 1,
} as const;

/**
 * Numeric limits the official signer's Validate() enforces (LG constants.go).
 * @example if (clientOrderIndex > TX_LIMITS.MAX_CLIENT_ORDER_INDEX) throw …
 */
export const TX_LIMITS = {
  /** Lowest account index a tx field takes: -1 is the nil account (e.g. no integrator). */
  MIN_ACCOUNT_INDEX: -1n,
  /** Highest account index, 2^48 - 2 (LG `MaxAccountIndex`). */
  MAX_ACCOUNT_INDEX: 2n ** 48n - 2n,
  /** Highest master (L1-owned) account index, 2^47 - 1; sub-accounts and pools sit above it. */
  MAX_MASTER_ACCOUNT_INDEX: 2n ** 47n - 1n,
  /** Lowest sub-account / public pool index, 2^47. */
  MIN_SUB_ACCOUNT_INDEX: 2n ** 47n,
  /** Highest API key slot that can sign (255 is the "all keys" query value, not a slot). */
  MAX_API_KEY_INDEX: 254n,
  /** Perp market indexes are 0..254. */
  MAX_PERPS_MARKET_INDEX: 254n,
  /** 255: no market / all markets (e.g. the cancel-all market attribute). */
  NIL_MARKET_INDEX: 255n,
  /** Spot market indexes start at 2^11 = 2048. */
  MIN_SPOT_MARKET_INDEX: 2048n,
  /** Highest spot market index, 2^12 - 2. */
  MAX_SPOT_MARKET_INDEX: 4094n,
  // Binary options (Up/Down) markets: UNVERIFIED against an official signer. The lighter-go copy we can read
  // predates them (its CreateOrder.Validate takes only perps and spot); the range is the binary slot range a
  // third-party SDK documents (docs/protocol/binary-options.md#market-ids).
  /** Lowest binary (Up/Down) market index (unverified, see above). */
  MIN_BINARY_MARKET_INDEX: BigInt(MARKET_INDEX_RANGE.binary.min),
  /** Highest binary (Up/Down) market index (unverified, see above). */
  MAX_BINARY_MARKET_INDEX: BigInt(MARKET_INDEX_RANGE.binary.max),
  /** Client order indexes are 1..2^48 - 1 (0 = nil). */
  MAX_CLIENT_ORDER_INDEX: 2n ** 48n - 1n,
  /** Venue order indexes start at 2^48, above every client order index. */
  MIN_ORDER_INDEX: 2n ** 48n,
  /** Highest venue order index, 2^60 - 1. */
  MAX_ORDER_INDEX: 2n ** 60n - 1n,
  /** Largest order size in base-amount ticks (integer, market's size decimals), 2^48 - 1. */
  MAX_ORDER_BASE_AMOUNT: 2n ** 48n - 1n,
  /** Largest price or trigger price in price ticks (uint32), 2^32 - 1; 1 is the smallest. */
  MAX_ORDER_PRICE: 2n ** 32n - 1n,
  /** Largest Unix-ms timestamp a tx carries (`ExpiredAt`, approval expiry), 2^48 - 1. */
  MAX_TIMESTAMP: 2n ** 48n - 1n,
  /** Go's `math.MaxInt64`: the upper bound of int64 fields such as `OrderExpiry`. */
  MAX_INT64: 2n ** 63n - 1n,
  /** Largest USDC amount (micro-USDC, 6 decimals) of a transfer or withdrawal, 2^60 - 1. */
  MAX_EXCHANGE_USDC: 2n ** 60n - 1n,
  /** Lowest asset index (0 is nil; 1 is the native asset, 3 USDC). */
  MIN_ASSET_INDEX: 1n,
  /** Highest asset index, 2^6 - 2. */
  MAX_ASSET_INDEX: 62n,
  /** Fees are in parts per million: 1 000 000 = 100 %. */
  FEE_TICK: 1_000_000n,
  /** Margin fractions are in basis points: 10 000 = 100 % (leverage 1x). */
  MARGIN_FRACTION_TICK: 10_000n,
  /** Pool share rates are in basis points: 10 000 = 100 %. */
  SHARE_TICK: 10_000n,
  /** Largest initial share count of a public pool (1e9 USDC at 0.001 USDC a share). */
  MAX_INITIAL_TOTAL_SHARES: 1_000_000_000_000n,
  /** Largest share amount of one mint or burn, 2^60 - 1. */
  MAX_SHARES_TO_MINT_OR_BURN: 2n ** 60n - 1n,
  /** Orders in one CreateGroupedOrders tx (OTOCO = 3). */
  MAX_GROUPED_ORDERS: 3,
  /** L2 tx attributes one tx may carry. */
  MAX_ATTRIBUTES: 4,
} as const;

/**
 * Default tx validity: now + 10 min - 1 s, in ms (LG `client/tx_client.go`; vectors' ExpiredAt).
 * @example const expiredAt = Date.now() + DEFAULT_EXPIRED_AT_OFFSET_MS
 */
export const DEFAULT_EXPIRED_AT_OFFSET_MS = 599_000;

/**
 * OrderExpiry `-1` means now + 28 days (LG sharedlib `SignCreateOrder`; docs/protocol/signing.md#constants).
 * @example const orderExpiry = Date.now() + DEFAULT_ORDER_EXPIRY_OFFSET_MS
 */
export const DEFAULT_ORDER_EXPIRY_OFFSET_MS = 28 * 24 * 60 * 60 * 1000;
