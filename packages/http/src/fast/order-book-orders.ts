/**
 * Hand-written fast path for the order-book hot path (`orderBookOrders`). STYLE.md allows it
 * when zod is measured too slow; bench/order-book.bench.ts measured the models schema at several
 * times JSON.parse on a 2 x 250-order body. It accepts a strict SUBSET of what
 * `OrderBookOrdersSchema` (@lighter-ts/models) accepts and returns the same value for it; anything
 * else (numbers for decimals, null lists, integer strings, bad types) returns undefined and the
 * caller falls back to the models schema, which coerces or reports the exact error path.
 */
import { DECIMAL_PATTERN, type OrderBookOrders } from '@lighter-ts/models';

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}
function isOptInt(v: unknown): boolean {
  return v === undefined || v === null || isInt(v);
}
function isDec(v: unknown): v is string {
  return typeof v === 'string' && (v === '' || DECIMAL_PATTERN.test(v));
}

function rowsOk(rows: unknown): rows is unknown[] {
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
      !isOptInt(o.order_expiry) ||
      !isOptInt(o.transaction_time)
    ) {
      return false;
    }
  }
  return true;
}

/**
 * Validate an `orderBookOrders` body without zod; `undefined` means "use the schema".
 * @example const fast = fastParseOrderBookOrders(JSON.parse(body)) ?? OrderBookOrdersSchema.parse(json)
 * @throws never
 */
export function fastParseOrderBookOrders(json: unknown): OrderBookOrders | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const o = json as Record<string, unknown>;
  if (!isInt(o.code)) return undefined;
  if (!(o.message === undefined || o.message === null || typeof o.message === 'string')) return undefined;
  if (!isOptInt(o.total_asks) || !isOptInt(o.total_bids)) return undefined;
  if (!rowsOk(o.asks) || !rowsOk(o.bids)) return undefined;
  return json as OrderBookOrders;
}
