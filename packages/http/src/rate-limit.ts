/**
 * Client-side rate limiting with token buckets, one for REST weight and one for sendTx, keyed by
 * (origin, account). Waiting is never silent: every wait is reported to the event listener first.
 */
import { AbortedError, RateLimitError } from './errors.js';
import type { HttpEventListener } from './events.js';

/** Venue budgets per rolling minute by account tier (docs/protocol/errors-and-limits.md#rate-limits). */
export const ACCOUNT_TIER_LIMITS = {
  /** Standard (default) tier: 60 unweighted REST calls and 60 sendTx per minute. */
  standard: { restPerMinute: 60, weighted: false, txPerMinute: 60 } as RateLimitBudget,
  /** Premium tier, 0 LIT staked: 24 000 weight and 4 000 sendTx per minute (more tx with staked LIT: PREMIUM_TX_PER_MINUTE). */
  premium: { restPerMinute: 24_000, weighted: true, txPerMinute: 4_000 } as RateLimitBudget,
  /** Plus tier: 120 000 weight and 8 000 sendTx per minute. */
  plus: { restPerMinute: 120_000, weighted: true, txPerMinute: 8_000 } as RateLimitBudget,
  /** Builder tier: 240 000 weight per minute for reads; txs under the standard 60. */
  builder: { restPerMinute: 240_000, weighted: true, txPerMinute: 60 } as RateLimitBudget,
} as const;

/** Premium sendTx budget per minute by staked LIT (docs/protocol/errors-and-limits.md#rate-limits). */
export const PREMIUM_TX_PER_MINUTE: readonly {
  /** LIT staked by the account (whole LIT): this row applies from this amount up. */
  readonly stakedLit: number;
  /** sendTx / sendTxBatch budget per rolling minute at that stake. */
  readonly txPerMinute: number;
}[] = [
  { stakedLit: 0, txPerMinute: 4_000 },
  { stakedLit: 1_000, txPerMinute: 5_000 },
  { stakedLit: 3_000, txPerMinute: 6_000 },
  { stakedLit: 10_000, txPerMinute: 7_000 },
  { stakedLit: 30_000, txPerMinute: 8_000 },
  { stakedLit: 100_000, txPerMinute: 12_000 },
  { stakedLit: 300_000, txPerMinute: 24_000 },
  { stakedLit: 500_000, txPerMinute: 40_000 },
];

/**
 * Premium sendTx budget for an amount of staked LIT (highest tier reached).
 * @example premiumTxPerMinute(10_000) // 7000
 * @throws never
 */
export function premiumTxPerMinute(stakedLit: number): number {
  let out = ACCOUNT_TIER_LIMITS.premium.txPerMinute; // the 0-LIT row
  for (const t of PREMIUM_TX_PER_MINUTE) if (stakedLit >= t.stakedLit) out = t.txPerMinute;
  return out;
}

/** Tier name or explicit budgets. */
export type AccountTier = keyof typeof ACCOUNT_TIER_LIMITS;
/** Explicit budgets (override a tier). */
export interface RateLimitBudget {
  /** REST budget per rolling minute: calls when not `weighted`, else summed route weights. */
  readonly restPerMinute: number;
  /** true: a call costs its route weight; false: every call costs 1. */
  readonly weighted: boolean;
  /** sendTx / sendTxBatch budget per rolling minute, shared by REST and WS sends of the account. */
  readonly txPerMinute: number;
}

/** Bucket kinds. */
export type BucketKind = 'rest' | 'tx';

/**
 * A token bucket refilled continuously (capacity tokens per `windowMs`).
 * Time source injectable for deterministic tests.
 */
export class TokenBucket {
  /** Most tokens the bucket holds (the per-window budget). */
  readonly capacity: number;
  private tokens: number;
  private last: number;
  private readonly ratePerMs: number;
  private readonly now: () => number;
  constructor(p: { capacity: number; windowMs?: number; now?: () => number }) {
    this.capacity = p.capacity;
    this.tokens = p.capacity;
    this.now = p.now ?? Date.now;
    this.last = this.now();
    this.ratePerMs = p.capacity / (p.windowMs ?? 60_000);
  }
  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + (t - this.last) * this.ratePerMs);
    this.last = t;
  }
  /** Milliseconds until `cost` tokens are available (0 = now). */
  waitTime(cost: number): number {
    this.refill();
    const c = Math.min(cost, this.capacity);
    return this.tokens >= c ? 0 : Math.ceil((c - this.tokens) / this.ratePerMs);
  }
  /** Take tokens if available now. */
  tryTake(cost: number): boolean {
    this.refill();
    const c = Math.min(cost, this.capacity);
    if (this.tokens < c) return false;
    this.tokens -= c;
    return true;
  }
  /** Remaining tokens (after refill). */
  available(): number {
    this.refill();
    return this.tokens;
  }
}

/**
 * Registry of buckets shared per (origin, account). Pass one registry to several clients to share
 * budgets between them; a client without one gets its own (no module-level singletons).
 * @example const limits = createRateLimitRegistry({ tier: 'premium' });
 *          new LighterHttpClient({ network: 'mainnet', rateLimits: limits })
 * @throws never
 */
export interface RateLimitRegistry {
  /** Acquire `cost` from the (kind, origin, account) bucket, waiting visibly if needed. */
  acquire(p: {
    kind: BucketKind;
    origin: string;
    account?: string | undefined;
    cost: number;
    route: string;
    signal?: AbortSignal | undefined;
    listener?: HttpEventListener | undefined;
  }): Promise<void>;
  /** The budgets in force. */
  readonly budget: RateLimitBudget;
  /** Inspect a bucket (tests, dashboards). */
  available(kind: BucketKind, origin: string, account?: string): number;
}

/** Options of {@link createRateLimitRegistry}. */
export interface RateLimitOptions {
  /** Account tier (default 'standard'). */
  readonly tier?: AccountTier;
  /** Explicit overrides of the tier budgets. */
  readonly budget?: Partial<RateLimitBudget>;
  /** Longest acceptable wait; beyond it acquire throws RateLimitError (default 120 000 ms). */
  readonly maxWaitMs?: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

function abortableSleep(ms: number, signal: AbortSignal | undefined, route: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortedError({ route, cause: signal.reason }));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError({ route, cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Create a rate-limit registry.
 * @example createRateLimitRegistry({ tier: 'standard', budget: { txPerMinute: 30 } })
 * @throws {RangeError} when a budget is not a positive number
 */
export function createRateLimitRegistry(options: RateLimitOptions = {}): RateLimitRegistry {
  const base = ACCOUNT_TIER_LIMITS[options.tier ?? 'standard'];
  const budget: RateLimitBudget = { ...base, ...(options.budget ?? {}) };
  for (const k of ['restPerMinute', 'txPerMinute'] as const) {
    if (!(budget[k] > 0)) throw new RangeError(`rate limit budget ${k} must be > 0`);
  }
  const maxWaitMs = options.maxWaitMs ?? 120_000;
  const buckets = new Map<string, TokenBucket>();
  const bucketFor = (kind: BucketKind, origin: string, account: string | undefined): TokenBucket => {
    // Unauthenticated REST is limited per IP, authenticated per L1 address (docs/protocol/errors-and-limits.md#rate-limits);
    // we key by account when the caller tells us one, else one bucket per origin.
    const key = `${kind}|${origin}|${account ?? '*'}`;
    let b = buckets.get(key);
    if (!b) {
      b = new TokenBucket({ capacity: kind === 'rest' ? budget.restPerMinute : budget.txPerMinute, now: options.now });
      buckets.set(key, b);
    }
    return b;
  };
  return {
    budget,
    available: (kind, origin, account) => bucketFor(kind, origin, account).available(),
    async acquire({ kind, origin, account, cost, route, signal, listener }) {
      const effective = kind === 'rest' && !budget.weighted ? 1 : cost;
      const bucket = bucketFor(kind, origin, account);
      for (;;) {
        if (bucket.tryTake(effective)) return;
        const waitMs = bucket.waitTime(effective);
        if (waitMs > maxWaitMs) {
          listener?.({ type: 'rateLimitRejected', route, bucket: kind, waitMs });
          throw new RateLimitError({
            route,
            source: 'local',
            retryAfterMs: waitMs,
            message: `${route}: local ${kind} budget exhausted, wait ${waitMs} ms exceeds maxWaitMs ${maxWaitMs}`,
          });
        }
        listener?.({ type: 'rateLimitWait', route, bucket: kind, waitMs });
        await abortableSleep(waitMs, signal, route);
      }
    },
  };
}

export { abortableSleep };
