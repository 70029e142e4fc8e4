/**
 * Events the exchange emits to the REST/WS layers. Listeners run synchronously after
 * each state change so every subscriber sees the same order of events.
 */
import type { SimOrder, SimTrade, SimTx } from './types.js';

/** One engine event. */
export type ExchangeEvent =
  | { kind: 'book'; marketIndex: number; isAsk: boolean; price: bigint; nonce: number }
  | { kind: 'trade'; trade: SimTrade }
  | { kind: 'order'; order: SimOrder }
  | { kind: 'account'; accountIndex: number }
  | { kind: 'tx'; tx: SimTx }
  | { kind: 'mark'; marketIndex: number };

/** Listener of engine events. */
export type ExchangeListener = (event: ExchangeEvent) => void;

/** Minimal synchronous event bus. */
export class EventBus {
  private readonly listeners = new Set<ExchangeListener>();

  /** Adds a listener; returns its remover. */
  on(listener: ExchangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ExchangeEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        // a failing subscriber (e.g. a closed socket) must not corrupt engine state
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
