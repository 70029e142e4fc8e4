/**
 * Retry with backoff for transient rate limits (HTTP 429 / venue 23000,
 * docs/protocol/errors-and-limits.md#rate-limits). A 429 during a REST confirmation is recorded in the
 * report, not counted as a failure, as long as a retry eventually succeeds.
 */
import type { Recorder } from './recorder.js';
import { sleep } from './steps.js';

/**
 * True when `err` looks like a rate-limit error from any layer (checks name, code,
 * HTTP status and venue code rather than `instanceof`). Broader than http's `isRateLimitError`, which
 * matches only its own `RateLimitError`: the canary also retries streaming and execution failures.
 *
 * @example
 * isAnyRateLimitError({ name: 'RateLimitError' }); // true
 * @throws never
 */
export function isAnyRateLimitError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { name?: unknown; code?: unknown; status?: unknown; httpStatus?: unknown; venueCode?: unknown };
  if (e.name === 'RateLimitError') return true;
  if (typeof e.code === 'string' && /RATE_?LIMIT/i.test(e.code)) return true;
  if (e.code === 23000 || e.venueCode === 23000) return true;
  return e.status === 429 || e.httpStatus === 429;
}

function retryAfterMs(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const v = (err as { retryAfterMs?: unknown }).retryAfterMs;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

/**
 * Call `fn`, retrying rate-limit failures with exponential backoff (honouring a
 * `retryAfterMs` hint, capped at `maxDelayMs`). Every hit is recorded.
 *
 * @example
 * const order = await retryOnRateLimit({ rec, operation: 'query order', signal }, (s) => venue.queryOrder({ ref, signal: s }));
 * @throws the last error when it is not a rate limit or attempts are exhausted; the signal's reason when aborted
 */
export async function retryOnRateLimit<T>(
  params: {
    rec: Recorder;
    operation: string;
    signal: AbortSignal;
    maxAttempts?: number;
    baseDelayMs?: number;
    maxDelayMs?: number;
  },
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const maxAttempts = params.maxAttempts ?? 6;
  const base = params.baseDelayMs ?? 200;
  const cap = params.maxDelayMs ?? 5_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(params.signal);
    } catch (err) {
      if (!isAnyRateLimitError(err)) throw err;
      if (attempt >= maxAttempts || params.signal.aborted) {
        // The last answer was a rate limit too: a hit that is not retried.
        params.rec.rateLimitHit({
          operation: params.operation,
          attempt,
          delayMs: 0,
          reason: `${err instanceof Error ? err.message : 'rate limited'} (not retried: attempts exhausted)`,
        });
        throw err;
      }
      const delayMs = Math.min(cap, retryAfterMs(err) ?? base * 2 ** (attempt - 1));
      const hit = params.rec.rateLimitHit({
        operation: params.operation,
        attempt,
        delayMs,
        reason: err instanceof Error ? err.message : 'rate limited',
      });
      await sleep(delayMs, params.signal);
      // Counted only now: an abort during the backoff means the retry never happened.
      params.rec.markRetried(hit);
    }
  }
}
