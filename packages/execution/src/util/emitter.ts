/** Minimal typed event emitter; a throwing listener never breaks the emitter or other listeners. */
export class Emitter<Events extends object> {
  readonly #listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  readonly #onListenerError: ((error: unknown) => void) | undefined;

  constructor(params: { onListenerError?: (error: unknown) => void } = {}) {
    this.#onListenerError = params.onListenerError;
  }

  /** Adds a listener; returns a remover. @throws never */
  on<K extends keyof Events>(event: K, listener: (payload: Events[K]) => void): () => void {
    let set = this.#listeners.get(event);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  /** @throws never */
  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const set = this.#listeners.get(event);
    if (set === undefined) return;
    for (const l of [...set]) {
      try {
        (l as (p: Events[K]) => void)(payload);
      } catch (e) {
        // Never re-report failures of the error listeners themselves (would recurse).
        if (event !== 'error') this.#onListenerError?.(e);
      }
    }
  }

  /** @throws never */
  clear(): void {
    this.#listeners.clear();
  }
}
