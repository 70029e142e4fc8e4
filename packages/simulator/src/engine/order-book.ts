/**
 * One side-pair of resting orders with price-time priority. Levels are kept as sorted
 * price arrays plus FIFO queues; every mutation reports the touched levels so the WS layer
 * can emit level deltas (docs/protocol/websocket.md#order-book-sequencing).
 */
import type { SimOrder } from './types.js';

/** Aggregated level (price in ticks, size in lots). */
export interface BookLevel {
  price: bigint;
  size: bigint;
}

class Side {
  /** Sorted best-first. */
  readonly prices: bigint[] = [];
  readonly queues = new Map<bigint, SimOrder[]>();

  constructor(private readonly descending: boolean) {}

  private better(a: bigint, b: bigint): boolean {
    return this.descending ? a > b : a < b;
  }

  insert(order: SimOrder): void {
    const q = this.queues.get(order.price);
    if (q) {
      q.push(order);
      return;
    }
    this.queues.set(order.price, [order]);
    let lo = 0;
    let hi = this.prices.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.better(this.prices[mid]!, order.price)) lo = mid + 1;
      else hi = mid;
    }
    this.prices.splice(lo, 0, order.price);
  }

  remove(order: SimOrder): boolean {
    const q = this.queues.get(order.price);
    if (!q) return false;
    const i = q.indexOf(order);
    if (i < 0) return false;
    q.splice(i, 1);
    if (q.length === 0) {
      this.queues.delete(order.price);
      const pi = this.prices.indexOf(order.price);
      if (pi >= 0) this.prices.splice(pi, 1);
    }
    return true;
  }

  levelSize(price: bigint): bigint {
    let s = 0n;
    for (const o of this.queues.get(price) ?? []) s += o.remainingBase;
    return s;
  }
}

/** Price-time priority book of one market. */
export class OrderBook {
  readonly bids = new Side(true);
  readonly asks = new Side(false);

  private side(isAsk: boolean): Side {
    return isAsk ? this.asks : this.bids;
  }

  /** Adds a resting order at the back of its level. */
  add(order: SimOrder): void {
    this.side(order.isAsk).insert(order);
  }

  /** Removes an order; returns false when it was not resting. */
  remove(order: SimOrder): boolean {
    return this.side(order.isAsk).remove(order);
  }

  /** Best resting order on a side (front of the best level). */
  bestOrder(isAsk: boolean): SimOrder | undefined {
    const s = this.side(isAsk);
    const p = s.prices[0];
    return p === undefined ? undefined : s.queues.get(p)?.[0];
  }

  /** Best price on a side. */
  bestPrice(isAsk: boolean): bigint | undefined {
    return this.side(isAsk).prices[0];
  }

  /** Aggregated size at one price. */
  levelSize(isAsk: boolean, price: bigint): bigint {
    return this.side(isAsk).levelSize(price);
  }

  /** Top `depth` aggregated levels of a side, best first. */
  levels(isAsk: boolean, depth = Number.POSITIVE_INFINITY): BookLevel[] {
    const s = this.side(isAsk);
    const out: BookLevel[] = [];
    for (const price of s.prices) {
      if (out.length >= depth) break;
      out.push({ price, size: s.levelSize(price) });
    }
    return out;
  }

  /** Resting orders of a side in priority order. */
  orders(isAsk: boolean): SimOrder[] {
    const s = this.side(isAsk);
    const out: SimOrder[] = [];
    for (const p of s.prices) out.push(...(s.queues.get(p) ?? []));
    return out;
  }

  /** Number of resting orders on a side. */
  count(isAsk: boolean): number {
    let n = 0;
    for (const q of this.side(isAsk).queues.values()) n += q.length;
    return n;
  }
}
