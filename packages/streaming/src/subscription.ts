import { BoundedQueue, OVERFLOW_POLICY, type OverflowPolicy } from './bounded-queue.js';
import { TypedEmitter } from './emitter.js';
import { BufferOverflowError, LighterWsError, WS_ERROR_CODE } from './errors.js';

/** Why local state of a subscription was discarded. */
export type ResetReason = 'reconnect' | 'gap' | 'duplicate' | 'out_of_order' | 'invalid' | 'stale' | 'auth_refresh';

/** Lifecycle events every subscription emits besides its data. */
export interface SubscriptionLifecycleEvents {
  /** The connection dropped; a reconnect is scheduled after `delayMs`. */
  reconnecting: {
    /** 1 for the first reconnect attempt after a drop, then 2, 3, ... */
    attempt: number;
    /** Backoff before the attempt, ms. */
    delayMs: number;
    /** WebSocket close code of the drop, when the socket reported one. */
    code?: number;
    /** Close reason text of the drop, when given. */
    reason?: string;
  };
  /** The venue confirmed the subscription again (first frame after reconnect or resync). */
  resubscribed: {
    /** Outbound channel name, e.g. `order_book/0`. */
    channel: string;
  };
  /** Local state (book, open candle) is invalid; a fresh snapshot follows. */
  reset: {
    /** Outbound channel name, e.g. `order_book/0`. */
    channel: string;
    /** Why the state was dropped (a nonce gap, a reconnect, ...). */
    reason: ResetReason;
  };
  /** No frame for `staleAfterMs`: the client resubscribes. */
  stale: {
    /** Outbound channel name, e.g. `order_book/0`. */
    channel: string;
    /** How long the channel has been silent, ms. */
    silentMs: number;
  };
  /** A non-fatal problem (venue error for this channel, auth provider failure, …). */
  error: LighterWsError;
  /** The subscription ended (unsubscribe, client close, or buffer overflow). */
  closed: {
    /** Why it ended, when not by the consumer's own unsubscribe (e.g. BufferOverflowError). */
    error?: LighterWsError;
  };
}

/** Events of a subscription: lifecycle plus `data`. */
export interface SubscriptionEvents<E> extends SubscriptionLifecycleEvents {
  /** A typed event of the channel (one per venue frame, or none for frames that only update state). */
  data: E;
}

/** Buffering options of a subscription's async iterator. */
export interface BufferOptions {
  /** Max events buffered for the async iterator. Default 1024. */
  readonly bufferSize?: number;
  /** What to do when the buffer is full. Default `drop-oldest`. */
  readonly overflow?: OverflowPolicy;
}

/**
 * One consumer's view of a channel: typed events via `on()` and an async iterator of data
 * events with a bounded buffer (only allocated once iteration starts).
 *
 * @example
 * const sub = ws.subscribe(orderBookChannel({ marketIndex: 0 }));
 * sub.on('reset', (e) => console.log('book reset', e.reason));
 * for await (const ev of sub) console.log(ev.book.bestBid());
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for a bad bufferSize / overflow; the iterator
 * throws {@link BufferOverflowError} once under the `disconnect` policy
 */
export class Subscription<E> implements AsyncIterable<E> {
  private readonly emitter: TypedEmitter<SubscriptionEvents<E>>;
  private queue: BoundedQueue<E> | undefined;
  private waiter: { resolve: (r: IteratorResult<E>) => void; reject: (e: unknown) => void } | undefined;
  private done = false;
  private endError: LighterWsError | undefined;
  private droppedCount = 0;
  private readonly bufferSize: number;
  private readonly overflow: OverflowPolicy;

  /** Outbound channel name this subscription reads, e.g. `order_book/0`. */
  readonly channel: string;

  /** @internal created by LighterWsClient.subscribe */
  constructor(
    channel: string,
    private readonly release: (sub: Subscription<E>) => void,
    options: BufferOptions = {},
  ) {
    this.channel = channel;
    this.bufferSize = options.bufferSize ?? 1024;
    this.overflow = options.overflow ?? OVERFLOW_POLICY.DROP_OLDEST;
    if (!Number.isInteger(this.bufferSize) || this.bufferSize < 1) {
      throw new LighterWsError('bufferSize must be a positive integer', { code: WS_ERROR_CODE.INVALID_ARGUMENT });
    }
    if (this.overflow !== OVERFLOW_POLICY.DROP_OLDEST && this.overflow !== OVERFLOW_POLICY.DISCONNECT) {
      throw new LighterWsError('overflow must be "drop-oldest" or "disconnect"', {
        code: WS_ERROR_CODE.INVALID_ARGUMENT,
      });
    }
    this.emitter = new TypedEmitter();
  }

  /** Events dropped by the `drop-oldest` policy so far. */
  get dropped(): number {
    return this.droppedCount;
  }
  /** True after unsubscribe / close / overflow disconnect. */
  get closed(): boolean {
    return this.done;
  }

  /** Adds a listener; returns an unsubscribe-the-listener function. */
  on<K extends keyof SubscriptionEvents<E>>(
    event: K,
    listener: (payload: SubscriptionEvents<E>[K]) => void,
  ): () => void {
    return this.emitter.on(event, listener);
  }
  /** Removes a listener added with `on`. */
  off<K extends keyof SubscriptionEvents<E>>(event: K, listener: (payload: SubscriptionEvents<E>[K]) => void): void {
    this.emitter.off(event, listener);
  }

  /**
   * Resolves with the next data event (or rejects if the subscription ends first).
   * @throws {LighterWsError} code `WS_CLOSED` / `WS_ABORTED`
   */
  next(options: { signal?: AbortSignal } = {}): Promise<E> {
    return new Promise<E>((resolve, reject) => {
      if (this.done) {
        reject(this.endError ?? new LighterWsError('subscription closed', { code: WS_ERROR_CODE.CLOSED }));
        return;
      }
      const cleanup = (): void => {
        offData();
        offClosed();
        options.signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        cleanup();
        reject(new LighterWsError('aborted', { code: WS_ERROR_CODE.ABORTED, cause: options.signal?.reason }));
      };
      const offData = this.on('data', (e) => {
        cleanup();
        resolve(e);
      });
      const offClosed = this.on('closed', ({ error }) => {
        cleanup();
        reject(error ?? new LighterWsError('subscription closed', { code: WS_ERROR_CODE.CLOSED }));
      });
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Stops this consumer; the venue subscription ends when its last consumer leaves. Idempotent. */
  unsubscribe(): void {
    if (this.done) return;
    this.release(this);
    this.end(undefined);
  }

  /** Iterates the events from the subscription's bounded buffer; ends when the subscription closes (`break` leaves it open). */
  [Symbol.asyncIterator](): AsyncIterator<E> {
    if (!this.queue) this.queue = new BoundedQueue<E>(this.bufferSize);
    return {
      next: () => this.pull(),
      return: async () => {
        this.unsubscribe();
        return { done: true, value: undefined };
      },
    };
  }

  /** @internal */
  deliver(event: E): void {
    if (this.done) return;
    const w = this.waiter;
    if (w) {
      this.waiter = undefined;
      w.resolve({ done: false, value: event });
    } else if (this.queue && !this.queue.push(event)) {
      if (this.overflow === OVERFLOW_POLICY.DROP_OLDEST) {
        this.queue.shift();
        this.queue.push(event);
        this.droppedCount++;
      } else {
        this.release(this);
        this.end(new BufferOverflowError({ channel: this.channel, capacity: this.bufferSize }));
        return;
      }
    }
    this.emitter.emit('data', event);
  }

  /** @internal */
  emitLifecycle<K extends keyof SubscriptionLifecycleEvents>(event: K, payload: SubscriptionLifecycleEvents[K]): void {
    if (!this.done) this.emitter.emit(event, payload as SubscriptionEvents<E>[K]);
  }

  /** @internal ends the subscription (client close or unsubscribe). */
  end(error: LighterWsError | undefined): void {
    if (this.done) return;
    this.done = true;
    this.endError = error;
    const w = this.waiter;
    this.waiter = undefined;
    if (w) {
      if (error) w.reject(error);
      else w.resolve({ done: true, value: undefined });
    }
    this.emitter.emit('closed', error ? { error } : {});
    this.emitter.removeAll();
  }

  private pull(): Promise<IteratorResult<E>> {
    const item = this.queue?.shift();
    if (item !== undefined) return Promise.resolve({ done: false, value: item });
    if (this.done) {
      if (this.endError) {
        const err = this.endError;
        this.endError = undefined; // report once, then plain done
        return Promise.reject(err);
      }
      return Promise.resolve({ done: true, value: undefined });
    }
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }
}
