/**
 * REST probes that settle what the streams did not (docs/protocol/nautilus.md#emission-rules). Nothing stays in flight:
 * after an unknown outcome (submit, cancel, modify, batch, grouped) the affected orders are looked
 * up with backoff until the venue's truth is known. An order the venue does not have is resolved
 * as not applied only on proof: the tx's `ExpiredAt` has passed with its nonce unconsumed, or its
 * nonce was consumed by another tx (`nextNonce` moved past it and the tx hash is unknown)
 * (docs/protocol/transactions.md#nonces). Every row goes through the dispatcher, so a probe never
 * duplicates an event the streams already delivered.
 */
import type { OrderDispatcher, TrackedOrder } from '../orders/dispatcher.js';
import type { NautilusOrderStatus } from '../orders/types.js';
import { reconcileAfterGap } from './gap-reconcile.js';
import * as recon from './reconciliation.js';
import type { SentTxRef } from './results.js';

/** The venue's clock may lag ours: a tx counts as expired only this long after its `ExpiredAt`. */
const EXPIRY_GRACE_MS = 2_000;
/** The first probe of an acknowledged (HTTP 200) tx waits this many times `probeMs`. */
const ACK_FIRST_PROBE_FACTOR = 4;
/** Probe delays double from `probeMs` up to this many times `probeMs`. */
const MAX_BACKOFF_FACTOR = 16;

/** The command whose outcome is unknown. */
export type InflightCommand = 'submit' | 'cancel' | 'modify';

/** A command still unresolved after the configured in-flight timeout (client event `inflightTimeout`). */
export interface OrderInFlightTimeout {
  /** Discriminant: always `OrderInFlightTimeout`. */
  readonly type: 'OrderInFlightTimeout';
  /** Which command is unresolved: submit, cancel or modify. */
  readonly command: InflightCommand;
  /** ClientOrderIds the tx concerns (several for a batch or bracket). */
  readonly clientOrderIds: readonly string[];
  /** Nonce and hash of the unresolved tx. */
  readonly tx: SentTxRef;
  /** When the tx was handed to the venue (Unix ms). */
  readonly sinceMs: number;
  /** The tx's `ExpiredAt` (Unix ms): after it (and a grace), an absent order is resolved as not applied. */
  readonly expiresAtMs: number;
}

/** What the venue says about one tx. */
type TxVerdict = { applied: true } | { applied: false; why: string } | undefined;

interface Entry {
  readonly command: InflightCommand;
  readonly orders: readonly TrackedOrder[];
  /** Replaced when the tx is re-signed after a sequencer drop before it ({@link InflightProber.retarget}). */
  tx: SentTxRef;
  expiresAtMs: number;
  sinceMs: number;
  delayMs: number;
  /** The API server answered 200: a nonce still unconsumed at the first probe means a sequencer drop. */
  readonly acknowledged: boolean;
  /** A drop of this tx was reported (once): its nonce is re-used by the txs re-signed after it. */
  dropped: boolean;
}

const PENDING: Record<InflightCommand, NautilusOrderStatus> = {
  submit: 'SUBMITTED',
  cancel: 'PENDING_CANCEL',
  modify: 'PENDING_UPDATE',
};

/**
 * Owns the probe timers of one execution client (all cleared by {@link InflightProber.close}).
 * @example
 * const prober = new InflightProber({ dispatcher, reconCtx: () => ctx, signal, probeMs: 2000, inflightTimeoutMs: 30_000, nextNonce, txLanded, onTimeout, onError });
 * prober.track({ command: 'cancel', orders: [tracked], tx, expiresAtMs });
 * prober.close();
 */
export class InflightProber {
  readonly #dispatcher: OrderDispatcher;
  readonly #reconCtx: () => recon.ReconciliationContext;
  readonly #signal: AbortSignal;
  readonly #probeMs: number;
  readonly #inflightTimeoutMs: number;
  readonly #nextNonce: (signal: AbortSignal) => Promise<bigint>;
  readonly #txLanded: (txHash: string, signal: AbortSignal) => Promise<boolean>;
  readonly #onTimeout: (event: OrderInFlightTimeout) => void;
  readonly #onError: (error: unknown) => void;
  readonly #onDrop: ((p: { droppedNonce: bigint }) => void) | undefined;
  readonly #now: () => number;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #entries = new Set<Entry>();

  constructor(params: {
    dispatcher: OrderDispatcher;
    reconCtx: () => recon.ReconciliationContext;
    /** The client's close signal: probes stop and errors are no longer reported once aborted. */
    signal: AbortSignal;
    probeMs: number;
    inflightTimeoutMs: number;
    /** The venue's next nonce of this api key. */
    nextNonce: (signal: AbortSignal) => Promise<bigint>;
    /** Whether the venue knows the tx hash (false: "not found"); throws when it cannot tell. */
    txLanded: (txHash: string, signal: AbortSignal) => Promise<boolean>;
    onTimeout: (event: OrderInFlightTimeout) => void;
    onError: (error: unknown) => void;
    /**
     * An acknowledged tx whose nonce the venue still expects at its first probe, and whose hash the
     * venue does not know: the sequencer dropped it without consuming the nonce
     * (docs/protocol/transactions.md#nonces). `droppedNonce` is the venue's next nonce (the gap).
     */
    onDrop?: (p: { droppedNonce: bigint }) => void;
    now: () => number;
  }) {
    this.#dispatcher = params.dispatcher;
    this.#reconCtx = params.reconCtx;
    this.#signal = params.signal;
    this.#probeMs = params.probeMs;
    this.#inflightTimeoutMs = params.inflightTimeoutMs;
    this.#nextNonce = params.nextNonce;
    this.#txLanded = params.txLanded;
    this.#onTimeout = params.onTimeout;
    this.#onError = params.onError;
    this.#onDrop = params.onDrop;
    this.#now = params.now;
  }

  /**
   * Txs re-signed after a sequencer drop: probes of tx i of `before` now follow tx i of `after`.
   * @throws never
   */
  retarget(p: { before: readonly SentTxRef[]; after: readonly SentTxRef[]; expiresAtMs: number }): void {
    p.before.forEach((old, i) => {
      const now = p.after[i];
      if (now === undefined) return;
      for (const e of this.#entries) {
        if (e.tx.txHash !== old.txHash) continue;
        e.tx = now;
        e.expiresAtMs = p.expiresAtMs;
        e.sinceMs = this.#now();
        e.dropped = false;
      }
    });
  }

  /** Clears every pending probe timer. Idempotent. @throws never */
  close(): void {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    this.#entries.clear();
  }

  #later(ms: number, f: () => void): void {
    if (this.#signal.aborted) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      f();
    }, ms);
    timer.unref?.();
    this.#timers.add(timer);
  }

  /**
   * Probes the orders of one tx with an unknown outcome until each leaves its pending state
   * (SUBMITTED / PENDING_CANCEL / PENDING_UPDATE); raises `OrderInFlightTimeout` once if that
   * takes longer than the in-flight timeout.
   * @throws never
   */
  track(params: {
    command: InflightCommand;
    orders: readonly TrackedOrder[];
    tx: SentTxRef;
    expiresAtMs: number;
    acknowledged?: boolean;
  }): void {
    const { acknowledged, ...rest } = params;
    // An acknowledged tx is normally settled by the streams within moments: look later, and only if it was not.
    const first = acknowledged === true ? this.#probeMs * ACK_FIRST_PROBE_FACTOR : this.#probeMs;
    const entry: Entry = {
      ...rest,
      sinceMs: this.#now(),
      delayMs: first,
      acknowledged: acknowledged === true,
      dropped: false,
    };
    this.#entries.add(entry);
    this.#later(this.#inflightTimeoutMs, () => {
      const waiting = entry.orders.filter((t) => t.machine.status === PENDING[entry.command]);
      if (waiting.length === 0) return;
      this.#onTimeout({
        type: 'OrderInFlightTimeout',
        command: entry.command,
        clientOrderIds: waiting.map((t) => t.order.clientOrderId),
        tx: entry.tx,
        sinceMs: entry.sinceMs,
        expiresAtMs: entry.expiresAtMs,
      });
    });
    this.#later(entry.delayMs, () => void this.#step(entry));
  }

  async #step(entry: Entry): Promise<void> {
    if (this.#signal.aborted) return;
    const pending = PENDING[entry.command];
    const waiting = () => entry.orders.filter((t) => t.machine.status === pending);
    try {
      if (waiting().length === 0) return this.#forget(entry);
      let working = await this.#lookUp(waiting());
      if (waiting().length === 0) return this.#forget(entry);
      const verdict = await this.#verdict(entry);
      if (verdict !== undefined) {
        // Applied after the rows were read: read them again, so a stale "still working" row is not taken for a no-op.
        if (verdict.applied) working = await this.#lookUp(waiting());
        for (const t of waiting()) this.#settle({ entry, tracked: t, verdict, working: working.has(t) });
        if (waiting().length === 0) return this.#forget(entry);
      }
    } catch (e) {
      if (this.#signal.aborted) return;
      this.#onError(e);
    }
    // Not settled yet: back off, but never sleep past the moment expiry becomes proof.
    const untilExpiry = entry.expiresAtMs + EXPIRY_GRACE_MS - this.#now();
    const delay = untilExpiry > 0 ? Math.min(entry.delayMs, untilExpiry) : entry.delayMs;
    entry.delayMs = Math.min(entry.delayMs * 2, this.#probeMs * MAX_BACKOFF_FACTOR);
    this.#later(Math.max(delay, 1), () => void this.#step(entry));
  }

  #forget(entry: Entry): void {
    this.#entries.delete(entry);
  }

  /** Feeds each order's venue row through the dispatcher; returns the orders the venue still has working. */
  async #lookUp(orders: readonly TrackedOrder[]): Promise<Set<TrackedOrder>> {
    const working = new Set<TrackedOrder>();
    for (const t of orders) {
      const row = await recon.findOrderRow(this.#reconCtx(), {
        instrumentId: t.order.instrumentId,
        clientOrderId: t.order.clientOrderId,
        signal: this.#signal,
      });
      if (row === undefined) continue;
      this.#dispatcher.handleOrderRow(row, 'rest-probe');
      if (row.status === 'open' || row.status === 'pending') working.add(t);
    }
    return working;
  }

  /** Applied / not applied (with why) / still undecidable. */
  async #verdict(entry: Entry): Promise<TxVerdict> {
    const nonce = BigInt(entry.tx.nonce);
    const next = await this.#nextNonce(this.#signal);
    const expired = this.#now() > entry.expiresAtMs + EXPIRY_GRACE_MS;
    // Strict per-key sequencing: while the venue still expects this nonce the tx has not landed,
    // and after its expiry it never can.
    if (next <= nonce) {
      if (expired) return { applied: false, why: 'expired' };
      // Acknowledged, yet at its first probe the venue neither consumed the nonce nor knows the hash:
      // the sequencer dropped a tx at or before it (docs/protocol/transactions.md#nonces). The txs sent
      // after the gap are re-signed from `next`; the tx at `next` itself stays unresolved until its
      // nonce is re-used (then "not applied") or it expires.
      if (
        entry.acknowledged &&
        !entry.dropped &&
        this.#onDrop !== undefined &&
        !(await this.#txLanded(entry.tx.txHash, this.#signal))
      ) {
        if (next === nonce) entry.dropped = true;
        this.#onDrop({ droppedNonce: next });
      }
      return undefined;
    }
    if (await this.#txLanded(entry.tx.txHash, this.#signal)) return { applied: true };
    return {
      applied: false,
      why: entry.dropped
        ? 'dropped by the sequencer without consuming its nonce; the nonce went to a re-signed tx'
        : 'nonce consumed by another tx',
    };
  }

  #settle(p: { entry: Entry; tracked: TrackedOrder; verdict: NonNullable<TxVerdict>; working: boolean }): void {
    const { entry, tracked: t, verdict } = p;
    const venueOrderId = t.machine.venueOrderId;
    if (!verdict.applied) {
      if (entry.command === 'submit') {
        // The order row was looked up first: absent, and its tx can no longer land.
        if (!p.working)
          this.#dispatcher.emit(
            t,
            { type: 'OrderRejected', reason: `TX_NOT_APPLIED: ${verdict.why}`, duePostOnly: false },
            'rest-probe',
          );
      } else if (entry.command === 'cancel') {
        this.#dispatcher.emit(
          t,
          { type: 'OrderCancelRejected', venueOrderId, reason: `cancel not applied: ${verdict.why}` },
          'rest-probe',
        );
      } else {
        this.#dispatcher.emit(
          t,
          { type: 'OrderModifyRejected', venueOrderId, reason: `modify not applied: ${verdict.why}` },
          'rest-probe',
        );
      }
      return;
    }
    // Applied, yet the order still works unchanged: the command was a no-op at the venue.
    if (!p.working) return; // a submit's row may lag its tx: probe again
    if (entry.command === 'cancel')
      this.#dispatcher.emit(
        t,
        { type: 'OrderCancelRejected', venueOrderId, reason: 'cancel applied but the order is still working' },
        'rest-probe',
      );
    if (entry.command === 'modify')
      this.#dispatcher.emit(
        t,
        { type: 'OrderModifyRejected', venueOrderId, reason: 'modify applied but the order is unchanged' },
        'rest-probe',
      );
  }

  /**
   * After an acknowledged cancel / modify: if the order is still pending a while later, look it
   * up. A venue row is fed through the dispatcher (Canceled / Updated / fills); an order that is
   * still working unchanged means the command was a no-op → CancelRejected / ModifyRejected
   * (docs/protocol/nautilus.md#emission-rules "probe after 2 s"). Not found stays ambiguous (no event).
   * @throws never
   */
  probeAfterAck(targets: readonly TrackedOrder[], kind: 'cancel' | 'modify'): void {
    const pending = kind === 'cancel' ? 'PENDING_CANCEL' : 'PENDING_UPDATE';
    this.#later(this.#probeMs, () => {
      void (async () => {
        for (const t of targets) {
          if (t.machine.status !== pending || this.#signal.aborted) continue;
          try {
            const row = await recon.findOrderRow(this.#reconCtx(), {
              instrumentId: t.order.instrumentId,
              clientOrderId: t.order.clientOrderId,
              signal: this.#signal,
            });
            if (row === undefined) continue;
            this.#dispatcher.handleOrderRow(row, 'rest-probe');
            if (t.machine.status !== pending) continue;
            const stillWorking = row.status === 'open' || row.status === 'pending';
            if (!stillWorking) continue;
            if (kind === 'cancel')
              this.#dispatcher.emit(
                t,
                {
                  type: 'OrderCancelRejected',
                  venueOrderId: row.orderId,
                  reason: 'cancel acknowledged but the order is still working',
                },
                'rest-probe',
              );
            else
              this.#dispatcher.emit(
                t,
                {
                  type: 'OrderModifyRejected',
                  venueOrderId: row.orderId,
                  reason: 'modify acknowledged but the order is unchanged',
                },
                'rest-probe',
              );
          } catch (e) {
            if (!this.#signal.aborted) this.#onError(e);
          }
        }
      })();
    });
  }

  /**
   * After a reconnect: REST reconcile of every non-terminal order (the reconnect snapshot lists
   * only open orders, so gap-time cancels / expiries / fills would be lost), then the delayed
   * probes of acknowledged commands (parity R12 "exceeds", #4991). Unknown outcomes have their own probes.
   * @throws never
   */
  afterResubscribe(): void {
    void reconcileAfterGap(this.#reconCtx(), {
      orders: this.#dispatcher.all(),
      signal: this.#signal,
      onError: (e) => this.#onError(e),
    });
    const all = this.#dispatcher.all();
    const canceling = all.filter((t) => t.machine.status === 'PENDING_CANCEL');
    const updating = all.filter((t) => t.machine.status === 'PENDING_UPDATE');
    if (canceling.length > 0) this.probeAfterAck(canceling, 'cancel');
    if (updating.length > 0) this.probeAfterAck(updating, 'modify');
  }
}
