/**
 * Venue numeric enums used in CreateOrder (lighter-api.md §6.3). Kept local so translation does
 * not depend on the wire-model package being present; values are protocol constants.
 */

/** CreateOrder `Type` (lighter-api.md §6.3). */
export const VENUE_ORDER_TYPE = {
  LIMIT: 0,
  MARKET: 1,
  STOP_LOSS: 2,
  STOP_LOSS_LIMIT: 3,
  TAKE_PROFIT: 4,
  TAKE_PROFIT_LIMIT: 5,
} as const;
/** Literal union of {@link VENUE_ORDER_TYPE}. */
export type VenueOrderType = (typeof VENUE_ORDER_TYPE)[keyof typeof VENUE_ORDER_TYPE];

/** CreateOrder `TimeInForce` (lighter-api.md §6.3). */
export const VENUE_TIME_IN_FORCE = { IMMEDIATE_OR_CANCEL: 0, GOOD_TILL_TIME: 1, POST_ONLY: 2 } as const;
/** Literal union of {@link VENUE_TIME_IN_FORCE}. */
export type VenueTimeInForce = (typeof VENUE_TIME_IN_FORCE)[keyof typeof VENUE_TIME_IN_FORCE];

/** CreateGroupedOrders `GroupingType` (lighter-api.md §6.4). */
export const VENUE_GROUPING_TYPE = { OTO: 1, OCO: 2, OTOCO: 3 } as const;

/** Order expiry window the venue accepts (lighter-api.md §6.3: 5 min .. 30 days ahead). */
export const ORDER_EXPIRY = {
  MIN_AHEAD_MS: 5 * 60_000,
  MAX_AHEAD_MS: 30 * 24 * 3600_000,
  /** Default for GTC/DAY resting orders (PY `DEFAULT_28_DAY_ORDER_EXPIRY`). */
  DEFAULT_AHEAD_MS: 28 * 24 * 3600_000,
} as const;

/** Wire limits (lighter-api.md §6.3). */
export const WIRE_LIMITS = {
  MAX_PRICE: 2n ** 32n - 1n,
  MAX_BASE_AMOUNT: 2n ** 48n - 1n,
} as const;

/** Max txs per sendTxBatch this client sends (parity §1.4, NT batch cap). */
export const MAX_BATCH_SIZE = 15;
