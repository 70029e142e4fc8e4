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
import { TimestampMicrosSchema, TimestampMsSchema } from '../schemas/timestamp.js';

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
  trade_id_str: IdStringSchema.nullish(),
  tx_hash: z.string().nullish(),
  type: lenientEnum(['trade', 'liquidation', 'deleverage', 'market-settlement'] as const),
  market_id: MarketIdSchema,
  size: DecimalStringSchema,
  price: DecimalStringSchema,
  usd_amount: DecimalStringSchema.nullish(),
  ask_id: IntSchema,
  ask_id_str: IdStringSchema.nullish(),
  bid_id: IntSchema,
  bid_id_str: IdStringSchema.nullish(),
  ask_client_id: IntSchema.nullish(),
  ask_client_id_str: IdStringSchema.nullish(),
  bid_client_id: IntSchema.nullish(),
  bid_client_id_str: IdStringSchema.nullish(),
  ask_account_id: IntSchema,
  bid_account_id: IntSchema,
  /** true ⇒ the ask side was the maker (docs/protocol/rest.md#response-models). */
  is_maker_ask: BoolSchema,
  block_height: IntSchema.nullish(),
  /** Milliseconds. */
  timestamp: TimestampMsSchema,
  taker_fee: IntSchema.nullish(),
  maker_fee: IntSchema.nullish(),
  taker_position_size_before: DecimalStringSchema.nullish(),
  taker_entry_quote_before: DecimalStringSchema.nullish(),
  taker_initial_margin_fraction_before: IntSchema.nullish(),
  taker_position_sign_changed: BoolSchema.nullish(),
  maker_position_size_before: DecimalStringSchema.nullish(),
  maker_entry_quote_before: DecimalStringSchema.nullish(),
  maker_initial_margin_fraction_before: IntSchema.nullish(),
  maker_position_sign_changed: BoolSchema.nullish(),
  /** Microseconds. */
  transaction_time: TimestampMicrosSchema.nullish(),
  ask_account_pnl: DecimalStringSchema.nullish(),
  bid_account_pnl: DecimalStringSchema.nullish(),
  integrator_taker_fee: IntSchema.nullish(),
  integrator_maker_fee: IntSchema.nullish(),
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
 * Parse a `recentTrades` / `trades` response (`trades: null` becomes `[]`).
 *
 * @example
 * parseTrades(body).trades[0]?.price; // '2361.31'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseTrades(raw: unknown): WithRaw<Trades> {
  return parseWith(TradesSchema, raw, 'Trades');
}
