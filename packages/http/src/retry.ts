/**
 * Retry policy for idempotent GETs: exponential backoff with full jitter on 429 (Retry-After
 * honoured), 5xx and connection errors; bounded by attempts and total elapsed time.
 * Never used for sendTx / sendTxBatch (docs/protocol/client-behaviour.md; docs/protocol/nautilus.md#rate-limits).
 */

/** Retry settings. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). 0 disables retrying. */
  readonly maxRetries: number;
  /** First backoff step (default 250 ms). */
  readonly baseDelayMs: number;
  /** Cap of one backoff step (default 10 000 ms). */
  readonly maxDelayMs: number;
  /** Total budget for all attempts and waits (default 60 000 ms). */
  readonly maxElapsedMs: number;
  /** Random source in [0,1) for jitter (default Math.random). */
  readonly random?: () => number;
}

/** NT-like defaults (docs/protocol/nautilus.md#rate-limits: 3 retries, capped backoff, bounded per operation). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxElapsedMs: 60_000,
};

/**
 * Backoff before retry number `attempt` (1-based): full jitter in [0, min(max, base·2^(attempt-1))],
 * but never below the venue's Retry-After.
 * @example backoffDelay(DEFAULT_RETRY_POLICY, 2, undefined) // 0..500
 * @throws never
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor((policy.random ?? Math.random)() * ceiling);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}

/**
 * Parse a Retry-After header (delta seconds or HTTP date) into milliseconds.
 * @example parseRetryAfter('2') // 2000
 * @throws never (returns undefined when absent or unparsable)
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.ceil(Number(v.trim()) * 1000);
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
