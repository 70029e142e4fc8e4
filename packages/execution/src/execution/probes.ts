/**
 * REST probes that resolve what the streams did not (parity §1.6, §2.3): unknown-outcome submits
 * after a delay, acknowledged cancels / modifies that left the order unchanged, and the full
 * reconcile after a WS reconnect (see gap-reconcile.ts). Every result goes through the
 * dispatcher, so a probe never duplicates an event the streams already delivered.
 */
import type { OrderDispatcher, TrackedOrder } from '../orders/dispatcher.js';
import { reconcileAfterGap } from './gap-reconcile.js';
import * as recon from './reconciliation.js';

/**
 * Owns the probe timers of one execution client (all cleared by {@link InflightProber.close}).
 * @example
 * const prober = new InflightProber({ dispatcher, reconCtx: () => ctx, signal, probeMs: 2000, onError });
 * prober.scheduleProbe([tracked]);
 * prober.close();
 */
export class InflightProber {
  readonly #dispatcher: OrderDispatcher;
  readonly #reconCtx: () => recon.ReconciliationContext;
  readonly #signal: AbortSignal;
  readonly #probeMs: number;
  readonly #onError: (error: unknown) => void;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(params: {
    dispatcher: OrderDispatcher;
    reconCtx: () => recon.ReconciliationContext;
    /** The client's close signal: probes stop and errors are no longer reported once aborted. */
    signal: AbortSignal;
    probeMs: number;
    onError: (error: unknown) => void;
  }) {
    this.#dispatcher = params.dispatcher;
    this.#reconCtx = params.reconCtx;
    this.#signal = params.signal;
    this.#probeMs = params.probeMs;
    this.#onError = params.onError;
  }

  /** Clears every pending probe timer. Idempotent. @throws never */
  close(): void {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
  }

  /** Looks up unknown-outcome submits after the probe delay. @throws never */
  scheduleProbe(orders: readonly TrackedOrder[]): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void this.#resolveInflight(orders);
    }, this.#probeMs);
    timer.unref?.();
    this.#timers.add(timer);
  }

  /** Looks up in-flight orders over REST and feeds what it finds through the dispatcher (never rejects). */
  async #resolveInflight(orders: readonly TrackedOrder[]): Promise<void> {
    for (const t of orders) {
      if (t.machine.status !== 'SUBMITTED' || this.#signal.aborted) continue;
      try {
        const row = await recon.findOrderRow(this.#reconCtx(), { instrumentId: t.order.instrumentId, clientOrderId: t.order.clientOrderId, signal: this.#signal });
        if (row !== undefined) this.#dispatcher.handleOrderRow(row); // still unknown: stays in flight (no false reject)
      } catch (e) {
        if (!this.#signal.aborted) this.#onError(e);
      }
    }
  }

  /**
   * After an acknowledged cancel / modify: if the order is still pending a while later, look it
   * up. A venue row is fed through the dispatcher (Canceled / Updated / fills); an order that is
   * still working unchanged means the command was a no-op → CancelRejected / ModifyRejected
   * (parity §1.6 "probe after 2 s"). Not found stays ambiguous (no event).
   * @throws never
   */
  probeAfterAck(targets: readonly TrackedOrder[], kind: 'cancel' | 'modify'): void {
    const pending = kind === 'cancel' ? 'PENDING_CANCEL' : 'PENDING_UPDATE';
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void (async () => {
        for (const t of targets) {
          if (t.machine.status !== pending || this.#signal.aborted) continue;
          try {
            const row = await recon.findOrderRow(this.#reconCtx(), { instrumentId: t.order.instrumentId, clientOrderId: t.order.clientOrderId, signal: this.#signal });
            if (row === undefined) continue;
            this.#dispatcher.handleOrderRow(row);
            if (t.machine.status !== pending) continue;
            const stillWorking = row.status === 'open' || row.status === 'pending';
            if (!stillWorking) continue;
            if (kind === 'cancel') this.#dispatcher.emit(t, { type: 'OrderCancelRejected', venueOrderId: row.orderId, reason: 'cancel acknowledged but the order is still working' });
            else this.#dispatcher.emit(t, { type: 'OrderModifyRejected', venueOrderId: row.orderId, reason: 'modify acknowledged but the order is unchanged' });
          } catch (e) {
            if (!this.#signal.aborted) this.#onError(e);
          }
        }
      })();
    }, this.#probeMs);
    timer.unref?.();
    this.#timers.add(timer);
  }

  /**
   * After a reconnect: REST reconcile of every non-terminal order (the reconnect snapshot lists
   * only open orders, so gap-time cancels / expiries / fills would be lost), then the delayed
   * probes of commands in flight (parity R12 "exceeds", #4991).
   * @throws never
   */
  afterResubscribe(): void {
    void reconcileAfterGap(this.#reconCtx(), {
      orders: this.#dispatcher.all(),
      signal: this.#signal,
      onError: (e) => this.#onError(e),
    });
    const all = this.#dispatcher.all();
    const submitted = all.filter((t) => t.machine.status === 'SUBMITTED');
    const canceling = all.filter((t) => t.machine.status === 'PENDING_CANCEL');
    const updating = all.filter((t) => t.machine.status === 'PENDING_UPDATE');
    if (submitted.length > 0) this.scheduleProbe(submitted);
    if (canceling.length > 0) this.probeAfterAck(canceling, 'cancel');
    if (updating.length > 0) this.probeAfterAck(updating, 'modify');
  }
}
