import { type BookLevel, BookSide } from './book-side.js';
import { normalizeDecimal } from './decimal-key.js';

export type { BookLevel } from './book-side.js';

/** Book levels as they arrive in an `order_book` frame (docs/protocol/websocket.md#channels). */
export interface BookLevelsInput {
  /** Ask levels (price and size as exact decimal strings; size zero deletes). */
  readonly asks: readonly BookLevel[];
  /** Bid levels (price and size as exact decimal strings; size zero deletes). */
  readonly bids: readonly BookLevel[];
}

/** A full snapshot (`subscribed/order_book`). */
export interface BookSnapshotInput extends BookLevelsInput {
  /** Venue nonce of the snapshot; the first update's `beginNonce` must equal it. */
  readonly nonce: number;
  /** Per-API-server frame offset (not continuous across servers; informational). */
  readonly offset?: number;
}

/** An incremental update (`update/order_book`): `beginNonce` must equal the book's nonce. */
export interface BookUpdateInput extends BookLevelsInput {
  /** Venue nonce after this update. */
  readonly nonce: number;
  /** Venue nonce before this update; must equal the book's current nonce. */
  readonly beginNonce: number;
  /** Per-API-server frame offset (informational). */
  readonly offset?: number;
}

/**
 * Result of {@link L2OrderBook.applyUpdate}. Anything but `applied` means the update was NOT
 * applied and (except `not_ready`) the book must be resynced from a fresh snapshot.
 */
export type BookApplyResult = 'applied' | 'not_ready' | 'gap' | 'duplicate' | 'out_of_order' | 'invalid';

/** Top-N view of a book. */
export interface BookDepth {
  /** Bid levels, best (highest price) first. */
  readonly bids: BookLevel[];
  /** Ask levels, best (lowest price) first. */
  readonly asks: BookLevel[];
  /** Nonce of the book when the view was taken (-1 before the first snapshot). */
  readonly nonce: number;
}

/**
 * An exact L2 order book with nonce continuity (docs/protocol/websocket.md#order-book-sequencing): each update's
 * `begin_nonce` must equal the previous frame's `nonce`; a level with size zero deletes it.
 * Prices and sizes stay the venue's decimal strings; levels are indexed by exact integer keys.
 *
 * @example
 * const book = new L2OrderBook();
 * book.applySnapshot({ nonce: 10, asks: [{ price: '101.5', size: '2' }], bids: [] });
 * book.applyUpdate({ beginNonce: 10, nonce: 11, asks: [{ price: '101.5', size: '0' }], bids: [] }); // 'applied'
 * book.bestAsk(); // undefined
 * @throws {LighterWsError} from applySnapshot only, for unusable prices
 */
export class L2OrderBook {
  private readonly bidSide = new BookSide(true);
  private readonly askSide = new BookSide(false);
  private lastNonce = -1;
  private lastOffset: number | undefined;
  private synced = false;

  /** True once a snapshot was applied and no discontinuity was seen since. */
  get ready(): boolean {
    return this.synced;
  }
  /** Nonce of the last applied frame (-1 before the first snapshot). */
  get nonce(): number {
    return this.lastNonce;
  }
  /** Offset of the last applied frame (per API server, not continuous; informational). */
  get offset(): number | undefined {
    return this.lastOffset;
  }
  /** Number of bid levels. */
  get bidCount(): number {
    return this.bidSide.size;
  }
  /** Number of ask levels. */
  get askCount(): number {
    return this.askSide.size;
  }

  /**
   * Replaces the whole book with a snapshot.
   * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` / `WS_BOOK_PRECISION` for unusable prices
   * (the book is then left not ready).
   */
  applySnapshot(snapshot: BookSnapshotInput): void {
    this.bidSide.clear();
    this.askSide.clear();
    this.synced = false;
    this.applyLevels(snapshot);
    this.lastNonce = snapshot.nonce;
    this.lastOffset = snapshot.offset;
    this.synced = true;
  }

  /**
   * Applies an update if it continues the book; otherwise leaves the book untouched and says why.
   * After a non-`applied` result other than `not_ready`, the book is marked not ready.
   * @throws never (bad prices return `invalid`)
   */
  applyUpdate(update: BookUpdateInput): BookApplyResult {
    if (!this.synced) return 'not_ready'; // updates before the snapshot are dropped (docs/protocol/websocket.md#order-book-sequencing)
    if (update.beginNonce !== this.lastNonce) {
      this.synced = false;
      if (update.nonce === this.lastNonce) return 'duplicate';
      if (update.nonce < this.lastNonce) return 'out_of_order';
      return 'gap';
    }
    try {
      this.applyLevels(update);
    } catch {
      this.synced = false;
      return 'invalid';
    }
    this.lastNonce = update.nonce;
    this.lastOffset = update.offset;
    return 'applied';
  }

  /** Marks the book as needing a fresh snapshot and drops its levels. */
  clear(): void {
    this.bidSide.clear();
    this.askSide.clear();
    this.synced = false;
    this.lastNonce = -1;
    this.lastOffset = undefined;
  }

  /** Best bid (highest price), or undefined. */
  bestBid(): BookLevel | undefined {
    return this.bidSide.best();
  }
  /** Best ask (lowest price), or undefined. */
  bestAsk(): BookLevel | undefined {
    return this.askSide.best();
  }
  /** Up to `levels` levels per side, best first. */
  depth(levels: number): BookDepth {
    return { bids: this.bidSide.top(levels), asks: this.askSide.top(levels), nonce: this.lastNonce };
  }
  /** Every level, best first. */
  snapshot(): BookDepth {
    return this.depth(Number.POSITIVE_INFINITY);
  }
  /** Size resting at an exact price on one side, or undefined. */
  sizeAt(side: 'bid' | 'ask', price: string): string | undefined {
    return (side === 'bid' ? this.bidSide : this.askSide).sizeAt(price);
  }

  private applyLevels(levels: BookLevelsInput): void {
    const { asks, bids } = levels;
    for (let i = 0; i < asks.length; i++) {
      const l = asks[i]!;
      this.askSide.set(l.price, l.size);
    }
    for (let i = 0; i < bids.length; i++) {
      const l = bids[i]!;
      this.bidSide.set(l.price, l.size);
    }
  }
}

/**
 * Canonical, comparable form of a book's levels (decimals normalised), for equality checks
 * against another source such as REST.
 * @example expect(normalizeBookLevels(book.snapshot())).toEqual(normalizeBookLevels(rest));
 * @throws never
 */
export function normalizeBookLevels(levels: BookLevelsInput): {
  /** Bid levels in the given order, price and size in canonical decimal form. */
  bids: BookLevel[];
  /** Ask levels in the given order, price and size in canonical decimal form. */
  asks: BookLevel[];
} {
  const norm = (l: BookLevel): BookLevel => ({ price: normalizeDecimal(l.price), size: normalizeDecimal(l.size) });
  return { bids: levels.bids.map(norm), asks: levels.asks.map(norm) };
}
