/**
 * Lenient parsers for the venue rows the execution layer consumes (Order, Trade; positions, assets and user_stats
 * are models' rows; docs/protocol/rest.md#response-models, docs/protocol/websocket.md#channels). Ids are kept as strings (order indexes exceed
 * 2^53, so the `_str` / `order_id` twins win when present); decimals stay strings.
 */
import type { AccountAsset, AccountPosition, UserStats } from '@lighter-ts/models';
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
  /** Venue order index (exceeds 2^53, kept as a string; `order_id` is its string twin). */
  order_index: idString,
  /** String twin of `order_index`, exact where the number would lose digits; absent on older frames. */
  order_id: z.nullish(z.string()),
  /** The client order index the order was signed with (0 when none); absent on some frames. */
  client_order_index: z.nullish(idString),
  /** String twin of `client_order_index`; absent on older frames. */
  client_order_id: z.nullish(z.string()),
  /** Market id the order rests on. */
  market_index: num,
  /** Account index that owns the order; absent on some WS frames. */
  owner_account_index: z.nullish(num),
  /** Size when placed, decimal string in base units (e.g. `0.0100`). */
  initial_base_amount: dec,
  /** Size still resting, decimal string in base units; absent on some frames. */
  remaining_base_amount: z.nullish(dec),
  /** Size filled so far, decimal string in base units; absent on some frames. */
  filled_base_amount: z.nullish(dec),
  /** Quote notional filled so far (collateral units), decimal string; absent on some frames. */
  filled_quote_amount: z.nullish(dec),
  /** Limit price as a decimal string (`2000.00`); absent on some frames. */
  price: z.nullish(dec),
  is_ask: z.boolean(),
  /** Order type as the venue spells it (`limit`, `market`, `stop-loss`, …; docs/protocol/enums.md). */
  type: z.string(),
  /** `good-till-time`, `immediate-or-cancel`, `post-only` or `Unknown`; absent on some frames. */
  time_in_force: z.nullish(z.string()),
  /** True when the order may only reduce a position; absent on some frames. */
  reduce_only: z.nullish(z.boolean()),
  /** Trigger price of a stop / take-profit order as a decimal string (`0` when none); absent on some frames. */
  trigger_price: z.nullish(dec),
  /** When a resting order expires, Unix ms (0 or absent for IOC orders). */
  order_expiry: z.nullish(num),
  /** Order status as the venue spells it (`open`, `filled`, `canceled-post-only`, …; docs/protocol/enums.md). */
  status: z.string(),
  /** Trigger state of a conditional order (`na`, `ready`, `mark-price`, `twap`, `parent-order`); absent on some frames. */
  trigger_status: z.nullish(z.string()),
  /** Last update time; seconds or ms depending on the source (read both); absent on some frames. */
  timestamp: z.nullish(num),
  /** Creation time; seconds or ms depending on the source; absent on some frames. */
  created_at: z.nullish(num),
  /** Last update time; seconds or ms depending on the source; absent on some frames. */
  updated_at: z.nullish(num),
});
/** Parsed venue order row. */
export type VenueOrderRow = z.output<typeof VenueOrderRowSchema> & {
  /** The venue order index as an exact string (`order_id` when present, else `order_index`). */
  readonly orderId: string;
  /** The client order index as a number (0 when the row carries none). */
  readonly clientOrderIndex: number;
};

/** Venue trade row. */
export const VenueTradeRowSchema = z.looseObject({
  /** Venue trade id (kept as a string; `trade_id_str` is its exact twin). */
  trade_id: idString,
  /** Exact string twin of `trade_id`; absent on older frames. */
  trade_id_str: z.nullish(z.string()),
  /** Hash of the tx that produced the trade; absent on some frames. */
  tx_hash: z.nullish(z.string()),
  /** Trade type: `trade`, `liquidation`, `deleverage` or `market-settlement`; absent on some frames. */
  type: z.nullish(z.string()),
  market_id: num,
  /** Traded size, decimal string in base units. */
  size: dec,
  /** Trade price, decimal string. */
  price: dec,
  /** Notional in collateral units (size × price), decimal string; absent on some frames. */
  usd_amount: z.nullish(dec),
  /** Venue order index of the sell side; absent on some frames. */
  ask_id: z.nullish(idString),
  /** Exact string twin of `ask_id`. */
  ask_id_str: z.nullish(z.string()),
  /** Venue order index of the buy side; absent on some frames. */
  bid_id: z.nullish(idString),
  /** Exact string twin of `bid_id`. */
  bid_id_str: z.nullish(z.string()),
  /** Client order index of the sell order; absent when the venue omits it. */
  ask_client_id: z.nullish(idString),
  /** Exact string twin of `ask_client_id`. */
  ask_client_id_str: z.nullish(z.string()),
  /** Client order index of the buy order; absent when the venue omits it. */
  bid_client_id: z.nullish(idString),
  /** Exact string twin of `bid_client_id`. */
  bid_client_id_str: z.nullish(z.string()),
  /** Account index of the seller. */
  ask_account_id: z.nullish(num),
  /** Account index of the buyer. */
  bid_account_id: z.nullish(num),
  /** True when the resting (maker) order was the sell; decides which side paid the taker fee. */
  is_maker_ask: z.nullish(z.boolean()),
  /** Trade time, Unix ms. */
  timestamp: z.nullish(num),
  /** Taker fee rate in parts per million (omitted by the venue when zero). */
  taker_fee: z.nullish(num),
  /** Maker fee rate in parts per million (omitted by the venue when zero). */
  maker_fee: z.nullish(num),
});
/** Parsed venue trade row. */
export type VenueTradeRow = z.output<typeof VenueTradeRowSchema>;

/** A position row: models' `AccountPosition` (one home for the wire schema, issue 13). */
export type VenuePositionRow = AccountPosition;

/** An asset row (`account_all_assets`): models' `AccountAsset`. */
export type VenueAssetRow = AccountAsset;

/** `user_stats.stats`: models' `UserStats`. */
export type VenueUserStats = UserStats;

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
