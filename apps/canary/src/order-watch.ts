/**
 * Buffers the account stream's observations of canary orders so a step can wait
 * for a state that may already have arrived (the accepted frame can beat the
 * sendTx answer) without missing it.
 */
import { raceAbort } from './steps.js';
import type { OrderObservation } from './venue.js';

/** Buffer + waiters keyed by client order index. */
export interface OrderWatch {
  /** Adds an observation and resolves the waiters it matches. */
  push(obs: OrderObservation): void;
  /** All observations of one order in arrival order. */
  history(clientOrderId: string): OrderObservation[];
  /** Resolve with the first observation (buffered or future) matching `predicate`. */
  waitFor(params: {
    clientOrderId: string;
    predicate: (o: OrderObservation) => boolean;
    signal: AbortSignal;
  }): Promise<OrderObservation>;
  /** Drop all waiters (they reject with `reason`). */
  close(reason: unknown): void;
}

/**
 * Create an order watch.
 *
 * @example
 * const watch = createOrderWatch();
 * const off = venue.onOrderUpdate((o) => watch.push(o));
 * const accepted = await watch.waitFor({ clientOrderId: '42', predicate: (o) => o.state === 'open', signal });
 * @throws never
 */
export function createOrderWatch(): OrderWatch {
  const byOrder = new Map<string, OrderObservation[]>();
  const waiters = new Set<{
    id: string;
    predicate: (o: OrderObservation) => boolean;
    resolve: (o: OrderObservation) => void;
    reject: (e: unknown) => void;
  }>();
  return {
    push(obs) {
      const list = byOrder.get(obs.clientOrderId) ?? [];
      list.push(obs);
      byOrder.set(obs.clientOrderId, list);
      for (const w of [...waiters]) {
        if (w.id === obs.clientOrderId && w.predicate(obs)) {
          waiters.delete(w);
          w.resolve(obs);
        }
      }
    },
    history(id) {
      return [...(byOrder.get(id) ?? [])];
    },
    waitFor({ clientOrderId, predicate, signal }) {
      const found = (byOrder.get(clientOrderId) ?? []).find(predicate);
      if (found) return Promise.resolve(found);
      let entry:
        | {
            id: string;
            predicate: (o: OrderObservation) => boolean;
            resolve: (o: OrderObservation) => void;
            reject: (e: unknown) => void;
          }
        | undefined;
      const p = new Promise<OrderObservation>((resolve, reject) => {
        entry = { id: clientOrderId, predicate, resolve, reject };
        waiters.add(entry);
      });
      return raceAbort(p, signal).finally(() => {
        if (entry) waiters.delete(entry);
      });
    },
    close(reason) {
      for (const w of waiters) w.reject(reason);
      waiters.clear();
    },
  };
}
