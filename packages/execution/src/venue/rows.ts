/**
 * The venue rows the execution layer consumes, as models parsed them (one wire schema per row, in models: issue 13).
 * Orders and trades are models' `Order` / `Trade` plus the exact ids the dispatcher keys on; positions, assets and
 * user_stats are models' rows as they are (docs/protocol/rest.md#response-models, docs/protocol/websocket.md#channels;
 * which row fields the venue always sends: docs/protocol/rest.md#required-row-fields).
 * Nothing here parses: REST responses and WS frames arrive typed, and {@link toVenueOrderRow} /
 * {@link toVenueTradeRow} only add the exact ids.
 */
import type { AccountAsset, AccountPosition, Order, Trade, UserStats } from '@lighter-ts/models';

/** An order row: models' `Order` with its exact ids. */
export type VenueOrderRow = Order & {
  /** The venue order index as an exact string (`order_id` when present, else `order_index` as text). */
  readonly orderId: string;
  /** The client order index the order was signed with (0 when the row carries none). */
  readonly clientOrderIndex: number;
};

/** A trade row: models' `Trade` with its exact ids. */
export type VenueTradeRow = Trade & {
  /** The trade id as an exact string (`trade_id_str` when present, else `trade_id` as text). */
  readonly tradeId: string;
  /** The ask (sell) order's venue index as an exact string (`ask_id_str` first). */
  readonly askOrderId: string;
  /** The bid (buy) order's venue index as an exact string (`bid_id_str` first). */
  readonly bidOrderId: string;
  /** The ask order's client order index (0 when the row carries none). */
  readonly askClientOrderIndex: number;
  /** The bid order's client order index (0 when the row carries none). */
  readonly bidClientOrderIndex: number;
};

/** A position row: models' `AccountPosition` (one home for the wire schema, issue 13). */
export type VenuePositionRow = AccountPosition;

/** An asset row (`account_all_assets`): models' `AccountAsset`. */
export type VenueAssetRow = AccountAsset;

/** `user_stats.stats`: models' `UserStats`. */
export type VenueUserStats = UserStats;

// Venue order indexes reach 2^60-1, beyond a JS number's exact range: the `*_id` / `*_str` text twins are exact
// (docs/protocol/rest.md#conventions), the integer is only a fallback for rows that predate the twins.
function exactId(twin: string | null | undefined, integer: number): string {
  return twin ?? String(integer);
}

// Client order indexes are at most 2^48-1 (docs/protocol/transactions.md), exact as a number; 0 means none.
function clientIndex(twin: string | null | undefined, integer: number | null | undefined): number {
  const n = Number(twin ?? integer ?? 0);
  return Number.isSafeInteger(n) ? n : 0;
}

/**
 * The order row the dispatcher and the reports read, from a typed `Order` (REST response row or WS frame row).
 * @example toVenueOrderRow(orders.orders[0]).orderId // '281476929510110'
 * @throws never
 */
export function toVenueOrderRow(order: Order): VenueOrderRow {
  return {
    ...order,
    orderId: exactId(order.order_id, order.order_index),
    clientOrderIndex: clientIndex(order.client_order_id, order.client_order_index),
  };
}

/**
 * The trade row the dispatcher and the fill reports read, from a typed `Trade`.
 * @example toVenueTradeRow(frame.trades[0]).tradeId // '19209006902'
 * @throws never
 */
export function toVenueTradeRow(trade: Trade): VenueTradeRow {
  return {
    ...trade,
    tradeId: exactId(trade.trade_id_str, trade.trade_id),
    askOrderId: exactId(trade.ask_id_str, trade.ask_id),
    bidOrderId: exactId(trade.bid_id_str, trade.bid_id),
    askClientOrderIndex: clientIndex(trade.ask_client_id_str, trade.ask_client_id),
    bidClientOrderIndex: clientIndex(trade.bid_client_id_str, trade.bid_client_id),
  };
}
