/** Listener signature for an event map entry. */
export type Listener<T> = (payload: T) => void;

/**
 * Minimal typed event emitter. A throwing listener is isolated (reported to `onListenerError`)
 * so one consumer cannot break the socket loop.
 */
export class TypedEmitter<E extends object> {
  private readonly listeners = new Map<keyof E, Set<Listener<never>>>();
  constructor(private readonly onListenerError: (err: unknown) => void = () => {}) {}

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof E>(event: K, listener: Listener<E[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as Listener<never>);
    return () => this.off(event, listener);
  }
  /** Removes a listener. */
  off<K extends keyof E>(event: K, listener: Listener<E[K]>): void {
    this.listeners.get(event)?.delete(listener as Listener<never>);
  }
  /** Calls every listener of `event`. */
  emit<K extends keyof E>(event: K, payload: E[K]): void {
    const set = this.listeners.get(event);
    if (!set || set.size === 0) return;
    for (const l of [...set]) {
      try {
        (l as Listener<E[K]>)(payload);
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }
  removeAll(): void {
    this.listeners.clear();
  }
}
