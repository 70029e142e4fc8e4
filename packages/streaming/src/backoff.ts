/** Reconnect backoff settings. */
export interface BackoffOptions {
  /** First delay in ms. Default 250 (NT uses 250 ms → 30 s, docs/protocol/websocket.md#frames-and-lifecycle). */
  readonly initialMs?: number;
  /** Upper bound in ms. Default 30 000. */
  readonly maxMs?: number;
  /** Growth factor. Default 2. */
  readonly factor?: number;
  /** Fraction of the delay randomised, 0..1. Default 0.5 ("equal jitter"). */
  readonly jitter?: number;
}

/**
 * Default reconnect backoff.
 * @example new LighterWsClient({ url, backoff: { ...DEFAULT_BACKOFF, maxMs: 10_000 } });
 * @throws never
 */
export const DEFAULT_BACKOFF = {
  /** First delay, 250 ms (NautilusTrader's value, docs/protocol/websocket.md#frames-and-lifecycle). */
  initialMs: 250,
  /** Upper bound, 30 s. */
  maxMs: 30_000,
  /** Each attempt doubles the delay. */
  factor: 2,
  /** Half of each delay is randomised ("equal jitter"), so a fleet does not reconnect in step. */
  jitter: 0.5,
} as const;

/**
 * Delay before reconnect attempt `attempt` (0-based): bounded exponential with jitter, so a fleet
 * of clients dropped together does not reconnect in lockstep (80 new connections/min per IP,
 * docs/protocol/errors-and-limits.md#rate-limits).
 * @example backoffDelay({ attempt: 3, random: () => 0.5 }) // 1500 with the defaults
 * @throws never
 */
export function backoffDelay(params: { attempt: number; options?: BackoffOptions; random?: () => number }): number {
  const o = { ...DEFAULT_BACKOFF, ...params.options };
  const random = params.random ?? Math.random;
  const exp = Math.min(o.maxMs, o.initialMs * o.factor ** Math.max(0, params.attempt));
  const jitter = Math.min(1, Math.max(0, o.jitter));
  return Math.round(exp * (1 - jitter) + exp * jitter * random());
}
