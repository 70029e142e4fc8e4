/**
 * Mutable state of one lifecycle run: what the report is built from, plus the WS-drop
 * signal the waits use to switch on their REST fallback.
 */
import { createOrderWatch, type OrderWatch } from './order-watch.js';
import type { PostOnlyOrderPlan } from './price.js';
import type { OrderRecord } from './report/schema.js';
import type { CanaryMarket, OrderObservation } from './venue.js';

/** How a state was established: on the account stream, or by REST once the stream had dropped. */
export type EstablishedVia = 'ws' | 'rest-after-ws-drop';

/** Mutable state the report is built from (filled in as steps complete). */
export interface LifecycleState {
  market: CanaryMarket | null;
  plan: PostOnlyOrderPlan | null;
  order: OrderRecord | null;
  watch: OrderWatch;
  fill: {
    attempted: boolean;
    clientOrderId: string | null;
    filledSize: string | null;
    avgPrice: string | null;
    flattened: boolean;
    detail: string;
  } | null;
  acceptedWs: OrderObservation | null;
  acceptedRest: OrderObservation | null;
  canceledWs: OrderObservation | null;
  canceledRest: OrderObservation | null;
  /** How the accepted / canceled states were established (REST only after a WS drop). */
  acceptedVia: EstablishedVia | null;
  canceledVia: EstablishedVia | null;
  wsDropsWhileAccepting: number;
  wsDropsWhileCanceling: number;
  /** WS drops seen during the run, and listeners for new ones. */
  wsDrops: number;
  noteWsDrop(): void;
  onWsDrop(listener: () => void): () => void;
  reconcileOpen: number | null;
  /** Account tier before the lifecycle and after cleanup. */
  tier: { before: string | null; after: string | null };
  /**
   * Volume quota as the run's first and last sendTx answers reported it (there is no route to read it
   * without sending a tx; docs/protocol/errors-and-limits.md#volume-quota). Null for Standard accounts.
   */
  quota: { before: number | null; after: number | null };
}

/**
 * Create the empty state object.
 *
 * @example
 * const state = createLifecycleState();
 * @throws never
 */
export function createLifecycleState(): LifecycleState {
  const dropListeners = new Set<() => void>();
  const state: LifecycleState = {
    market: null,
    plan: null,
    order: null,
    watch: createOrderWatch(),
    fill: null,
    acceptedWs: null,
    acceptedRest: null,
    canceledWs: null,
    canceledRest: null,
    acceptedVia: null,
    canceledVia: null,
    wsDropsWhileAccepting: 0,
    wsDropsWhileCanceling: 0,
    wsDrops: 0,
    noteWsDrop() {
      state.wsDrops++;
      for (const l of [...dropListeners]) l();
    },
    onWsDrop(listener) {
      dropListeners.add(listener);
      return () => dropListeners.delete(listener);
    },
    reconcileOpen: null,
    tier: { before: null, after: null },
    quota: { before: null, after: null },
  };
  return state;
}
