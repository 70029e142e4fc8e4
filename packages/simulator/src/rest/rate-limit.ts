/**
 * Optional REST rate limiting with the venue's weights (docs/protocol/errors-and-limits.md#rate-limits): a rolling
 * one-minute budget of weighted requests; excess answers HTTP 429 `{code: 23000}`.
 */

/** The simulated venue's REST rate limit (a weighted budget it enforces), not a client's limiter settings (http's `RateLimitOptions`). */
export interface SimRateLimitOptions {
  /** Weighted budget per rolling minute (Premium: 24 000). */
  weightPerMinute: number;
}

/** Endpoint weights (docs/protocol/errors-and-limits.md#rate-limits); everything else weighs 300. */
export const ROUTE_WEIGHTS: Readonly<Record<string, number>> = {
  '/api/v1/sendTx': 6,
  '/api/v1/sendTxBatch': 6,
  '/api/v1/nextNonce': 6,
  '/api/v1/txFromL1TxHash': 50,
  '/api/v1/accountInactiveOrders': 100,
  '/api/v1/apikeys': 150,
  '/api/v1/transferFeeInfo': 500,
  '/api/v1/trades': 600,
  '/api/v1/recentTrades': 600,
};

/** Rolling-window weighted limiter. */
export class RateLimiter {
  private readonly events: { at: number; weight: number }[] = [];
  private used = 0;

  constructor(private readonly options: SimRateLimitOptions) {}

  /** Records a request; returns seconds to wait when over budget, else 0. */
  take(path: string, now: number): number {
    while (this.events.length > 0 && this.events[0]!.at <= now - 60_000) this.used -= this.events.shift()!.weight;
    const weight = ROUTE_WEIGHTS[path] ?? 300;
    if (this.used + weight > this.options.weightPerMinute) {
      const oldest = this.events[0]?.at ?? now;
      return Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000));
    }
    this.events.push({ at: now, weight });
    this.used += weight;
    return 0;
  }
}
