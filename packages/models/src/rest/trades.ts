/** `GET /api/v1/recentTrades` and `GET /api/v1/trades` responses (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Trade). */
import * as z from 'zod/mini';
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
  /** Trade id (may exceed 2^53 in future: `trade_id_str` is exact). */
  trade_id: IntSchema,
  /** Exact decimal text of `trade_id`; absent in older data. */
  trade_id_str: z.nullish(IdStringSchema),
  /** Hash of the tx that produced the trade (hex). */
  tx_hash: z.nullish(z.string()),
  /** `trade`, `liquidation`, `deleverage` or `market-settlement`; unknown kinds pass through. */
  type: lenientEnum(['trade', 'liquidation', 'deleverage', 'market-settlement'] as const),
  /** Market index. */
  market_id: MarketIdSchema,
  /** Traded size, base-asset decimal string. */
  size: DecimalStringSchema,
  /** Trade price, quote decimal string. */
  price: DecimalStringSchema,
  /** Notional, USDC decimal string. */
  usd_amount: z.nullish(DecimalStringSchema),
  /** Order index of the ask (sell) side (beyond 2^53 use `ask_id_str`). */
  ask_id: IntSchema,
  /** Exact decimal text of `ask_id`. */
  ask_id_str: z.nullish(IdStringSchema),
  /** Order index of the bid (buy) side (beyond 2^53 use `bid_id_str`). */
  bid_id: IntSchema,
  /** Exact decimal text of `bid_id`. */
  bid_id_str: z.nullish(IdStringSchema),
  /** Client order index of the ask order (0 = none). */
  ask_client_id: z.nullish(IntSchema),
  /** Exact decimal text of `ask_client_id`. */
  ask_client_id_str: z.nullish(IdStringSchema),
  /** Client order index of the bid order (0 = none). */
  bid_client_id: z.nullish(IntSchema),
  /** Exact decimal text of `bid_client_id`. */
  bid_client_id_str: z.nullish(IdStringSchema),
  /** Account index of the seller. */
  ask_account_id: IntSchema,
  /** Account index of the buyer. */
  bid_account_id: IntSchema,
  /** true ⇒ the ask side was the maker (docs/protocol/rest.md#response-models). */
  is_maker_ask: BoolSchema,
  /** L2 block of the trade. */
  block_height: z.nullish(IntSchema),
  /** Trade time, Unix ms. */
  timestamp: TimestampMsSchema,
  /** Taker fee rate, parts per million (`196` = 0.0196 %); omitted when zero. */
  taker_fee: z.nullish(IntSchema),
  /** Maker fee rate, parts per million (`28` = 0.0028 %); omitted when zero. */
  maker_fee: z.nullish(IntSchema),
  /** Taker's position size before the trade, signed base decimal string; omitted when zero. */
  taker_position_size_before: z.nullish(DecimalStringSchema),
  /** Taker's position entry quote before the trade, USDC decimal string; omitted when zero. */
  taker_entry_quote_before: z.nullish(DecimalStringSchema),
  /** Taker's initial margin fraction before the trade, 1/10000 units; omitted when zero. */
  taker_initial_margin_fraction_before: z.nullish(IntSchema),
  /** Whether the trade flipped the taker's position from long to short or back. */
  taker_position_sign_changed: z.nullish(BoolSchema),
  /** Maker's position size before the trade, signed base decimal string; omitted when zero. */
  maker_position_size_before: z.nullish(DecimalStringSchema),
  /** Maker's position entry quote before the trade, USDC decimal string; omitted when zero. */
  maker_entry_quote_before: z.nullish(DecimalStringSchema),
  /** Maker's initial margin fraction before the trade, 1/10000 units; omitted when zero. */
  maker_initial_margin_fraction_before: z.nullish(IntSchema),
  /** Whether the trade flipped the maker's position from long to short or back. */
  maker_position_sign_changed: z.nullish(BoolSchema),
  /** Time of the tx, Unix µs. */
  transaction_time: z.nullish(TimestampMicrosSchema),
  /** Realized PnL of the seller on this trade, USDC decimal string. */
  ask_account_pnl: z.nullish(DecimalStringSchema),
  /** Realized PnL of the buyer on this trade, USDC decimal string. */
  bid_account_pnl: z.nullish(DecimalStringSchema),
  /** Integrator taker fee, 1e-6 units (WS rows; docs/protocol/transactions.md#integrators). */
  integrator_taker_fee: z.nullish(IntSchema),
  /** Integrator maker fee, 1e-6 units (WS rows). */
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
  /** Opaque cursor of the next page (`trades`); `null` or absent on the last page. */
  next_cursor: z.nullish(z.string()),
  /** Trades in venue order (sorting is the caller's job); `null` becomes `[]`. */
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
