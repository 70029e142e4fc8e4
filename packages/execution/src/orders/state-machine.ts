/**
 * Nautilus order state machine (docs/protocol/nautilus.md#order-state-machine, NT `NautilusOrderStatus::transition`). Illegal events throw
 * {@link InvalidStateTransitionError}; the caller decides whether that is a bug or a duplicate.
 */
import { InvalidStateTransitionError } from '../errors.js';
import { addDecimal, compareDecimal } from '../translate/decimal.js';
import type { OrderEvent, OrderEventType } from './events.js';
import { NAUTILUS_ORDER_STATUS, type NautilusOrderStatus } from './types.js';

type Target = NautilusOrderStatus | 'RESTORE' | 'FILL';

// Extra pseudo events of the Nautilus model that this adapter never emits but the table knows.
type TableEvent = OrderEventType | 'OrderEmulated' | 'OrderReleased';

const S = NAUTILUS_ORDER_STATUS;

/** Legal transitions: status -> event -> next status ('RESTORE' = previous status, 'FILL' = by leaves). */
const TABLE: Readonly<Record<NautilusOrderStatus, Partial<Record<TableEvent, Target>>>> = {
  INITIALIZED: {
    OrderDenied: S.DENIED,
    OrderSubmitted: S.SUBMITTED,
    OrderEmulated: S.EMULATED,
    OrderReleased: S.RELEASED,
    OrderRejected: S.REJECTED,
    OrderAccepted: S.ACCEPTED,
    OrderCanceled: S.CANCELED,
    OrderExpired: S.EXPIRED,
    OrderTriggered: S.TRIGGERED,
    OrderUpdated: S.INITIALIZED,
  },
  EMULATED: { OrderCanceled: S.CANCELED, OrderExpired: S.EXPIRED, OrderReleased: S.RELEASED, OrderUpdated: S.EMULATED },
  RELEASED: { OrderSubmitted: S.SUBMITTED, OrderDenied: S.DENIED, OrderCanceled: S.CANCELED, OrderUpdated: S.RELEASED },
  SUBMITTED: {
    OrderPendingUpdate: S.PENDING_UPDATE,
    OrderPendingCancel: S.PENDING_CANCEL,
    OrderRejected: S.REJECTED,
    OrderCanceled: S.CANCELED,
    OrderAccepted: S.ACCEPTED,
    OrderFilled: 'FILL',
    OrderUpdated: S.SUBMITTED,
  },
  ACCEPTED: {
    OrderRejected: S.REJECTED,
    OrderPendingUpdate: S.PENDING_UPDATE,
    OrderPendingCancel: S.PENDING_CANCEL,
    OrderCanceled: S.CANCELED,
    OrderTriggered: S.TRIGGERED,
    OrderExpired: S.EXPIRED,
    OrderFilled: 'FILL',
    OrderUpdated: S.ACCEPTED,
  },
  TRIGGERED: {
    OrderRejected: S.REJECTED,
    OrderPendingUpdate: S.PENDING_UPDATE,
    OrderPendingCancel: S.PENDING_CANCEL,
    OrderCanceled: S.CANCELED,
    OrderExpired: S.EXPIRED,
    OrderFilled: 'FILL',
    OrderUpdated: S.TRIGGERED,
  },
  PENDING_UPDATE: {
    OrderRejected: S.REJECTED,
    OrderAccepted: S.ACCEPTED,
    OrderCanceled: S.CANCELED,
    OrderExpired: S.EXPIRED,
    OrderTriggered: S.TRIGGERED,
    OrderFilled: 'FILL',
    OrderPendingCancel: S.PENDING_CANCEL,
    OrderPendingUpdate: S.PENDING_UPDATE,
    OrderModifyRejected: 'RESTORE',
    OrderUpdated: 'RESTORE',
  },
  PENDING_CANCEL: {
    OrderRejected: S.REJECTED,
    OrderCanceled: S.CANCELED,
    OrderExpired: S.EXPIRED,
    OrderAccepted: S.ACCEPTED,
    OrderFilled: 'FILL',
    OrderPendingCancel: S.PENDING_CANCEL,
    OrderCancelRejected: 'RESTORE',
  },
  PARTIALLY_FILLED: {
    OrderPendingUpdate: S.PENDING_UPDATE,
    OrderPendingCancel: S.PENDING_CANCEL,
    OrderCanceled: S.CANCELED,
    OrderExpired: S.EXPIRED,
    OrderFilled: 'FILL',
    OrderAccepted: S.ACCEPTED,
    OrderUpdated: S.PARTIALLY_FILLED,
  },
  CANCELED: { OrderFilled: 'FILL' },
  DENIED: {},
  REJECTED: {},
  EXPIRED: {},
  FILLED: {},
};

/** Events kept per order by default (first + latest). */
export const DEFAULT_MAX_EVENTS_PER_ORDER = 64;

/** Statuses after which nothing but (for CANCELED) a late fill may happen. */
export const TERMINAL_STATUSES: ReadonlySet<NautilusOrderStatus> = new Set([
  S.DENIED,
  S.REJECTED,
  S.CANCELED,
  S.EXPIRED,
  S.FILLED,
]);

/**
 * Whether `event` is legal in `status` (ignores fill quantities).
 * @example isLegalTransition('ACCEPTED', 'OrderCanceled') // true
 * @throws never
 */
export function isLegalTransition(status: NautilusOrderStatus, event: TableEvent): boolean {
  return TABLE[status][event] !== undefined;
}

/**
 * One order's status, quantities and fill accounting.
 * @example
 * const m = new OrderStateMachine({ clientOrderId: 'O-1', quantity: '1' });
 * m.apply({ type: 'OrderSubmitted', ... });
 */
export class OrderStateMachine {
  /** ClientOrderId of the order this machine tracks. */
  readonly clientOrderId: string;
  #status: NautilusOrderStatus = S.INITIALIZED;
  #previous: NautilusOrderStatus = S.INITIALIZED;
  #quantity: string;
  #filled = '0';
  #venueOrderId: string | undefined;
  readonly #events: OrderEvent[] = [];
  readonly #maxEvents: number;
  #eventCount = 0;

  /** `maxEvents` caps the event history kept per order: the first event and the latest ones (default 64). */
  constructor(params: {
    clientOrderId: string;
    quantity: string;
    status?: NautilusOrderStatus;
    filledQty?: string;
    maxEvents?: number;
  }) {
    this.clientOrderId = params.clientOrderId;
    this.#maxEvents = Math.max(2, params.maxEvents ?? DEFAULT_MAX_EVENTS_PER_ORDER);
    this.#quantity = params.quantity;
    if (params.status !== undefined) this.#status = params.status;
    if (params.filledQty !== undefined) this.#filled = params.filledQty;
  }

  /** Current Nautilus order status. */
  get status(): NautilusOrderStatus {
    return this.#status;
  }
  /** Order quantity (decimal string). */
  get quantity(): string {
    return this.#quantity;
  }
  /** Filled quantity so far (decimal string). */
  get filledQty(): string {
    return this.#filled;
  }
  /** Quantity still open: quantity minus filled (decimal string). */
  get leavesQty(): string {
    const c = compareDecimal(this.#quantity, this.#filled);
    return c <= 0 ? '0' : addDecimal(this.#quantity, `-${this.#filled}`);
  }
  /** Venue order id once accepted, else undefined. */
  get venueOrderId(): string | undefined {
    return this.#venueOrderId;
  }
  /** True once FILLED, CANCELED, EXPIRED, REJECTED or DENIED. */
  get isTerminal(): boolean {
    return TERMINAL_STATUSES.has(this.#status);
  }
  /** Whether the order is working at the venue (can be canceled / modified). */
  get isOpen(): boolean {
    return (
      this.#status === S.ACCEPTED ||
      this.#status === S.TRIGGERED ||
      this.#status === S.PARTIALLY_FILLED ||
      this.#status === S.PENDING_CANCEL ||
      this.#status === S.PENDING_UPDATE
    );
  }
  /** Events applied, in order: the first one and the latest `maxEvents - 1` (a long-lived order that is modified thousands of times stays small). */
  get events(): readonly OrderEvent[] {
    return this.#events;
  }
  /** Events applied in total, including those dropped from {@link events}. */
  get eventCount(): number {
    return this.#eventCount;
  }

  /** Records the venue id without an event (adoption after restart). @throws never */
  setVenueOrderId(venueOrderId: string): void {
    this.#venueOrderId = venueOrderId;
  }

  /**
   * Whether applying the event would be legal right now.
   * @throws never
   */
  canApply(event: OrderEvent): boolean {
    return TABLE[this.#status][event.type] !== undefined;
  }

  /**
   * Applies an event and returns the new status.
   * @throws InvalidStateTransitionError when illegal in the current status
   */
  apply(event: OrderEvent): NautilusOrderStatus {
    const target = TABLE[this.#status][event.type];
    if (target === undefined) {
      throw new InvalidStateTransitionError({
        from: this.#status,
        event: event.type,
        clientOrderId: this.clientOrderId,
      });
    }
    let next: NautilusOrderStatus;
    if (target === 'RESTORE') next = this.#previous;
    else if (target === 'FILL') {
      if (event.type !== 'OrderFilled') throw new Error('unreachable');
      this.#filled = addDecimal(this.#filled, event.lastQty);
      next = compareDecimal(this.#filled, this.#quantity) >= 0 ? S.FILLED : S.PARTIALLY_FILLED;
    } else next = target;

    if ('venueOrderId' in event && typeof event.venueOrderId === 'string') this.#venueOrderId = event.venueOrderId;
    if (event.type === 'OrderUpdated') this.#quantity = event.quantity;
    // Pending states remember where to return to (NT `previous_status`).
    if (next === S.PENDING_CANCEL || next === S.PENDING_UPDATE) {
      if (this.#status !== S.PENDING_CANCEL && this.#status !== S.PENDING_UPDATE) this.#previous = this.#status;
    }
    this.#status = next;
    this.#events.push(event);
    this.#eventCount++;
    // Keep the first event (how the order started) and the most recent ones.
    if (this.#events.length > this.#maxEvents) this.#events.splice(1, 1);
    return next;
  }
}
