/**
 * Venue numeric enums used in CreateOrder (docs/protocol/transactions.md#orders), taken from @lighter-ts/models
 * (the one source of protocol constants) under the names this layer's translation uses.
 */
import { DEFAULT_TX_BATCH_SIZE, GROUPING_TYPE, ORDER_TYPE, TIME_IN_FORCE } from '@lighter-ts/models';

/** CreateOrder `Type` this client sends (docs/protocol/transactions.md#orders; TWAP / liquidation types are never sent). */
export const VENUE_ORDER_TYPE = {
  /** Limit order (Nautilus LIMIT). */
  LIMIT: ORDER_TYPE.LIMIT,
  /** Market order with a slippage-capped worst price (Nautilus MARKET). */
  MARKET: ORDER_TYPE.MARKET,
  /** Stop-loss: market order on trigger (Nautilus STOP_MARKET). */
  STOP_LOSS: ORDER_TYPE.STOP_LOSS,
  /** Stop-loss-limit: limit order on trigger (Nautilus STOP_LIMIT). */
  STOP_LOSS_LIMIT: ORDER_TYPE.STOP_LOSS_LIMIT,
  /** Take-profit: market order on trigger (Nautilus MARKET_IF_TOUCHED). */
  TAKE_PROFIT: ORDER_TYPE.TAKE_PROFIT,
  /** Take-profit-limit: limit order on trigger (Nautilus LIMIT_IF_TOUCHED). */
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
  /** One-triggers-other: the child goes live when the parent fills. */
  OTO: GROUPING_TYPE.ONE_TRIGGERS_OTHER,
  /** One-cancels-other: a fill of one cancels the other. */
  OCO: GROUPING_TYPE.ONE_CANCELS_OTHER,
  /** Parent plus an OCO pair (take-profit and stop-loss) that goes live on the parent's fill. */
  OTOCO: GROUPING_TYPE.ONE_TRIGGERS_ONE_CANCELS_OTHER,
} as const;

/** Wire limits (docs/protocol/transactions.md#orders). */
export const WIRE_LIMITS = {
  /** Largest price in ticks a CreateOrder can carry (uint32). */
  MAX_PRICE: 2n ** 32n - 1n,
  /** Largest base amount in lots a CreateOrder can carry (48 bits). */
  MAX_BASE_AMOUNT: 2n ** 48n - 1n,
} as const;

/**
 * Max txs per sendTxBatch this client sends: models' `DEFAULT_TX_BATCH_SIZE` (15, as NT), below the
 * venue's 50 (docs/protocol/transactions.md#batches).
 */
export const MAX_BATCH_SIZE: number = DEFAULT_TX_BATCH_SIZE;
