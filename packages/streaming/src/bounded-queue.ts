/**
 * What a subscription does when its consumer falls behind and the buffer is full:
 * `drop-oldest` discards the oldest buffered event and counts it; `disconnect` ends the
 * subscription with a BufferOverflowError.
 * @example ws.subscribe(tickerChannel({ marketIndex: 0 }), { bufferSize: 64, overflow: OVERFLOW_POLICY.DISCONNECT });
 * @throws never
 */
export const OVERFLOW_POLICY = {
  /** Discard the oldest buffered event and count the drop; the subscription goes on. */
  DROP_OLDEST: 'drop-oldest',
  /** End the subscription with a BufferOverflowError. */
  DISCONNECT: 'disconnect',
} as const;
/** Union of {@link OVERFLOW_POLICY} values. */
export type OverflowPolicy = (typeof OVERFLOW_POLICY)[keyof typeof OVERFLOW_POLICY];

/**
 * Fixed-capacity FIFO ring buffer.
 * @example const q = new BoundedQueue<number>(2); q.push(1); q.push(2); q.push(3); // false (full)
 * @throws {RangeError} when capacity is not a positive integer
 */
export class BoundedQueue<T> {
  private readonly items: (T | undefined)[];
  private head = 0;
  private count = 0;
  /** Maximum number of buffered items (a positive integer). */
  readonly capacity: number;
  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    this.capacity = capacity;
    this.items = new Array(capacity);
  }
  /** Number of buffered items. */
  get length(): number {
    return this.count;
  }
  /** Appends; returns false (and stores nothing) when full. */
  push(item: T): boolean {
    if (this.count === this.capacity) return false;
    this.items[(this.head + this.count) % this.capacity] = item;
    this.count++;
    return true;
  }
  /** Removes and returns the oldest item. */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.count--;
    return item;
  }
  /** Drops every buffered item. */
  clear(): void {
    this.items.fill(undefined);
    this.head = 0;
    this.count = 0;
  }
}
