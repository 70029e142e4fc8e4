/**
 * Venue numeric enums used in CreateOrder (docs/protocol/transactions.md#orders), taken from @lighter-ts/models
 * (the one source of protocol constants) under the names this layer's translation uses.
 */
import { DEFAULT_TX_BATCH_SIZE, GROUPING_TYPE, ORDER_TYPE, TIME_IN_FORCE } from '@lighter-ts/models';

/** CreateOrder `Type` this client sends (docs/protocol/transactions.md#orders; TWAP / liquidation types are never sent). */
export const VENUE_ORDER_TYPE = {
  LIMIT: ORDER_TYPE.LIMIT,
  MARKET: ORDER_TYPE.MARKET,
  STOP_LOSS: ORDER_TYPE.STOP_LOSS,
  STOP_LOSS_LIMIT: ORDER_TYPE.STOP_LOSS_LIMIT,
  TAKE_PROFIT: ORDER_TYPE.TAKE_PROFIT,
  TAKE_PROFIT_LIMIT: ORDER_TYPE.TAKE_PROFIT_LIMIT,
} as const;
/** Literal union of {@link VENUE_ORDER_TYPE}. */
export type VenueOrderType = (typeof VENUE_ORDER_TYPE)[keyof typeof VENUE_ORDER_TYPE];

/** CreateOrder `TimeInForce` (docs/protocol/transactions.md#orders). */
export const VENUE_TIME_IN_FORCE = TIME_IN_FORCE;
/** Literal union of {@link VENUE_TIME_IN_FORCE}. */
export type VenueTimeInForce = (typeof VENUE_TIME_IN_FORCE)[keyof typeof VENUE_TIME_IN_FORCE];

/** CreateGroupedOrders `GroupingType` (docs/protocol/transactions.md#other-order-transactions). */
export const VENUE_GROUPING_TYPE = {
  OTO: GROUPING_TYPE.ONE_TRIGGERS_OTHER,
  OCO: GROUPING_TYPE.ONE_CANCELS_OTHER,
  OTOCO: GROUPING_TYPE.ONE_TRIGGERS_ONE_CANCELS_OTHER,
} as const;

/** Wire limits (docs/protocol/transactions.md#orders). */
export const WIRE_LIMITS = {
  MAX_PRICE: 2n ** 32n - 1n,
  MAX_BASE_AMOUNT: 2n ** 48n - 1n,
} as const;

/**
 * Max txs per sendTxBatch this client sends: models' `DEFAULT_TX_BATCH_SIZE` (15, as NT), below the
 * venue's 50 (docs/protocol/transactions.md#batches).
 */
export const MAX_BATCH_SIZE: number = DEFAULT_TX_BATCH_SIZE;
