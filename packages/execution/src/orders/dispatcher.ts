/**
 * Venue frames -> Nautilus order events (docs/protocol/nautilus.md#emission-rules). Owns the per-order state machines, the
 * identity lookups and the dedup that makes duplicate / replayed frames harmless: an event that
 * is illegal in the order's current state is a duplicate and is dropped; fills are deduplicated
 * by (trade id, venue order id) in a bounded set (docs/protocol/nautilus.md#emission-rules rule 6).
 */
import { type IdentityStore, registerClientOrderId } from '../identity/store.js';
import type { LighterInstrument } from '../instruments/instrument.js';
import { orderRowToReport, ownSides, tradeToFillReport } from '../reports/build.js';
import type { FillReport, OrderStatusReport } from '../reports/types.js';
import { normalizeDecimal } from '../translate/decimal.js';
import { cancelReasonOf, REJECT_LIKE_CANCEL_REASONS, toMillis } from '../venue/mapping.js';
import type { VenueOrderRow, VenueTradeRow } from '../venue/rows.js';
import { BoundedDedupSet } from './dedup.js';
import type { OrderEvent, OrderEventSource } from './events.js';
import { DEFAULT_ORDER_RETENTION, type ResolvedOrderRetention, TerminalOrders } from './retention.js';
import { OrderStateMachine } from './state-machine.js';
import type { NautilusOrder, NautilusOrderStatus } from './types.js';

/** One order this client knows about. */
export interface TrackedOrder {
  /** The order as submitted. */
  readonly order: NautilusOrder;
  /** Its state machine (status, venue order id, filled quantity). */
  readonly machine: OrderStateMachine;
  /** Venue client order index from the identity store. */
  readonly clientOrderIndex: number;
  /** True once OrderAccepted was emitted. */
  accepted: boolean;
  /** True once OrderTriggered was emitted. */
  triggered: boolean;
  /** Last quantity / price / trigger the venue reported (decimal strings), to detect modifies; undefined before. */
  shape:
    | {
        /** Order quantity the venue last reported, decimal string. */
        quantity: string;
        /** Limit price the venue last reported, decimal string (`0` when none). */
        price: string;
        /** Trigger price the venue last reported, decimal string (`0` when none). */
        trigger: string;
      }
    | undefined;
  /** Unix ms when the order was submitted (for in-flight resolution). */
  submittedAtMs: number;
}

type Distribute<T> = T extends OrderEvent ? Omit<T, 'clientOrderId' | 'instrumentId' | 'tsEvent' | 'source'> : never;
/** Event body without the common fields (order ids, time, source). */
export type EventBody = Distribute<OrderEvent>;

/** Callbacks of the dispatcher. */
export interface DispatcherSinks {
  /** Every order event of an order this client placed, in order, deduplicated. */
  onEvent(event: OrderEvent): void;
  /** Rows for orders this client did not place (external orders, parity R9). */
  onOrderReport?(report: OrderStatusReport): void;
  /** Fills of orders this client did not place. */
  onFillReport?(report: FillReport): void;
  /** A venue row that could not be turned into an event (it stays unmarked, so a replay can succeed). */
  onError?(error: unknown): void;
}

/**
 * @example
 * const d = new OrderDispatcher({ accountId: 'LIGHTER-001', accountIndex: 12, identity, instrumentByMarket, sinks });
 * d.handleOrderRow(row);
 */
export class OrderDispatcher {
  /** Nautilus AccountId stamped on reports of external orders. */
  readonly accountId: string;
  /** Venue account index whose rows are ours. */
  readonly accountIndex: number;
  /** Identity store mapping venue rows back to ClientOrderIds. */
  readonly identity: IdentityStore;
  readonly #instrumentByMarket: (marketIndex: number) => LighterInstrument | undefined;
  readonly #sinks: DispatcherSinks;
  readonly #now: () => number;
  readonly #orders = new Map<string, TrackedOrder>();
  readonly #fills = new BoundedDedupSet({ capacity: 10_000 });
  readonly #retention: ResolvedOrderRetention;
  readonly #terminal: TerminalOrders;

  constructor(params: {
    accountId: string;
    accountIndex: number;
    identity: IdentityStore;
    instrumentByMarket: (marketIndex: number) => LighterInstrument | undefined;
    sinks: DispatcherSinks;
    now?: () => number;
    /** Eviction of terminal orders and the per-order event cap (validated by the client). */
    retention?: ResolvedOrderRetention;
  }) {
    this.accountId = params.accountId;
    this.accountIndex = params.accountIndex;
    this.identity = params.identity;
    this.#instrumentByMarket = params.instrumentByMarket;
    this.#sinks = params.sinks;
    this.#now = params.now ?? Date.now;
    this.#retention = params.retention ?? DEFAULT_ORDER_RETENTION;
    this.#terminal = new TerminalOrders({
      ttlMs: this.#retention.terminalOrderTtlMs,
      max: this.#retention.maxTerminalOrders,
    });
  }

  /** Starts tracking a locally created order (status INITIALIZED). @throws never */
  track(params: { order: NautilusOrder; clientOrderIndex: number }): TrackedOrder {
    const existing = this.#orders.get(params.order.clientOrderId);
    if (existing !== undefined) return existing;
    const tracked: TrackedOrder = {
      order: params.order,
      machine: new OrderStateMachine({
        clientOrderId: params.order.clientOrderId,
        quantity: params.order.quantity,
        maxEvents: this.#retention.maxEventsPerOrder,
      }),
      clientOrderIndex: params.clientOrderIndex,
      accepted: false,
      triggered: false,
      shape: undefined,
      submittedAtMs: this.#now(),
    };
    this.#orders.set(params.order.clientOrderId, tracked);
    return tracked;
  }

  /**
   * Adopts an order from a status report (restart / reconciliation), at the reported status.
   * @throws never
   */
  adopt(report: OrderStatusReport): TrackedOrder | undefined {
    if (report.clientOrderId === undefined) return undefined;
    const existing = this.#orders.get(report.clientOrderId);
    if (existing !== undefined) return existing;
    const identity = this.identity.get(report.clientOrderId);
    if (identity === undefined) return undefined;
    const order: NautilusOrder = {
      clientOrderId: report.clientOrderId,
      instrumentId: report.instrumentId,
      side: report.orderSide,
      type: report.orderType,
      quantity: report.quantity,
      price: report.price,
      triggerPrice: report.triggerPrice,
      timeInForce: report.timeInForce,
      postOnly: report.postOnly,
      reduceOnly: report.reduceOnly,
      strategyId: identity.strategyId,
    };
    const machine = new OrderStateMachine({
      clientOrderId: report.clientOrderId,
      quantity: report.quantity,
      status: report.orderStatus,
      filledQty: report.filledQty,
      maxEvents: this.#retention.maxEventsPerOrder,
    });
    machine.setVenueOrderId(report.venueOrderId);
    const tracked: TrackedOrder = {
      order,
      machine,
      clientOrderIndex: identity.clientOrderIndex,
      accepted: report.orderStatus !== 'SUBMITTED',
      triggered: report.orderStatus === 'TRIGGERED',
      shape: undefined,
      submittedAtMs: report.tsAccepted,
    };
    this.#orders.set(report.clientOrderId, tracked);
    if (identity.venueOrderId === undefined) this.identity.put({ ...identity, venueOrderId: report.venueOrderId });
    if (machine.isTerminal) this.#terminal.note(report.clientOrderId, this.#now());
    return tracked;
  }

  /** @throws never */
  get(clientOrderId: string): TrackedOrder | undefined {
    return this.#orders.get(clientOrderId);
  }

  /** Every tracked order. @throws never */
  all(): TrackedOrder[] {
    return [...this.#orders.values()];
  }

  /** Orders working at the venue (ACCEPTED, TRIGGERED, PARTIALLY_FILLED, PENDING_*). @throws never */
  openOrders(filter: { instrumentId?: string; side?: 'BUY' | 'SELL' } = {}): TrackedOrder[] {
    return this.all().filter(
      (t) =>
        t.machine.isOpen &&
        (filter.instrumentId === undefined || t.order.instrumentId === filter.instrumentId) &&
        (filter.side === undefined || t.order.side === filter.side),
    );
  }

  /**
   * Applies an event if legal (duplicates and late frames are dropped) and emits it, stamped with
   * the evidence it rests on (`source`).
   * @returns whether the event was applied
   * @throws never
   */
  emit(tracked: TrackedOrder, body: EventBody, source: OrderEventSource, tsEvent?: number): boolean {
    const event = {
      ...body,
      clientOrderId: tracked.order.clientOrderId,
      instrumentId: tracked.order.instrumentId,
      tsEvent: tsEvent ?? this.#now(),
      source,
    } as OrderEvent;
    if (!tracked.machine.canApply(event)) return false;
    tracked.machine.apply(event);
    if (event.type === 'OrderAccepted') tracked.accepted = true;
    if (event.type === 'OrderTriggered') tracked.triggered = true;
    this.#sinks.onEvent(event);
    if (tracked.machine.isTerminal) this.#terminal.note(tracked.order.clientOrderId, this.#now());
    this.#evict();
    return true;
  }

  /**
   * Drops terminal orders past their retention from the registry and their identities from the
   * store (the journal compacts them away). Only terminal orders are ever noted, and a late fill
   * of a CANCELED order keeps it terminal, so an order the venue still has keeps its mapping.
   */
  #evict(): void {
    for (const cloid of this.#terminal.due(this.#now())) {
      const t = this.#orders.get(cloid);
      if (t === undefined || !t.machine.isTerminal) continue;
      this.#orders.delete(cloid);
      this.identity.delete(cloid);
    }
  }

  /** Terminal orders still kept in memory. @throws never */
  get terminalOrderCount(): number {
    return this.#terminal.size;
  }

  #resolve(venueOrderId: string, clientOrderIndex: number): string | undefined {
    const byVenue = this.identity.getByVenueOrderId(venueOrderId);
    if (byVenue !== undefined) return byVenue.clientOrderId;
    if (clientOrderIndex > 0) return this.identity.getByClientOrderIndex(clientOrderIndex)?.clientOrderId;
    return undefined;
  }

  #ensureAccepted(t: TrackedOrder, venueOrderId: string, ts: number, source: OrderEventSource): void {
    if (t.accepted) return;
    const s: NautilusOrderStatus = t.machine.status;
    if (s === 'SUBMITTED' || s === 'INITIALIZED' || s === 'PENDING_CANCEL' || s === 'PENDING_UPDATE') {
      if (s === 'PENDING_CANCEL' || s === 'PENDING_UPDATE') {
        t.accepted = true; // leave the pending state alone; the venue id is recorded below
        t.machine.setVenueOrderId(venueOrderId);
        return;
      }
      this.emit(t, { type: 'OrderAccepted', venueOrderId }, source, ts);
    }
  }

  /**
   * Handles one venue order row (WS account orders frame or REST row); `source` says which.
   * @throws never
   */
  handleOrderRow(row: VenueOrderRow, source: OrderEventSource): void {
    const cloid = this.#resolve(row.orderId, row.clientOrderIndex);
    const instrument = this.#instrumentByMarket(row.market_index);
    const ts = toMillis(row.updated_at ?? row.timestamp) ?? this.#now();
    let tracked = cloid === undefined ? undefined : this.#orders.get(cloid);
    if (tracked === undefined && cloid !== undefined && instrument !== undefined) {
      tracked = this.adopt(
        orderRowToReport({ row, instrument, accountId: this.accountId, clientOrderId: cloid, nowMs: this.#now() }),
      );
      return; // adopted at the reported status: nothing to emit
    }
    if (tracked === undefined) {
      if (instrument !== undefined) {
        this.#sinks.onOrderReport?.(
          orderRowToReport({ row, instrument, accountId: this.accountId, clientOrderId: cloid, nowMs: this.#now() }),
        );
      }
      return;
    }
    const identity = this.identity.get(tracked.order.clientOrderId);
    if (identity !== undefined && identity.venueOrderId !== row.orderId)
      this.identity.put({ ...identity, venueOrderId: row.orderId });

    const venueOrderId = row.orderId;
    // A conditional order waiting for its trigger is working at the venue even though its
    // status reads `pending` (trigger_status mark-price / parent-order).
    const waitingTrigger =
      row.status === 'pending' &&
      row.trigger_status != null &&
      row.trigger_status !== 'na' &&
      row.trigger_status !== 'ready';
    const working = row.status === 'open' || waitingTrigger;
    if (working) this.#ensureAccepted(tracked, venueOrderId, ts, source);
    if (row.trigger_status === 'ready' && !tracked.triggered && tracked.machine.status === 'ACCEPTED') {
      this.emit(tracked, { type: 'OrderTriggered', venueOrderId }, source, ts);
    }
    if (working) {
      const shape = {
        quantity: normalizeDecimal(row.initial_base_amount),
        price: normalizeDecimal(row.price),
        trigger: normalizeDecimal(row.trigger_price ?? '0'),
      };
      const prev = tracked.shape;
      tracked.shape = shape;
      const pendingUpdate = tracked.machine.status === 'PENDING_UPDATE';
      if (
        (prev !== undefined &&
          (prev.quantity !== shape.quantity || prev.price !== shape.price || prev.trigger !== shape.trigger)) ||
        (pendingUpdate && prev === undefined)
      ) {
        this.emit(
          tracked,
          {
            type: 'OrderUpdated',
            venueOrderId,
            quantity: shape.quantity,
            price: shape.price === '0' ? undefined : shape.price,
            triggerPrice: shape.trigger === '0' ? undefined : shape.trigger,
          },
          source,
          ts,
        );
      }
      return;
    }
    if (row.status === 'pending' || row.status === 'in-progress') return;
    if (row.status === 'filled') {
      // Fills are driven by the trade stream; only make sure the venue id is known.
      tracked.machine.setVenueOrderId(venueOrderId);
      return;
    }
    const reason = cancelReasonOf(row.status);
    if (reason === undefined) return;
    if (reason === 'expired') {
      this.#ensureAccepted(tracked, venueOrderId, ts, source);
      this.emit(tracked, { type: 'OrderExpired', venueOrderId }, source, ts);
      return;
    }
    if (REJECT_LIKE_CANCEL_REASONS.has(reason) && (reason === 'post-only' || !tracked.accepted)) {
      if (
        this.emit(
          tracked,
          { type: 'OrderRejected', reason: `canceled-${reason}`, duePostOnly: reason === 'post-only' },
          source,
          ts,
        )
      )
        return;
    }
    this.emit(tracked, { type: 'OrderCanceled', venueOrderId, reason }, source, ts);
  }

  /**
   * Handles one venue trade row; emits OrderFilled (after a synthesised OrderAccepted if the open
   * frame was missed) for each of our sides. Unknown orders become FillReports. A fill is marked
   * seen only once its report is built: a row that fails to build is reported through
   * `onError` and a well-formed replay of it is still booked.
   * @throws never
   */
  handleTradeRow(trade: VenueTradeRow, source: OrderEventSource): void {
    const instrument = this.#instrumentByMarket(trade.market_id);
    if (instrument === undefined) return;
    const tradeId = trade.tradeId;
    for (const side of ownSides(trade, this.accountIndex)) {
      const key = `${tradeId}:${side.venueOrderId}`;
      if (this.#fills.has(key)) continue;
      const cloid = this.#resolve(side.venueOrderId, side.clientOrderIndex);
      const tracked = cloid === undefined ? undefined : this.#orders.get(cloid);
      let report: FillReport;
      try {
        report = tradeToFillReport({
          trade,
          side,
          instrument,
          accountId: this.accountId,
          clientOrderId: cloid,
          nowMs: this.#now(),
        });
      } catch (e) {
        this.#sinks.onError?.(e);
        continue;
      }
      this.#fills.mark(key);
      if (tracked === undefined) {
        this.#sinks.onFillReport?.(report);
        continue;
      }
      const identity = this.identity.get(tracked.order.clientOrderId);
      if (identity !== undefined && identity.venueOrderId === undefined)
        this.identity.put({ ...identity, venueOrderId: side.venueOrderId });
      this.#ensureAccepted(tracked, side.venueOrderId, report.tsEvent, source);
      this.emit(
        tracked,
        {
          type: 'OrderFilled',
          venueOrderId: side.venueOrderId,
          tradeId: report.tradeId,
          orderSide: side.side,
          orderType: tracked.order.type,
          lastQty: report.lastQty,
          lastPx: report.lastPx,
          commission: report.commission,
          liquiditySide: report.liquiditySide,
        },
        source,
        report.tsEvent,
      );
    }
  }

  /** Marks a fill as seen (REST reconciliation shares the WS dedup). @returns false if already seen */
  markFillSeen(tradeId: string, venueOrderId: string): boolean {
    return this.#fills.mark(`${tradeId}:${venueOrderId}`);
  }

  /** Registers a cloid in the identity store and tracks the order. @throws on index exhaustion */
  register(order: NautilusOrder): TrackedOrder {
    const identity = registerClientOrderId({
      store: this.identity,
      clientOrderId: order.clientOrderId,
      instrumentId: order.instrumentId,
      ...(order.strategyId === undefined ? {} : { strategyId: order.strategyId }),
      nowMs: this.#now(),
    });
    return this.track({ order, clientOrderIndex: identity.clientOrderIndex });
  }
}
