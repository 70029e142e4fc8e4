/** `GET /api/v1/recentTrades` and `GET /api/v1/trades` (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Trade). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import {
  BoolSchema,
  DecimalStringSchema,
  IdStringSchema,
  IntSchema,
  MarketIdSchema,
  ResultCodeShape,
  lenientEnum,
  listOf,
} from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam, CursorParam, Limit100Param, MarketIdParam, MarketTypeParam } from './params.js';
import type { RouteInfo } from './route.js';
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${RECENT_TRADES_ROUTE.path}` with method RECENT_TRADES_ROUTE.method
 * @throws never (a constant)
 */
export const RECENT_TRADES_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/recentTrades',
  weight: 600,
  auth: false,
  encoding: 'query',
};
/**
 * Route facts (auth needed when `account_index` is given).
 *
 * @example
 * `${baseUrl}${TRADES_ROUTE.path}` with method TRADES_ROUTE.method
 * @throws never (a constant)
 */
export const TRADES_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/trades',
  weight: 600,
  auth: false,
  encoding: 'query',
};

/**
 * One trade (REST and WS). Fee and `*_before` fields are omitted when zero (docs/protocol/rest.md#response-models);
 * `maker_fee`/`taker_fee` are fee rates in parts per million. `*_str` twins are exact ids.
 *
 * @example
 * const r = TradeSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TradeSchema = z.looseObject({
  trade_id: IntSchema,
  trade_id_str: z.nullish(IdStringSchema),
  tx_hash: z.string().nullish(),
  type: lenientEnum(['trade', 'liquidation', 'deleverage', 'market-settlement'] as const),
  market_id: MarketIdSchema,
  size: DecimalStringSchema,
  price: DecimalStringSchema,
  usd_amount: z.nullish(DecimalStringSchema),
  ask_id: IntSchema,
  ask_id_str: z.nullish(IdStringSchema),
  bid_id: IntSchema,
  bid_id_str: z.nullish(IdStringSchema),
  ask_client_id: z.nullish(IntSchema),
  ask_client_id_str: z.nullish(IdStringSchema),
  bid_client_id: z.nullish(IntSchema),
  bid_client_id_str: z.nullish(IdStringSchema),
  ask_account_id: IntSchema,
  bid_account_id: IntSchema,
  /** true ⇒ the ask side was the maker (docs/protocol/rest.md#response-models). */
  is_maker_ask: BoolSchema,
  block_height: z.nullish(IntSchema),
  /** Milliseconds. */
  timestamp: TimestampMsSchema,
  taker_fee: z.nullish(IntSchema),
  maker_fee: z.nullish(IntSchema),
  taker_position_size_before: z.nullish(DecimalStringSchema),
  taker_entry_quote_before: z.nullish(DecimalStringSchema),
  taker_initial_margin_fraction_before: z.nullish(IntSchema),
  taker_position_sign_changed: z.nullish(BoolSchema),
  maker_position_size_before: z.nullish(DecimalStringSchema),
  maker_entry_quote_before: z.nullish(DecimalStringSchema),
  maker_initial_margin_fraction_before: z.nullish(IntSchema),
  maker_position_sign_changed: z.nullish(BoolSchema),
  /** Microseconds. */
  transaction_time: z.nullish(TimestampMicrosSchema),
  ask_account_pnl: z.nullish(DecimalStringSchema),
  bid_account_pnl: z.nullish(DecimalStringSchema),
  integrator_taker_fee: z.nullish(IntSchema),
  integrator_maker_fee: z.nullish(IntSchema),
});
/** Inferred {@link TradeSchema}. */
export type Trade = z.output<typeof TradeSchema>;

/**
 * `Trades` response of `recentTrades` and `trades`.
 *
 * @example
 * const r = TradesSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TradesSchema = z.looseObject({
  ...ResultCodeShape,
  next_cursor: z.string().nullish(),
  trades: listOf(TradeSchema),
});
/** Inferred {@link TradesSchema}. */
export type Trades = z.output<typeof TradesSchema>;

/**
 * Query of `recentTrades`: `market_id` and `limit` 1..100, both required.
 *
 * @example
 * const r = RecentTradesParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const RecentTradesParamsSchema = z.strictObject({
  marketId: MarketIdParam,
  limit: Limit100Param,
});
/** Inferred {@link RecentTradesParamsSchema}. */
export type RecentTradesParams = z.input<typeof RecentTradesParamsSchema>;

/**
 * Query of `trades` (docs/protocol/rest.md#market-data).
 *
 * @example
 * const r = TradesParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const TradesParamsSchema = z.strictObject({
  sortBy: z.enum(['block_height', 'timestamp', 'trade_id']),
  limit: Limit100Param,
  marketId: MarketIdParam.optional(),
  marketType: MarketTypeParam.optional(),
  accountIndex: AccountIndexParam.optional(),
  orderIndex: z.number().int().min(0).optional(),
  sortDir: z.literal('desc').optional(),
  cursor: CursorParam.optional(),
  from: z.number().int().optional(),
  askFilter: z.union([z.literal(-1), z.literal(0), z.literal(1)]).optional(),
  role: z.enum(['all', 'maker', 'taker']).optional(),
  type: z.enum(['all', 'trade', 'liquidation', 'deleverage', 'market-settlement']).optional(),
  aggregate: z.boolean().optional(),
  auth: AuthParam.optional(),
});
/** Inferred {@link TradesParamsSchema}. */
export type TradesParams = z.input<typeof TradesParamsSchema>;

/**
 * Parse a `recentTrades` / `trades` response (`trades: null` becomes `[]`).
 *
 * @example
 * parseTrades(body).trades[0]?.price; // '2361.31'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseTrades(raw: unknown): WithRaw<Trades> {
  return parseWith(TradesSchema, raw, 'Trades');
}
