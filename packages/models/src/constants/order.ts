/** Order enums: numeric (signed tx fields) and as the REST/WS payloads spell them (docs/protocol/transactions.md#orders, docs/protocol/enums.md). */

/**
 * `Type` field of CreateOrder (docs/protocol/transactions.md#orders).
 *
 * @example
 * import { ORDER_TYPE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ORDER_TYPE = {
  /** 0: rests on the book at its price until filled, canceled or expired. */
  LIMIT: 0,
  /** 1: takes liquidity at once; its price is the worst acceptable one (slippage bound), never rests. */
  MARKET: 1,
  /** 2: a market order released when the mark price crosses the trigger price against the position. */
  STOP_LOSS: 2,
  /** 3: a limit order released when the mark price crosses the trigger price against the position. */
  STOP_LOSS_LIMIT: 3,
  /** 4: a market order released when the mark price crosses the trigger price in the position's favour. */
  TAKE_PROFIT: 4,
  /** 5: a limit order released when the mark price crosses the trigger price in the position's favour. */
  TAKE_PROFIT_LIMIT: 5,
  /** 6: a parent order the venue executes in slices over time. */
  TWAP: 6,
  /** 7: one slice the venue created for a TWAP parent (not sent by users). */
  TWAP_SUB: 7,
  /** 8: an order the venue created to liquidate a position (not sent by users). */
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
  /** 0: fills what it can at once; the rest is canceled (market orders use it). */
  IMMEDIATE_OR_CANCEL: 0,
  /** 1: rests until filled, canceled or its `OrderExpiry` (ms) passes. */
  GOOD_TILL_TIME: 1,
  /** 2: rests only as a maker; canceled (`canceled-post-only`) if it would take liquidity. */
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
  /** 0: cancel every open order now. */
  IMMEDIATE: 0,
  /** 1: cancel every open order at the given time (dead man's switch), unless renewed or aborted. */
  SCHEDULED: 1,
  /** 2: withdraw a scheduled cancel-all. */
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
  /** `in-progress`: accepted, being processed by the matching engine (code 0). */
  IN_PROGRESS: 'in-progress',
  /** `pending`: waiting for its trigger or parent (stop, take-profit, grouped child; code 1). */
  PENDING: 'pending',
  /** `open`: resting on the book, possibly partly filled (code 2). */
  OPEN: 'open',
  /** `filled`: fully filled (code 3). */
  FILLED: 'filled',
  /** `canceled`: canceled by its owner (code 4). */
  CANCELED: 'canceled',
  /** `canceled-post-only`: a post-only order that would have taken liquidity (code 5). */
  CANCELED_POST_ONLY: 'canceled-post-only',
  /** `canceled-reduce-only`: a reduce-only order that would have increased the position (code 6). */
  CANCELED_REDUCE_ONLY: 'canceled-reduce-only',
  /** `canceled-position-not-allowed`: the resulting position is not allowed (code 7). */
  CANCELED_POSITION_NOT_ALLOWED: 'canceled-position-not-allowed',
  /** `canceled-margin-not-allowed`: not enough margin for the order (code 8). */
  CANCELED_MARGIN_NOT_ALLOWED: 'canceled-margin-not-allowed',
  /** `canceled-too-much-slippage`: the fill price would pass the order's slippage bound (code 9). */
  CANCELED_TOO_MUCH_SLIPPAGE: 'canceled-too-much-slippage',
  /** `canceled-not-enough-liquidity`: the book could not fill it (code 10). */
  CANCELED_NOT_ENOUGH_LIQUIDITY: 'canceled-not-enough-liquidity',
  /** `canceled-self-trade`: it would have traded with the same owner (code 11). */
  CANCELED_SELF_TRADE: 'canceled-self-trade',
  /** `canceled-expired`: its expiry passed (code 12). */
  CANCELED_EXPIRED: 'canceled-expired',
  /** `canceled-oco`: the other order of its one-cancels-other group executed (code 13). */
  CANCELED_OCO: 'canceled-oco',
  /** `canceled-child`: canceled because its parent order was (code 14). */
  CANCELED_CHILD: 'canceled-child',
  /** `canceled-liquidation`: canceled by the liquidation of the account (code 15). */
  CANCELED_LIQUIDATION: 'canceled-liquidation',
  /** `canceled-invalid-balance`: the spot balance no longer covers it (code 16). */
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
  /** The owner canceled it (status `canceled`). */
  USER: 'user',
  /** Post-only order that would have taken liquidity. */
  POST_ONLY: 'post-only',
  /** Reduce-only order that would have increased the position. */
  REDUCE_ONLY: 'reduce-only',
  /** The resulting position is not allowed. */
  POSITION_NOT_ALLOWED: 'position-not-allowed',
  /** Not enough margin. */
  MARGIN_NOT_ALLOWED: 'margin-not-allowed',
  /** The fill price would pass the slippage bound. */
  TOO_MUCH_SLIPPAGE: 'too-much-slippage',
  /** The book could not fill it. */
  NOT_ENOUGH_LIQUIDITY: 'not-enough-liquidity',
  /** It would have traded with the same owner. */
  SELF_TRADE: 'self-trade',
  /** Its expiry passed. */
  EXPIRED: 'expired',
  /** The other order of its one-cancels-other group executed. */
  OCO: 'oco',
  /** Its parent order was canceled. */
  CHILD: 'child',
  /** The account was liquidated. */
  LIQUIDATION: 'liquidation',
  /** The spot balance no longer covers it. */
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
  /** `na`: the order has no trigger. */
  NA: 'na',
  /** `ready`: the trigger fired; the order is released to the book. */
  READY: 'ready',
  /** `mark-price`: waiting for the mark price to cross its trigger price. */
  MARK_PRICE: 'mark-price',
  /** `twap`: a TWAP slice waiting for its time. */
  TWAP: 'twap',
  /** `parent-order`: waiting for its parent order (grouped orders) to fill. */
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
  /** `trade`: a regular match between a maker and a taker order. */
  TRADE: 'trade',
  /** `liquidation`: a fill of a liquidation order. */
  LIQUIDATION: 'liquidation',
  /** `deleverage`: auto-deleveraging, a position closed against an opposite one when liquidation could not. */
  DELEVERAGE: 'deleverage',
  /** `market-settlement`: positions closed at the settlement price when a market settles (e.g. binary options). */
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
  /** 1 (OTO): the second order is placed once the first fills. */
  ONE_TRIGGERS_OTHER: 1,
  /** 2 (OCO): two orders where the execution of one cancels the other. */
  ONE_CANCELS_OTHER: 2,
  /** 3 (OTOCO): an order whose fill places a one-cancels-other pair (e.g. take-profit and stop-loss). */
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
  /** Shortest expiry period the venue accepts for a resting order: 5 minutes, in ms. */
  MIN_PERIOD_MS: 5 * 60 * 1000,
  /** Longest expiry period the venue accepts: 30 days, in ms. */
  MAX_PERIOD_MS: 30 * 24 * 60 * 60 * 1000,
  /** Period the signer adds to now for `DEFAULT_28_DAYS`: 28 days, in ms. */
  DEFAULT_PERIOD_MS: 28 * 24 * 60 * 60 * 1000,
} as const;
