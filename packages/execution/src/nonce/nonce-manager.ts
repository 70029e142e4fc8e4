/**
 * Optimistic nonce manager, one per (network, account, api key) (docs/protocol/transactions.md#nonces; parity S3).
 * Nonces are handed out locally; the venue's `nextNonce` is read only at start and after an
 * invalid-nonce error (21104) — never once per order.
 */
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';

/** Injectable nonce manager interface. */
export interface NonceManager {
  /** True once a baseline was fetched and no resync is pending. */
  readonly ready: boolean;
  /** Re-reads the baseline from the venue. Concurrent callers share one fetch. */
  resync(params?: { signal?: AbortSignal }): Promise<void>;
  /** Reserves `count` consecutive nonces and returns the first. */
  reserve(count?: number): bigint;
  /** Gives back the most recent reservation (only if nothing was reserved after it). */
  rollback(params: { first: bigint; count: number }): boolean;
  /** Marks the baseline stale (after 21104); the next send resyncs first. */
  invalidate(): void;
  /**
   * Moves the next nonce forward to `next` (never back) for a SkipNonce tx
   * (docs/protocol/transactions.md#skip-nonce); later reservations continue from it. Optional: a
   * manager without it signs SkipNonce txs at the strict next nonce, which the venue takes as well.
   */
  skipTo?(params: { next: bigint }): void;
  /** How many times the baseline was fetched (observability; tests assert "not per order"). */
  readonly fetchCount: number;
}

/**
 * @example
 * const nonces = new OptimisticNonceManager({ fetchNextNonce: (signal) => http.nextNonce({ accountIndex, apiKeyIndex }, { signal }).then(r => BigInt(r.nonce)) });
 * await nonces.resync();
 * const n = nonces.reserve();
 */
export class OptimisticNonceManager implements NonceManager {
  readonly #fetch: (signal?: AbortSignal) => Promise<bigint | number>;
  #next: bigint | undefined;
  #stale = true;
  #inflight: Promise<void> | undefined;
  #fetchCount = 0;

  constructor(params: { fetchNextNonce: (signal?: AbortSignal) => Promise<bigint | number> }) {
    this.#fetch = params.fetchNextNonce;
  }

  get ready(): boolean {
    return this.#next !== undefined && !this.#stale;
  }
  get fetchCount(): number {
    return this.#fetchCount;
  }

  /** @throws whatever the fetch throws (network errors), or ExecutionError NONCE on a bad value */
  resync(params: { signal?: AbortSignal } = {}): Promise<void> {
    this.#inflight ??= (async () => {
      try {
        this.#fetchCount++;
        const v = await this.#fetch(params.signal);
        const n = typeof v === 'bigint' ? v : BigInt(v);
        if (n < 0n)
          throw new ExecutionError({
            code: EXECUTION_ERROR_CODE.NONCE,
            message: `venue returned a negative nonce ${n}`,
          });
        this.#next = n;
        this.#stale = false;
      } finally {
        this.#inflight = undefined;
      }
    })();
    return this.#inflight;
  }

  /** @throws ExecutionError (code NONCE) if not ready (resync first) or count < 1 */
  reserve(count = 1): bigint {
    if (this.#next === undefined || this.#stale) {
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.NONCE,
        message: 'nonce manager not ready: resync() first',
      });
    }
    if (!Number.isInteger(count) || count < 1)
      throw new ExecutionError({ code: EXECUTION_ERROR_CODE.NONCE, message: `invalid nonce count ${count}` });
    const first = this.#next;
    this.#next += BigInt(count);
    return first;
  }

  /** @throws never */
  rollback(params: { first: bigint; count: number }): boolean {
    if (this.#next === undefined || this.#stale) return false;
    // Only the latest reservation can be returned without creating a hole behind later ones.
    if (params.first + BigInt(params.count) !== this.#next) return false;
    this.#next = params.first;
    return true;
  }

  /** @throws never */
  invalidate(): void {
    this.#stale = true;
  }

  /** @throws ExecutionError (code NONCE) if not ready (resync first) */
  skipTo(params: { next: bigint }): void {
    if (this.#next === undefined || this.#stale) {
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.NONCE,
        message: 'nonce manager not ready: resync() first',
      });
    }
    if (params.next > this.#next) this.#next = params.next;
  }
}
