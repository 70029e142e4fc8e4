/**
 * Bounded order state: a terminal order (FILLED, CANCELED, EXPIRED, REJECTED, DENIED) is dropped
 * from the in-memory registry, and its identity from the journal, once it is older than the
 * retention time or when more terminal orders than the cap are kept. Open orders are never
 * evicted, so an order the venue still has keeps its ClientOrderId mapping. Eviction runs on
 * activity (no timer to leak): each event checks the oldest terminal orders only.
 */
import { ExecutionConfigError } from '../errors.js';
import { DEFAULT_MAX_EVENTS_PER_ORDER } from './state-machine.js';

/** Retention knobs of the execution client (`retention` option). */
export interface OrderRetention {
  /** How long a terminal order stays queryable (late fills of a canceled order land here). Default 10 min. */
  readonly terminalOrderTtlMs?: number;
  /** At most this many terminal orders are kept, oldest evicted first. Default 10 000. */
  readonly maxTerminalOrders?: number;
  /** Events kept per order: the first and the latest ones. Default 64. */
  readonly maxEventsPerOrder?: number;
}

/** {@link OrderRetention} with defaults applied. */
export type ResolvedOrderRetention = Required<OrderRetention>;

/** Defaults of {@link OrderRetention}. */
export const DEFAULT_ORDER_RETENTION: ResolvedOrderRetention = {
  terminalOrderTtlMs: 10 * 60_000,
  maxTerminalOrders: 10_000,
  maxEventsPerOrder: DEFAULT_MAX_EVENTS_PER_ORDER,
};

/**
 * Validates retention options and applies defaults.
 * @example resolveOrderRetention({ terminalOrderTtlMs: 60_000 })
 * @throws ExecutionConfigError naming the field and the value for a negative / non-integer number
 */
export function resolveOrderRetention(input: OrderRetention = {}): ResolvedOrderRetention {
  const out = { ...DEFAULT_ORDER_RETENTION };
  for (const key of Object.keys(DEFAULT_ORDER_RETENTION) as (keyof ResolvedOrderRetention)[]) {
    const v = input[key];
    if (v === undefined) continue;
    const min = key === 'maxEventsPerOrder' ? 2 : 0;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
      throw new ExecutionConfigError({
        message: `retention.${key} must be an integer >= ${min}, got ${JSON.stringify(v)}`,
        fields: [`retention.${key}`],
      });
    }
    out[key] = v;
  }
  return out;
}

/**
 * Terminal orders in the order they became terminal.
 * @example
 * const r = new TerminalOrders({ ttlMs: 60_000, max: 100 });
 * r.note('O-1', Date.now());
 * for (const cloid of r.due(Date.now())) forget(cloid);
 */
export class TerminalOrders {
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #since = new Map<string, number>();

  constructor(params: { ttlMs: number; max: number }) {
    this.#ttlMs = params.ttlMs;
    this.#max = params.max;
  }

  /** Number of terminal orders kept. */
  get size(): number {
    return this.#since.size;
  }

  /** Records that `clientOrderId` became terminal at `nowMs` (first time only). @throws never */
  note(clientOrderId: string, nowMs: number): void {
    if (!this.#since.has(clientOrderId)) this.#since.set(clientOrderId, nowMs);
  }

  /** Removes and returns the orders to evict now (over the cap, or older than the TTL). @throws never */
  due(nowMs: number): string[] {
    const out: string[] = [];
    for (const [cloid, since] of this.#since) {
      if (this.#since.size <= this.#max && nowMs - since < this.#ttlMs) break; // insertion order = age order
      this.#since.delete(cloid);
      out.push(cloid);
    }
    return out;
  }
}
