/**
 * Bounded FIFO "seen" set (docs/protocol/nautilus.md#emission-rules rule 6: dedup fills across WS and REST by trade id,
 * capacity ~10k). `unmark` rolls back a marker when processing failed so a replay can succeed
 * (NT `84ea492625`).
 */
export class BoundedDedupSet {
  /** Most keys remembered; the oldest is forgotten first. */
  readonly capacity: number;
  readonly #seen = new Set<string>();

  /**
   * @example const seen = new BoundedDedupSet({ capacity: 10_000 })
   * @throws RangeError if capacity < 1
   */
  constructor(params: { capacity?: number } = {}) {
    this.capacity = params.capacity ?? 10_000;
    if (!Number.isInteger(this.capacity) || this.capacity < 1)
      throw new RangeError('capacity must be a positive integer');
  }

  /**
   * Marks a key as seen. Returns false if it was already seen (a duplicate).
   * @example if (!seen.mark(tradeId)) return; // duplicate frame
   * @throws never
   */
  mark(key: string): boolean {
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    if (this.#seen.size > this.capacity) {
      const oldest = this.#seen.values().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
    return true;
  }

  /** Removes a marker (rollback). @throws never */
  unmark(key: string): void {
    this.#seen.delete(key);
  }

  /** @throws never */
  has(key: string): boolean {
    return this.#seen.has(key);
  }

  /** Number of keys currently remembered. */
  get size(): number {
    return this.#seen.size;
  }
}
