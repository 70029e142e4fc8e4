import {
  INVALID_DECIMAL,
  NEEDS_RESCALE,
  UNSAFE_DECIMAL,
  decimalKey,
  isZeroDecimal,
  rescaleKey,
} from './decimal-key.js';
import { LighterWsError, WS_ERROR_CODE } from './errors.js';

/** One price level, with the venue's exact decimal strings. */
export interface BookLevel {
  /** Price as the venue's exact decimal string (quote per unit of base), never a float. */
  readonly price: string;
  /** Resting base quantity at this price, the venue's exact decimal string; `"0"` in a frame deletes the level. */
  readonly size: string;
}

/**
 * One side of an L2 book: parallel arrays sorted so the BEST level is at the end. Updates
 * cluster near the top of book, so inserts and deletes there splice only a few elements.
 * Keys are exact scaled integers (see decimal-key.ts); prices/sizes keep the venue strings.
 */
export class BookSide {
  /** Exact integer keys, ascending for bids / descending for asks (best last). */
  private keys: number[] = [];
  private prices: string[] = [];
  private sizes: string[] = [];
  private scale = 0;
  constructor(private readonly isBid: boolean) {}

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.keys = [];
    this.prices = [];
    this.sizes = [];
  }

  /** Sets (or deletes, when size is zero) the level at `price`. */
  set(price: string, size: string): void {
    let key = decimalKey(price, this.scale);
    if (key < 0) key = this.slowKey(price, key);
    const idx = this.search(key);
    const keys = this.keys;
    const found = idx < keys.length && keys[idx] === key;
    if (isZeroDecimal(size)) {
      if (found) {
        keys.splice(idx, 1);
        this.prices.splice(idx, 1);
        this.sizes.splice(idx, 1);
      }
      return;
    }
    if (found) {
      this.prices[idx] = price;
      this.sizes[idx] = size;
      return;
    }
    if (idx === keys.length) {
      keys.push(key);
      this.prices.push(price);
      this.sizes.push(size);
    } else {
      keys.splice(idx, 0, key);
      this.prices.splice(idx, 0, price);
      this.sizes.splice(idx, 0, size);
    }
  }

  /** Best level, or undefined when the side is empty. */
  best(): BookLevel | undefined {
    const i = this.keys.length - 1;
    if (i < 0) return undefined;
    return { price: this.prices[i]!, size: this.sizes[i]! };
  }

  /** Up to `n` levels, best first. */
  top(n: number): BookLevel[] {
    const out: BookLevel[] = [];
    for (let i = this.keys.length - 1; i >= 0 && out.length < n; i--) {
      out.push({ price: this.prices[i]!, size: this.sizes[i]! });
    }
    return out;
  }

  /** Size at an exact price, or undefined. */
  sizeAt(price: string): string | undefined {
    let key = decimalKey(price, this.scale);
    if (key === NEEDS_RESCALE && price.includes('.')) key = decimalKey(price.replace(/\.?0+$/, ''), this.scale);
    if (key === NEEDS_RESCALE) return undefined; // more decimals than any stored price: absent
    if (key < 0) key = this.slowKey(price, key);
    const idx = this.search(key);
    return this.keys[idx] === key ? this.sizes[idx] : undefined;
  }

  /**
   * First index whose key is not "better-ordered-before" `key`. Array order: bids ascending,
   * asks descending, so the best level is last.
   */
  private search(key: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    // Fast path: most updates touch the top of the book (end of the array).
    if (hi > 0) {
      const last = keys[hi - 1]!;
      if (this.isBid ? key > last : key < last) return hi;
    }
    if (this.isBid) {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (keys[mid]! < key) lo = mid + 1;
        else hi = mid;
      }
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (keys[mid]! > key) lo = mid + 1;
        else hi = mid;
      }
    }
    return lo;
  }

  /** Slow path: grow the scale when a price has more decimals than seen so far. */
  private slowKey(price: string, code: number): number {
    if (code === NEEDS_RESCALE) {
      const dot = price.indexOf('.');
      const want = dot < 0 ? 0 : price.length - dot - 1;
      const by = want - this.scale;
      const next: number[] = new Array(this.keys.length);
      for (let i = 0; i < this.keys.length; i++) {
        const k = rescaleKey(this.keys[i]!, by);
        if (k === UNSAFE_DECIMAL) throw precisionError(price);
        next[i] = k;
      }
      this.keys = next;
      this.scale = want;
      const key = decimalKey(price, this.scale);
      if (key >= 0) return key;
      code = key;
    }
    if (code === INVALID_DECIMAL) {
      throw new LighterWsError(`invalid price "${price}" in order book frame`, {
        code: WS_ERROR_CODE.INVALID_ARGUMENT,
      });
    }
    throw precisionError(price);
  }
}

function precisionError(price: string): LighterWsError {
  return new LighterWsError(`price "${price}" exceeds the exact key range (2^53 at the book's scale)`, {
    code: WS_ERROR_CODE.BOOK_PRECISION,
  });
}
