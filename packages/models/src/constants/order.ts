/** Order enums: numeric (signed tx fields) and as the REST/WS payloads spell them (docs/protocol/transactions.md#orders, docs/protocol/enums.md). */

/**
 * `Type` field of CreateOrder (docs/protocol/transactions.md#orders).
 *
 * @example
 * import { ORDER_TYPE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ORDER_TYPE = {
  LIMIT: 0,
  MARKET: 1,
  STOP_LOSS: 2,
  STOP_LOSS_LIMIT: 3,
  TAKE_PROFIT: 4,
  TAKE_PROFIT_LIMIT: 5,
  TWAP: 6,
  TWAP_SUB: 7,
  LIQUIDATION: 8,
} as const;
/** Union of {@link ORDER_TYPE} values. */
export type OrderType = (typeof ORDER_TYPE)[keyof typeof ORDER_TYPE];

/**
 * `Order.type` as spelled in REST/WS payloads, indexed by {@link ORDER_TYPE} value (docs/protocol/enums.md).
 *
 * @example
 * import { ORDER_TYPE_NAME } from '@lighter-ts/models';
 * @throws never (a constant)
 */
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
/** Union of {@link ORDER_TYPE_NAME} entries. */
export type OrderTypeName = (typeof ORDER_TYPE_NAME)[number];

/**
 * `TimeInForce` field of CreateOrder (docs/protocol/transactions.md#orders).
 *
 * @example
 * import { TIME_IN_FORCE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TIME_IN_FORCE = {
  IMMEDIATE_OR_CANCEL: 0,
  GOOD_TILL_TIME: 1,
  POST_ONLY: 2,
} as const;
/** Union of {@link TIME_IN_FORCE} values. */
export type TimeInForce = (typeof TIME_IN_FORCE)[keyof typeof TIME_IN_FORCE];

/**
 * `Order.time_in_force` as spelled in payloads, indexed by {@link TIME_IN_FORCE} value; `Unknown` also occurs (docs/protocol/enums.md).
 *
 * @example
 * import { TIME_IN_FORCE_NAME } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TIME_IN_FORCE_NAME = ['immediate-or-cancel', 'good-till-time', 'post-only'] as const;
/** Payload spellings of time in force, including the venue's capitalised `Unknown`. */
export type TimeInForceName = (typeof TIME_IN_FORCE_NAME)[number] | 'Unknown';

/**
 * `TimeInForce` of CancelAllOrders (docs/protocol/transactions.md#other-order-transactions).
 *
 * @example
 * import { CANCEL_ALL_TIME_IN_FORCE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const CANCEL_ALL_TIME_IN_FORCE = {
  IMMEDIATE: 0,
  SCHEDULED: 1,
  ABORT_SCHEDULED: 2,
} as const;
/** Union of {@link CANCEL_ALL_TIME_IN_FORCE} values. */
export type CancelAllTimeInForce = (typeof CANCEL_ALL_TIME_IN_FORCE)[keyof typeof CANCEL_ALL_TIME_IN_FORCE];

/**
 * `Order.status` spellings; numeric event_info `st` is the index in this list (docs/protocol/enums.md, docs/protocol/transactions.md#event-info).
 *
 * @example
 * import { ORDER_STATUS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ORDER_STATUS = {
  IN_PROGRESS: 'in-progress',
  PENDING: 'pending',
  OPEN: 'open',
  FILLED: 'filled',
  CANCELED: 'canceled',
  CANCELED_POST_ONLY: 'canceled-post-only',
  CANCELED_REDUCE_ONLY: 'canceled-reduce-only',
  CANCELED_POSITION_NOT_ALLOWED: 'canceled-position-not-allowed',
  CANCELED_MARGIN_NOT_ALLOWED: 'canceled-margin-not-allowed',
  CANCELED_TOO_MUCH_SLIPPAGE: 'canceled-too-much-slippage',
  CANCELED_NOT_ENOUGH_LIQUIDITY: 'canceled-not-enough-liquidity',
  CANCELED_SELF_TRADE: 'canceled-self-trade',
  CANCELED_EXPIRED: 'canceled-expired',
  CANCELED_OCO: 'canceled-oco',
  CANCELED_CHILD: 'canceled-child',
  CANCELED_LIQUIDATION: 'canceled-liquidation',
  CANCELED_INVALID_BALANCE: 'canceled-invalid-balance',
} as const;
/** Union of {@link ORDER_STATUS} values. */
export type OrderStatus = (typeof ORDER_STATUS)[keyof typeof ORDER_STATUS];
/**
 * Statuses in numeric order (index = event_info `st`).
 *
 * @example
 * import { ORDER_STATUS_BY_CODE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ORDER_STATUS_BY_CODE: readonly OrderStatus[] = Object.values(ORDER_STATUS);

/**
 * Cancel reasons: the suffix of a `canceled-*` status; plain `canceled` is `user` (docs/protocol/enums.md).
 *
 * @example
 * import { CANCEL_REASON } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const CANCEL_REASON = {
  USER: 'user',
  POST_ONLY: 'post-only',
  REDUCE_ONLY: 'reduce-only',
  POSITION_NOT_ALLOWED: 'position-not-allowed',
  MARGIN_NOT_ALLOWED: 'margin-not-allowed',
  TOO_MUCH_SLIPPAGE: 'too-much-slippage',
  NOT_ENOUGH_LIQUIDITY: 'not-enough-liquidity',
  SELF_TRADE: 'self-trade',
  EXPIRED: 'expired',
  OCO: 'oco',
  CHILD: 'child',
  LIQUIDATION: 'liquidation',
  INVALID_BALANCE: 'invalid-balance',
} as const;
/** Union of {@link CANCEL_REASON} values. */
export type CancelReason = (typeof CANCEL_REASON)[keyof typeof CANCEL_REASON];

/**
 * Cancel reason of a status, or `undefined` when the status is not a cancellation.
 *
 * @example
 * cancelReasonOf('canceled-post-only'); // 'post-only'
 * cancelReasonOf('open'); // undefined
 * @throws never
 */
export function cancelReasonOf(status: string): CancelReason | undefined {
  if (status === 'canceled') return 'user';
  if (!status.startsWith('canceled-')) return undefined;
  const suffix = status.slice('canceled-'.length);
  return (Object.values(CANCEL_REASON) as string[]).includes(suffix) ? (suffix as CancelReason) : undefined;
}

/** Order lifecycle classes used by clients (CCXT/HB mapping, docs/protocol/enums.md). */
export type OrderStatusClass = 'open' | 'filled' | 'canceled' | 'rejected' | 'expired' | 'unknown';

/**
 * Classify a venue order status. Rejection-like cancels (post-only cross, margin/position not allowed,
 * slippage, liquidity, invalid balance) are `rejected` as HB/CCXT treat them.
 *
 * @example
 * classifyOrderStatus('canceled-expired'); // 'expired'
 * @throws never
 */
export function classifyOrderStatus(status: string): OrderStatusClass {
  switch (status) {
    case 'in-progress':
    case 'pending':
    case 'open':
      return 'open';
    case 'filled':
      return 'filled';
    case 'canceled-expired':
      return 'expired';
    case 'canceled-post-only':
    case 'canceled-position-not-allowed':
    case 'canceled-margin-not-allowed':
    case 'canceled-too-much-slippage':
    case 'canceled-not-enough-liquidity':
    case 'canceled-invalid-balance':
      return 'rejected';
    default:
      return status.startsWith('canceled') ? 'canceled' : 'unknown';
  }
}

/**
 * `Order.trigger_status` spellings (docs/protocol/enums.md).
 *
 * @example
 * import { TRIGGER_STATUS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TRIGGER_STATUS = {
  NA: 'na',
  READY: 'ready',
  MARK_PRICE: 'mark-price',
  TWAP: 'twap',
  PARENT_ORDER: 'parent-order',
} as const;
/** Union of {@link TRIGGER_STATUS} values. */
export type TriggerStatus = (typeof TRIGGER_STATUS)[keyof typeof TRIGGER_STATUS];

/**
 * `Trade.type` spellings (docs/protocol/enums.md).
 *
 * @example
 * import { TRADE_TYPE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TRADE_TYPE = {
  TRADE: 'trade',
  LIQUIDATION: 'liquidation',
  DELEVERAGE: 'deleverage',
  MARKET_SETTLEMENT: 'market-settlement',
} as const;
/** Union of {@link TRADE_TYPE} values. */
export type TradeType = (typeof TRADE_TYPE)[keyof typeof TRADE_TYPE];

/**
 * `GroupingType` of CreateGroupedOrders (docs/protocol/transactions.md#other-order-transactions).
 *
 * @example
 * import { GROUPING_TYPE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const GROUPING_TYPE = {
  ONE_TRIGGERS_OTHER: 1,
  ONE_CANCELS_OTHER: 2,
  ONE_TRIGGERS_ONE_CANCELS_OTHER: 3,
} as const;
/** Union of {@link GROUPING_TYPE} values. */
export type GroupingType = (typeof GROUPING_TYPE)[keyof typeof GROUPING_TYPE];

/**
 * Order expiry sentinels and windows (docs/protocol/transactions.md#orders).
 *
 * @example
 * import { ORDER_EXPIRY } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ORDER_EXPIRY = {
  /** SDK sentinel "now + 28 days", replaced by the signer; never valid on the wire (21711). */
  DEFAULT_28_DAYS: -1,
  /** IOC and market orders. */
  NONE: 0,
  MIN_PERIOD_MS: 5 * 60 * 1000,
  MAX_PERIOD_MS: 30 * 24 * 60 * 60 * 1000,
  DEFAULT_PERIOD_MS: 28 * 24 * 60 * 60 * 1000,
} as const;
