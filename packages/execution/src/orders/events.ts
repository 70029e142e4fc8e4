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
  readonly clientOrderId: string;
  readonly instrumentId: string;
  /** Event time, Unix ms. */
  readonly tsEvent: number;
  /** Evidence behind the event; see {@link OrderEventSource}. */
  readonly source: OrderEventSource;
}

/** Local validation failed; nothing was signed or sent. */
export interface OrderDenied extends Base {
  readonly type: 'OrderDenied';
  readonly reason: string;
}
/** Signed and about to be sent (emitted before the async send). */
export interface OrderSubmitted extends Base {
  readonly type: 'OrderSubmitted';
  readonly accountId: string;
}
/** Definitive venue rejection (never emitted for unknown outcomes, docs/protocol/nautilus.md#emission-rules). */
export interface OrderRejected extends Base {
  readonly type: 'OrderRejected';
  readonly reason: string;
  readonly duePostOnly: boolean;
  readonly venueCode?: number | undefined;
}
/** The venue has the order resting / working. */
export interface OrderAccepted extends Base {
  readonly type: 'OrderAccepted';
  readonly venueOrderId: string;
}
/** Strategy-side: a cancel is in flight. */
export interface OrderPendingCancel extends Base {
  readonly type: 'OrderPendingCancel';
  readonly venueOrderId?: string | undefined;
}
/** Strategy-side: a modify is in flight. */
export interface OrderPendingUpdate extends Base {
  readonly type: 'OrderPendingUpdate';
  readonly venueOrderId?: string | undefined;
}
/** The order was canceled (by us or by the venue). */
export interface OrderCanceled extends Base {
  readonly type: 'OrderCanceled';
  readonly venueOrderId?: string | undefined;
  /** Venue cancel reason (suffix of `canceled-*`), when known. */
  readonly reason?: string | undefined;
}
/** A cancel was definitively refused. */
export interface OrderCancelRejected extends Base {
  readonly type: 'OrderCancelRejected';
  readonly venueOrderId?: string | undefined;
  readonly reason: string;
  readonly venueCode?: number | undefined;
}
/** The order's quantity / price / trigger changed. */
export interface OrderUpdated extends Base {
  readonly type: 'OrderUpdated';
  readonly venueOrderId?: string | undefined;
  readonly quantity: string;
  readonly price?: string | undefined;
  readonly triggerPrice?: string | undefined;
}
/** A modify was definitively refused. */
export interface OrderModifyRejected extends Base {
  readonly type: 'OrderModifyRejected';
  readonly venueOrderId?: string | undefined;
  readonly reason: string;
  readonly venueCode?: number | undefined;
}
/** A conditional order's trigger fired. */
export interface OrderTriggered extends Base {
  readonly type: 'OrderTriggered';
  readonly venueOrderId?: string | undefined;
}
/** GTT/GTD expiry reached. */
export interface OrderExpired extends Base {
  readonly type: 'OrderExpired';
  readonly venueOrderId?: string | undefined;
}
/** A (partial) fill. Commission is in the settlement currency. */
export interface OrderFilled extends Base {
  readonly type: 'OrderFilled';
  readonly venueOrderId: string;
  readonly tradeId: string;
  readonly orderSide: OrderSide;
  readonly orderType: NautilusOrderType;
  readonly lastQty: string;
  readonly lastPx: string;
  readonly commission: { readonly amount: string; readonly currency: string };
  readonly liquiditySide: LiquiditySide;
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
