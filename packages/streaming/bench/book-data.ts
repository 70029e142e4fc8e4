// Deterministic synthetic order-book traffic shaped like the venue's (docs/protocol/websocket.md#order-book-sequencing):
// a few hundred 2-decimal price levels per side, updates clustered near the top of book,
// ~15 % deletes, 50 ms batches of a handful of levels.
import type { BookLevel } from '../src/order-book.js';

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cents = (c: number): string => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const size = (r: () => number): string => (Math.floor(r() * 5_000_000) / 10_000 + 0.0001).toFixed(4);

export interface Update {
  asks: BookLevel[];
  bids: BookLevel[];
}

export function snapshotLevels(r: () => number, depth: number, mid = 200_000): Update {
  const asks: BookLevel[] = [];
  const bids: BookLevel[] = [];
  for (let i = 1; i <= depth; i++) {
    asks.push({ price: cents(mid + i * 5), size: size(r) });
    bids.push({ price: cents(mid - i * 5), size: size(r) });
  }
  return { asks, bids };
}

/** `count` update frames, each with `levels` level changes. */
export function updateFrames(r: () => number, count: number, levels: number, depth: number, mid = 200_000): Update[] {
  const out: Update[] = [];
  for (let f = 0; f < count; f++) {
    const u: Update = { asks: [], bids: [] };
    for (let i = 0; i < levels; i++) {
      // Geometric-ish distance from the touch: most activity at the top.
      const dist = 1 + Math.floor(-Math.log(1 - r()) * depth * 0.15);
      const isAsk = r() < 0.5;
      const price = cents(isAsk ? mid + dist * 5 : mid - dist * 5);
      const lv = { price, size: r() < 0.15 ? '0.0000' : size(r) };
      (isAsk ? u.asks : u.bids).push(lv);
    }
    out.push(u);
  }
  return out;
}

/** Baseline: sorted array of levels, linear lookup, re-sort by parseFloat on insert. */
export class NaiveBook {
  asks: BookLevel[] = [];
  bids: BookLevel[] = [];
  applySnapshot(s: Update): void {
    this.asks = [...s.asks].sort((a, b) => Number.parseFloat(a.price) - Number.parseFloat(b.price));
    this.bids = [...s.bids].sort((a, b) => Number.parseFloat(b.price) - Number.parseFloat(a.price));
  }
  apply(u: Update): void {
    this.side(this.asks, u.asks, false);
    this.side(this.bids, u.bids, true);
  }
  private side(arr: BookLevel[], levels: BookLevel[], desc: boolean): void {
    for (const l of levels) {
      const i = arr.findIndex((x) => x.price === l.price);
      if (Number.parseFloat(l.size) === 0) {
        if (i >= 0) arr.splice(i, 1);
      } else if (i >= 0) arr[i] = l;
      else {
        arr.push(l);
        arr.sort((a, b) =>
          desc
            ? Number.parseFloat(b.price) - Number.parseFloat(a.price)
            : Number.parseFloat(a.price) - Number.parseFloat(b.price),
        );
      }
    }
  }
}
