/**
 * Order events with NautilusTrader names and fields (docs/protocol/nautilus.md#parity-checklist). Pending* events are generated
 * by the strategy/engine side, not by the adapter; they are here so the state machine can apply them.
 */
import type { LiquiditySide, NautilusOrderType, OrderSide } from './types.js';

/**
 * Where the evidence for an event came from: the client itself (`local`: denials, submitted, pending*),
 * a frame of the venue's account WebSocket (`ws`), a REST lookup made to settle an unknown outcome
 * (`rest-probe`), or a REST sweep after a stream gap or a restart (`reconciliation`).
 */
export type OrderEventSource = 'local' | 'ws' | 'rest-probe' | 'reconciliation';

interface Base {
  /** Nautilus ClientOrderId of the order (the id it was submitted with). */
  readonly clientOrderId: string;
  /** Nautilus InstrumentId of the order (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** Event time, Unix ms. */
  readonly tsEvent: number;
  /** Evidence behind the event; see {@link OrderEventSource}. */
  readonly source: OrderEventSource;
}

/** Local validation failed; nothing was signed or sent. */
export interface OrderDenied extends Base {
  /** Discriminant: always `OrderDenied`. */
  readonly type: 'OrderDenied';
  /** Why it was denied, naming the field and the value (e.g. an off-tick price and the allowed increment). */
  readonly reason: string;
}
/** Signed and about to be sent (emitted before the async send). */
export interface OrderSubmitted extends Base {
  /** Discriminant: always `OrderSubmitted`. */
  readonly type: 'OrderSubmitted';
  /** Nautilus AccountId the order was submitted for (config `accountId`). */
  readonly accountId: string;
}
/** Definitive venue rejection (never emitted for unknown outcomes, docs/protocol/nautilus.md#emission-rules). */
export interface OrderRejected extends Base {
  /** Discriminant: always `OrderRejected`. */
  readonly type: 'OrderRejected';
  /** The venue's message (or the probe's finding, e.g. `TX_NOT_APPLIED: expired`). */
  readonly reason: string;
  /** True when the venue refused because a post-only order would have crossed (canceled-post-only). */
  readonly duePostOnly: boolean;
  /** The venue's numeric error code (21xxx) when it sent one; absent for local denials and probe findings. */
  readonly venueCode?: number | undefined;
}
/** The venue has the order resting / working. */
export interface OrderAccepted extends Base {
  /** Discriminant: always `OrderAccepted`. */
  readonly type: 'OrderAccepted';
  /** Venue order index as a decimal string. */
  readonly venueOrderId: string;
}
/** Strategy-side: a cancel is in flight. */
export interface OrderPendingCancel extends Base {
  /** Discriminant: always `OrderPendingCancel`. */
  readonly type: 'OrderPendingCancel';
  /** Venue order index as a decimal string; absent when the venue had not acknowledged the order yet (the command went by client order index). */
  readonly venueOrderId?: string | undefined;
}
/** Strategy-side: a modify is in flight. */
export interface OrderPendingUpdate extends Base {
  /** Discriminant: always `OrderPendingUpdate`. */
  readonly type: 'OrderPendingUpdate';
  /** Venue order index as a decimal string; absent when the venue had not acknowledged the order yet (the command went by client order index). */
  readonly venueOrderId?: string | undefined;
}
/** The order was canceled (by us or by the venue). */
export interface OrderCanceled extends Base {
  /** Discriminant: always `OrderCanceled`. */
  readonly type: 'OrderCanceled';
  /** Venue order index as a decimal string; absent when the venue had not acknowledged the order yet (the command went by client order index). */
  readonly venueOrderId?: string | undefined;
  /** Venue cancel reason (suffix of `canceled-*`), when known. */
  readonly reason?: string | undefined;
}
/** A cancel was definitively refused. */
export interface OrderCancelRejected extends Base {
  /** Discriminant: always `OrderCancelRejected`. */
  readonly type: 'OrderCancelRejected';
  /** Venue order index as a decimal string; absent when the venue had not acknowledged the order yet (the command went by client order index). */
  readonly venueOrderId?: string | undefined;
  /** Why the cancel did not apply: the venue's message, `not sent: …` for a local denial, or a probe's finding. */
  readonly reason: string;
  /** The venue's numeric error code (21xxx) when it sent one; absent for local denials and probe findings. */
  readonly venueCode?: number | undefined;
}
/** The order's quantity / price / trigger changed. */
export interface OrderUpdated extends Base {
  /** Discriminant: always `OrderUpdated`. */
  readonly type: 'OrderUpdated';
  /** Venue order index as a decimal string; absent when the venue had not acknowledged the order yet (the command went by client order index). */
  readonly venueOrderId?: string | undefined;
  /** The order quantity after the change, decimal string in base units. */
  readonly quantity: string;
  /** The limit price after the change, decimal string; absent for orders without a limit price. */
  readonly price?: string | undefined;
  /** The trigger price after the change, decimal string; absent for orders without a trigger. */
  readonly triggerPrice?: string | undefined;
}
/** A modify was definitively refused. */
export interface OrderModifyRejected extends Base {
  /** Discriminant: always `OrderModifyRejected`. */
  readonly type: 'OrderModifyRejected';
  /** Venue order index as a decimal string; absent when the venue had not acknowledged the order yet (the command went by client order index). */
  readonly venueOrderId?: string | undefined;
  /** Why the modify did not apply: the venue's message, `not sent: …` for a local denial, or a probe's finding. */
  readonly reason: string;
  /** The venue's numeric error code (21xxx) when it sent one; absent for local denials and probe findings. */
  readonly venueCode?: number | undefined;
}
/** A conditional order's trigger fired. */
export interface OrderTriggered extends Base {
  /** Discriminant: always `OrderTriggered`. */
  readonly type: 'OrderTriggered';
  /** Venue order index as a decimal string; absent when the venue had not acknowledged the order yet (the command went by client order index). */
  readonly venueOrderId?: string | undefined;
}
/** GTT/GTD expiry reached. */
export interface OrderExpired extends Base {
  /** Discriminant: always `OrderExpired`. */
  readonly type: 'OrderExpired';
  /** Venue order index as a decimal string; absent when the venue had not acknowledged the order yet (the command went by client order index). */
  readonly venueOrderId?: string | undefined;
}
/** A (partial) fill. Commission is in the settlement currency. */
export interface OrderFilled extends Base {
  /** Discriminant: always `OrderFilled`. */
  readonly type: 'OrderFilled';
  /** Venue order index as a decimal string. */
  readonly venueOrderId: string;
  /** Venue trade id of this fill, as a string (fills are deduplicated by it). */
  readonly tradeId: string;
  /** Side of the filled order. */
  readonly orderSide: OrderSide;
  /** Nautilus type of the filled order. */
  readonly orderType: NautilusOrderType;
  /** Quantity filled by this trade, decimal string in base units. */
  readonly lastQty: string;
  /** Price of this fill, decimal string. */
  readonly lastPx: string;
  /** Fee of this fill: the notional (`usd_amount`) times the venue's maker or taker fee rate, in the quote currency. */
  readonly commission: {
    /** Fee amount as a decimal string in `currency` units. */
    readonly amount: string;
    /** Currency of the fee: the instrument's quote currency (`USDC`). */
    readonly currency: string;
  };
  /** Whether this fill added liquidity (MAKER) or took it (TAKER). */
  readonly liquiditySide: LiquiditySide;
  /** Nautilus PositionId; this adapter leaves it absent (the venue nets one position per market, NETTING OMS). */
  readonly positionId?: string | undefined;
}

/** Any order event. */
export type OrderEvent =
  | OrderDenied
  | OrderSubmitted
  | OrderRejected
  | OrderAccepted
  | OrderPendingCancel
  | OrderPendingUpdate
  | OrderCanceled
  | OrderCancelRejected
  | OrderUpdated
  | OrderModifyRejected
  | OrderTriggered
  | OrderExpired
  | OrderFilled;

/** Literal union of event names. */
export type OrderEventType = OrderEvent['type'];

/** Every event name, in declaration order. */
export const ORDER_EVENT_TYPES = [
  'OrderDenied',
  'OrderSubmitted',
  'OrderRejected',
  'OrderAccepted',
  'OrderPendingCancel',
  'OrderPendingUpdate',
  'OrderCanceled',
  'OrderCancelRejected',
  'OrderUpdated',
  'OrderModifyRejected',
  'OrderTriggered',
  'OrderExpired',
  'OrderFilled',
] as const satisfies readonly OrderEventType[];
