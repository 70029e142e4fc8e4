/**
 * The order and trade rows of an account WS frame. streaming has already parsed the frame with models' schema
 * (`typed`); those rows are used as they are. One bad row fails the whole frame's schema (its `orders` / `trades`
 * list is parsed as one), so when `typed` is missing each raw row is parsed on its own with models' row schema:
 * the bad row is skipped, never fatal, and its siblings are still delivered (docs/protocol/client-behaviour.md
 * item 9, docs/protocol/websocket.md#channels: rows arrive as `{"{market}": Row[]}` maps).
 */
import { type Order, OrderSchema, type Trade, TradeSchema } from '@lighter-ts/models';
import { toVenueOrderRow, toVenueTradeRow, type VenueOrderRow, type VenueTradeRow } from './rows.js';

/** A WS frame as streaming delivers it (`PayloadEvent`): the payload as sent and models' parse of it (shape `F`). */
export interface ParsedFrame<F> {
  /** The frame's payload as the venue sent it. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The frame parsed by models' channel schema; undefined when it did not validate. */
  readonly typed: F | undefined;
}

/**
 * The order rows of an `account_all_orders` / `account_orders` frame (typed rows, or each valid raw row).
 * @example for (const row of orderRowsOfFrame(event)) dispatcher.handleOrderRow(row, 'ws');
 * @throws never
 */
export function orderRowsOfFrame(frame: ParsedFrame<{ readonly orders: readonly Order[] }>): VenueOrderRow[] {
  return (frame.typed?.orders ?? validRowsOf(frame.data.orders, OrderSchema)).map(toVenueOrderRow);
}

/**
 * The trade rows of an `account_all_trades` frame (typed rows, or each valid raw row).
 * @example for (const trade of tradeRowsOfFrame(event)) dispatcher.handleTradeRow(trade, 'ws');
 * @throws never
 */
export function tradeRowsOfFrame(frame: ParsedFrame<{ readonly trades: readonly Trade[] }>): VenueTradeRow[] {
  return (frame.typed?.trades ?? validRowsOf(frame.data.trades, TradeSchema)).map(toVenueTradeRow);
}

/** A models schema as this module uses it: `safeParse` only. */
export interface RowSchema<T> {
  /** models' (zod's) result: the parsed row, or a failure. */
  safeParse(raw: unknown): { success: true; data: T } | { success: false };
}

/**
 * The rows of a `{ "<market>": Row[] }` map (or a plain array, or a map of single rows) that `schema` accepts, in
 * order: the fallback for a frame models refused as a whole, so one bad row loses only itself.
 * @example validRowsOf(event.data.orders, OrderSchema)
 * @throws never
 */
export function validRowsOf<T>(value: unknown, schema: RowSchema<T>): T[] {
  const out: T[] = [];
  for (const raw of flattenMarketMap(value)) {
    const r = schema.safeParse(raw);
    if (r.success) out.push(r.data);
  }
  return out;
}

/**
 * Flattens `{ "<market>": Row[] }` maps (or plain arrays) from account frames.
 * @example flattenMarketMap(frame.orders)
 * @throws never
 */
export function flattenMarketMap(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return [];
  const out: unknown[] = [];
  for (const v of Object.values(value)) {
    if (Array.isArray(v)) out.push(...v);
    else if (v !== null && typeof v === 'object') out.push(v);
  }
  return out;
}
