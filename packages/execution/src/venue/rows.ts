/**
 * Lenient parsers for the venue rows the execution layer consumes (Order, Trade, Position,
 * assets, user_stats; docs/protocol/rest.md#response-models, docs/protocol/websocket.md#channels). Ids are kept as strings (order indexes exceed
 * 2^53, so the `_str` / `order_id` twins win when present); decimals stay strings.
 */
import * as z from 'zod/mini';

const num = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((v) => (typeof v === 'number' ? v : Number(v))),
);
const idString = z.pipe(
  z.union([z.number(), z.string(), z.bigint()]),
  z.transform((v) => String(v)),
);
const dec = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v) => String(v)),
);

/** Venue order row (REST `Order` and WS account order frames). */
export const VenueOrderRowSchema = z.looseObject({
  order_index: idString,
  order_id: z.nullish(z.string()),
  client_order_index: z.nullish(idString),
  client_order_id: z.nullish(z.string()),
  market_index: num,
  owner_account_index: z.nullish(num),
  initial_base_amount: dec,
  remaining_base_amount: z.nullish(dec),
  filled_base_amount: z.nullish(dec),
  filled_quote_amount: z.nullish(dec),
  price: z.nullish(dec),
  is_ask: z.boolean(),
  type: z.string(),
  time_in_force: z.nullish(z.string()),
  reduce_only: z.nullish(z.boolean()),
  trigger_price: z.nullish(dec),
  order_expiry: z.nullish(num),
  status: z.string(),
  trigger_status: z.nullish(z.string()),
  timestamp: z.nullish(num),
  created_at: z.nullish(num),
  updated_at: z.nullish(num),
});
/** Parsed venue order row. */
export type VenueOrderRow = z.output<typeof VenueOrderRowSchema> & {
  readonly orderId: string;
  readonly clientOrderIndex: number;
};

/** Venue trade row. */
export const VenueTradeRowSchema = z.looseObject({
  trade_id: idString,
  trade_id_str: z.nullish(z.string()),
  tx_hash: z.nullish(z.string()),
  type: z.nullish(z.string()),
  market_id: num,
  size: dec,
  price: dec,
  usd_amount: z.nullish(dec),
  ask_id: z.nullish(idString),
  ask_id_str: z.nullish(z.string()),
  bid_id: z.nullish(idString),
  bid_id_str: z.nullish(z.string()),
  ask_client_id: z.nullish(idString),
  ask_client_id_str: z.nullish(z.string()),
  bid_client_id: z.nullish(idString),
  bid_client_id_str: z.nullish(z.string()),
  ask_account_id: z.nullish(num),
  bid_account_id: z.nullish(num),
  is_maker_ask: z.nullish(z.boolean()),
  timestamp: z.nullish(num),
  taker_fee: z.nullish(num),
  maker_fee: z.nullish(num),
});
/** Parsed venue trade row. */
export type VenueTradeRow = z.output<typeof VenueTradeRowSchema>;

/** Venue position row. */
export const VenuePositionRowSchema = z.looseObject({
  market_id: num,
  symbol: z.nullish(z.string()),
  sign: z.nullish(num),
  position: dec,
  avg_entry_price: z.nullish(dec),
  unrealized_pnl: z.nullish(dec),
  realized_pnl: z.nullish(dec),
});
/** Parsed venue position row. */
export type VenuePositionRow = z.output<typeof VenuePositionRowSchema>;

/** Venue asset row (`account_all_assets`). */
export const VenueAssetRowSchema = z.looseObject({
  symbol: z.string(),
  asset_id: z.nullish(num),
  balance: dec,
  locked_balance: z.nullish(dec),
  margin_balance: z.nullish(dec),
});
/** Parsed asset row. */
export type VenueAssetRow = z.output<typeof VenueAssetRowSchema>;

/** Venue `user_stats.stats`. */
export const VenueUserStatsSchema = z.looseObject({
  collateral: z.nullish(dec),
  available_balance: z.nullish(dec),
  portfolio_value: z.nullish(dec),
  margin_usage: z.nullish(dec),
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
