/**
 * Lenient parsers for the venue rows the execution layer consumes (Order, Trade, Position,
 * assets, user_stats; docs/protocol/rest.md#response-models, docs/protocol/websocket.md#channels). Ids are kept as strings (order indexes exceed
 * 2^53, so the `_str` / `order_id` twins win when present); decimals stay strings.
 */
import { z } from 'zod';

const num = z.union([z.number(), z.string()]).transform((v) => (typeof v === 'number' ? v : Number(v)));
const idString = z.union([z.number(), z.string(), z.bigint()]).transform((v) => String(v));
const dec = z.union([z.string(), z.number()]).transform((v) => String(v));

/** Venue order row (REST `Order` and WS account order frames). */
export const VenueOrderRowSchema = z.looseObject({
  order_index: idString,
  order_id: z.string().nullish(),
  client_order_index: idString.nullish(),
  client_order_id: z.string().nullish(),
  market_index: num,
  owner_account_index: num.nullish(),
  initial_base_amount: dec,
  remaining_base_amount: dec.nullish(),
  filled_base_amount: dec.nullish(),
  filled_quote_amount: dec.nullish(),
  price: dec.nullish(),
  is_ask: z.boolean(),
  type: z.string(),
  time_in_force: z.string().nullish(),
  reduce_only: z.boolean().nullish(),
  trigger_price: dec.nullish(),
  order_expiry: num.nullish(),
  status: z.string(),
  trigger_status: z.string().nullish(),
  timestamp: num.nullish(),
  created_at: num.nullish(),
  updated_at: num.nullish(),
});
/** Parsed venue order row. */
export type VenueOrderRow = z.output<typeof VenueOrderRowSchema> & {
  readonly orderId: string;
  readonly clientOrderIndex: number;
};

/** Venue trade row. */
export const VenueTradeRowSchema = z.looseObject({
  trade_id: idString,
  trade_id_str: z.string().nullish(),
  tx_hash: z.string().nullish(),
  type: z.string().nullish(),
  market_id: num,
  size: dec,
  price: dec,
  usd_amount: dec.nullish(),
  ask_id: idString.nullish(),
  ask_id_str: z.string().nullish(),
  bid_id: idString.nullish(),
  bid_id_str: z.string().nullish(),
  ask_client_id: idString.nullish(),
  ask_client_id_str: z.string().nullish(),
  bid_client_id: idString.nullish(),
  bid_client_id_str: z.string().nullish(),
  ask_account_id: num.nullish(),
  bid_account_id: num.nullish(),
  is_maker_ask: z.boolean().nullish(),
  timestamp: num.nullish(),
  taker_fee: num.nullish(),
  maker_fee: num.nullish(),
});
/** Parsed venue trade row. */
export type VenueTradeRow = z.output<typeof VenueTradeRowSchema>;

/** Venue position row. */
export const VenuePositionRowSchema = z.looseObject({
  market_id: num,
  symbol: z.string().nullish(),
  sign: num.nullish(),
  position: dec,
  avg_entry_price: dec.nullish(),
  unrealized_pnl: dec.nullish(),
  realized_pnl: dec.nullish(),
});
/** Parsed venue position row. */
export type VenuePositionRow = z.output<typeof VenuePositionRowSchema>;

/** Venue asset row (`account_all_assets`). */
export const VenueAssetRowSchema = z.looseObject({
  symbol: z.string(),
  asset_id: num.nullish(),
  balance: dec,
  locked_balance: dec.nullish(),
  margin_balance: dec.nullish(),
});
/** Parsed asset row. */
export type VenueAssetRow = z.output<typeof VenueAssetRowSchema>;

/** Venue `user_stats.stats`. */
export const VenueUserStatsSchema = z.looseObject({
  collateral: dec.nullish(),
  available_balance: dec.nullish(),
  portfolio_value: dec.nullish(),
  margin_usage: dec.nullish(),
});
/** Parsed user stats. */
export type VenueUserStats = z.output<typeof VenueUserStatsSchema>;

/**
 * Parses an order row, or returns undefined (bad rows are skipped, never fatal).
 * @example parseVenueOrderRow(frame.orders['0'][0])
 * @throws never
 */
export function parseVenueOrderRow(raw: unknown): VenueOrderRow | undefined {
  const r = VenueOrderRowSchema.safeParse(raw);
  if (!r.success) return undefined;
  const orderId = r.data.order_id ?? r.data.order_index;
  const cix = Number(r.data.client_order_id ?? r.data.client_order_index ?? 0);
  return { ...r.data, orderId, clientOrderIndex: Number.isFinite(cix) ? cix : 0 };
}

/**
 * Parses a trade row or returns undefined.
 * @example parseVenueTradeRow(frame.trades['0'][0])
 * @throws never
 */
export function parseVenueTradeRow(raw: unknown): VenueTradeRow | undefined {
  const r = VenueTradeRowSchema.safeParse(raw);
  return r.success ? r.data : undefined;
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
