/**
 * The one parse path of order books: `order_book` WS frames (docs/protocol/websocket.md#channels), used by
 * `parseWsFrame` here and by the order-book channel of @lighter-ts/streaming, and the REST `orderBookOrders` body
 * (docs/protocol/rest.md#endpoints), used by @lighter-ts/http. A hand-written check accepts only the canonical wire shape (decimal
 * strings, integer nonces) and returns exactly what the zod schema would; anything else goes through the schema, which
 * converts what it can (numbers for decimals, integer strings) and names the field it cannot. STYLE.md allows the
 * hand-written part because the book is the hot path: `bench/order-book.bench.ts` measures it against the schema.
 * Decimals stay the venue's strings: nothing here turns a price or a size into a float.
 */
import { LighterParseError } from '../errors.js';
import { toParseIssues } from '../parse.js';
import type { OrderBookOrders } from '../rest/order-book-orders.js';
import { type OrderBookFrame, type OrderBookPayload, OrderBookPayloadSchema } from '../ws/order-book.js';

/**
 * Same language as DecimalStringSchema (`^-?\d+(\.\d+)?$`) or the empty string, checked by hand: on the short strings
 * of a book a character loop is several times cheaper than the regular expression.
 */
function isDecimalOrEmpty(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  let i = s.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const intStart = i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  if (i === intStart) return false;
  if (i === n) return true;
  if (s.charCodeAt(i) !== 46) return false; // '.'
  const fracStart = ++i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    i++;
  }
  return i > fracStart;
}

function isIntOrNullish(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'number' && Number.isInteger(v));
}

/**
 * True when every level is `{ price, size }` with decimal strings. The levels are then returned as they are: for this
 * shape the schema's output is a copy equal to them, and the book hot path is spared one object per level.
 */
function levelsOk(v: unknown[]): boolean {
  for (let i = 0; i < v.length; i++) {
    const l = v[i] as { price?: unknown; size?: unknown } | null;
    if (l === null || typeof l !== 'object') return false;
    const { price, size } = l;
    if (typeof price !== 'string' || typeof size !== 'string' || !isDecimalOrEmpty(price) || !isDecimalOrEmpty(size)) {
      return false;
    }
  }
  return true;
}

function listOk(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && levelsOk(v));
}

/**
 * Hand-written check of the inner `order_book` object: returns exactly what {@link OrderBookPayloadSchema} would for
 * the canonical wire shape, `undefined` for anything else (the caller then uses the schema).
 *
 * @example
 * const payload = fastParseOrderBookPayload(frame.order_book) ?? OrderBookPayloadSchema.parse(frame.order_book);
 * @throws never
 */
export function fastParseOrderBookPayload(value: unknown): OrderBookPayload | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const ob = value as Record<string, unknown>;
  if (typeof ob.nonce !== 'number' || !Number.isInteger(ob.nonce)) return undefined;
  if (
    !isIntOrNullish(ob.code) ||
    !isIntOrNullish(ob.offset) ||
    !isIntOrNullish(ob.begin_nonce) ||
    !isIntOrNullish(ob.last_updated_at)
  ) {
    return undefined;
  }
  if (!listOk(ob.asks) || !listOk(ob.bids)) return undefined;
  // Missing lists (thin markets) become [] as the schema makes them; otherwise the object is returned unchanged.
  if (!Array.isArray(ob.asks) || !Array.isArray(ob.bids)) {
    return { ...ob, asks: ob.asks ?? [], bids: ob.bids ?? [] } as OrderBookPayload;
  }
  return ob as OrderBookPayload;
}

/**
 * Hand-written check of a whole `order_book` frame: returns exactly what `OrderBookFrameSchema` would for the
 * canonical wire shape, `undefined` for anything else so the caller falls back to the schema.
 *
 * @example
 * const frame = fastParseOrderBookFrame(JSON.parse(text)) ?? OrderBookFrameSchema.parse(JSON.parse(text));
 * @throws never
 */
export function fastParseOrderBookFrame(value: unknown): OrderBookFrame | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const f = value as Record<string, unknown>;
  if ((f.type !== 'update/order_book' && f.type !== 'subscribed/order_book') || typeof f.channel !== 'string')
    return undefined;
  if (!isIntOrNullish(f.offset) || !isIntOrNullish(f.last_updated_at) || !isIntOrNullish(f.timestamp)) return undefined;
  const order_book = fastParseOrderBookPayload(f.order_book);
  if (order_book === undefined) return undefined;
  return { ...f, order_book } as OrderBookFrame;
}

/** Result of {@link safeParseOrderBookPayload}: a value to switch on, never an exception. */
export type SafeOrderBookPayloadResult =
  | {
      /** The payload matched the schema. */
      readonly ok: true;
      /** The parsed `order_book` object: levels as exact decimal strings, missing lists as `[]`. */
      readonly payload: OrderBookPayload;
    }
  | {
      /** The payload did not match the schema. */
      readonly ok: false;
      /** Names the first field that failed (`asks.0.price`) and what it received. */
      readonly error: LighterParseError;
    };

/**
 * Parse the inner `order_book` object of a snapshot or update: the fast check first, the schema for anything
 * unusual. The frame's envelope (`type`, `channel`) is not looked at, so callers that classified the frame
 * themselves (streaming folds the `_fe` variants into `order_book`) parse only what they use.
 *
 * @example
 * const r = safeParseOrderBookPayload(JSON.parse(text).order_book);
 * if (r.ok) for (const l of r.payload.asks) console.log(l.price, l.size);
 * @throws never
 */
export function safeParseOrderBookPayload(value: unknown): SafeOrderBookPayloadResult {
  const fast = fastParseOrderBookPayload(value);
  if (fast !== undefined) return { ok: true, payload: fast };
  const r = OrderBookPayloadSchema.safeParse(value);
  if (r.success) return { ok: true, payload: r.data };
  return {
    ok: false,
    error: new LighterParseError({ what: 'ws:order_book payload', issues: toParseIssues(r.error.issues, value) }),
  };
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}
function isDec(v: unknown): boolean {
  return typeof v === 'string' && isDecimalOrEmpty(v);
}

function ordersOk(rows: unknown): boolean {
  if (!Array.isArray(rows)) return false;
  for (const r of rows) {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return false;
    const o = r as Record<string, unknown>;
    if (
      !isInt(o.order_index) ||
      typeof o.order_id !== 'string' ||
      !isInt(o.owner_account_index) ||
      !isDec(o.initial_base_amount) ||
      !isDec(o.remaining_base_amount) ||
      !isDec(o.price) ||
      !isIntOrNullish(o.order_expiry) ||
      !isIntOrNullish(o.transaction_time)
    ) {
      return false;
    }
  }
  return true;
}

/**
 * Hand-written check of an `orderBookOrders` body (up to 2 x 250 resting orders): accepts a strict subset of what
 * `OrderBookOrdersSchema` accepts and returns the same value for it; anything else (numbers for decimals, null
 * lists, integer strings, bad types) returns `undefined` and the caller falls back to the schema, which converts or
 * reports the exact error path.
 *
 * @example
 * const book = fastParseOrderBookOrders(JSON.parse(body)) ?? OrderBookOrdersSchema.parse(JSON.parse(body));
 * @throws never
 */
export function fastParseOrderBookOrders(json: unknown): OrderBookOrders | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const o = json as Record<string, unknown>;
  if (!isInt(o.code)) return undefined;
  if (!(o.message === undefined || o.message === null || typeof o.message === 'string')) return undefined;
  if (!isIntOrNullish(o.total_asks) || !isIntOrNullish(o.total_bids)) return undefined;
  if (!ordersOk(o.asks) || !ordersOk(o.bids)) return undefined;
  return json as OrderBookOrders;
}
