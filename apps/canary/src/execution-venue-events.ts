/**
 * Event adaptation of the execution-backed canary venue: the execution client's Nautilus order events and order
 * status reports become the canary's observations (`NautilusEventObservation`, `OrderObservation`), with their
 * source kept so the report never claims evidence it does not have.
 */
import type { LighterExecutionClient, OrderEvent, OrderStatusReport } from '@lighter-ts/execution';
import { reportState, reportStatus, statusOf } from './execution-mapping.js';
import type { NautilusEventObservation, OrderObservation } from './venue.js';

/**
 * The listener of the execution client's `order` events: forwards each event, and the order status it leads to.
 * @example exec.on('order', orderObserver({ exec, clock: Date.now, eventListeners, orderListeners }));
 * @throws never (listeners' own throws aside)
 */
export function orderObserver(params: {
  /** The execution client whose order state names the status. */
  exec: Pick<LighterExecutionClient, 'orderStatus'>;
  /** Time of each observation, ms. */
  clock: () => number;
  /** Receivers of every Nautilus event. */
  eventListeners: Set<(v: NautilusEventObservation) => void>;
  /** Receivers of the status each event leads to. */
  orderListeners: Set<(v: OrderObservation) => void>;
}): (e: OrderEvent) => void {
  const { exec, clock, eventListeners, orderListeners } = params;
  return (e: OrderEvent): void => {
    const venueOrderId = 'venueOrderId' in e ? e.venueOrderId : undefined;
    // A missing source is "unknown", never WS: the report must not claim evidence it does not have.
    const source = e.source ?? 'unknown';
    const at = clock();
    const detail =
      'reason' in e && e.reason !== undefined
        ? String(e.reason)
        : e.type === 'OrderFilled'
          ? `${e.lastQty} @ ${e.lastPx}`
          : undefined;
    const lastQty = e.type === 'OrderFilled' ? e.lastQty : undefined;
    for (const l of eventListeners)
      l({ type: e.type, source, clientOrderId: e.clientOrderId, venueOrderId, lastQty, atMs: at, detail });
    const status = statusOf(e, exec.orderStatus(e.clientOrderId));
    if (!status) return;
    const obs: OrderObservation = {
      clientOrderId: e.clientOrderId,
      venueOrderId,
      status: status.status,
      state: status.state,
      source,
      via: 'event',
      atMs: at,
      reason: status.reason,
      ...(e.type === 'OrderFilled' ? { filledSize: e.lastQty } : {}),
    };
    for (const l of orderListeners) l(obs);
  };
}

/**
 * An execution order status report (REST) as an observation; `fallbackId` names an order the report has no
 * client id for.
 * @example reportObservation(report, `venue-${report.venueOrderId}`, Date.now);
 * @throws never
 */
export function reportObservation(r: OrderStatusReport, fallbackId: string, clock: () => number): OrderObservation {
  return {
    clientOrderId: r.clientOrderId ?? fallbackId,
    restoredClientOrderId: r.clientOrderId,
    venueOrderId: r.venueOrderId,
    status: reportStatus(r),
    state: reportState(r),
    source: 'rest',
    via: 'report',
    atMs: clock(),
    filledSize: r.filledQty,
    reason: r.cancelReason,
    side: r.orderSide === 'BUY' ? 'buy' : 'sell',
    price: r.price,
    quantity: r.quantity,
    timeInForce: r.timeInForce,
    postOnly: r.postOnly,
    expireTimeMs: r.expireTimeMs,
  };
}
