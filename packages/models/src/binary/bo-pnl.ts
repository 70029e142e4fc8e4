/**
 * `portfolio_boPnl`: realized PnL of an account's binary-option positions, grouped by event, newest first
 * (docs/protocol/binary-options.md#bo-pnl). Auth required. `total_pnl` is gross of fees and includes settlement;
 * `settlement_pnl` is `null` until the market settles. The path segment is unverified (`/api/v1/boPnl` here).
 * Response side only: the route and its query schema are declared once, next to `boPnl` in `@lighter-ts/http`.
 */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, MarketIdSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';

/**
 * PnL of one market of an event.
 *
 * @example
 * const r = BoMarketPnlSchema.safeParse(payload);
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BoMarketPnlSchema = z.looseObject({
  /** Binary (Up/Down) market id of the event's market. */
  market_id: MarketIdSchema,
  /** Realized PnL on this market in USDC, gross of fees and including settlement, decimal string. */
  total_pnl: DecimalStringSchema,
  /** Settlement part of the PnL in USDC: `null` until settled; `"0.000000"` is a real zero. */
  settlement_pnl: z.optional(z.nullable(DecimalStringSchema)),
});
/** Inferred {@link BoMarketPnlSchema}. */
export type BoMarketPnl = z.output<typeof BoMarketPnlSchema>;

/**
 * One event's entry.
 *
 * @example
 * const r = BoEventPnlSchema.safeParse(payload);
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BoEventPnlSchema = z.looseObject({
  /** Event id (as the `events` route lists it). */
  event_id: IntSchema,
  /** Realized PnL over the event's markets in USDC, gross of fees and including settlement, decimal string. */
  total_pnl: DecimalStringSchema,
  /** Settlement part in USDC: `null` until the event's markets settle; `"0.000000"` is a real zero. */
  settlement_pnl: z.optional(z.nullable(DecimalStringSchema)),
  /** Per-market breakdown (grouping shape unverified); `[]` when `null`. */
  markets: listOf(BoMarketPnlSchema),
});
/** Inferred {@link BoEventPnlSchema}. */
export type BoEventPnl = z.output<typeof BoEventPnlSchema>;

/**
 * `portfolio_boPnl` response.
 *
 * @example
 * const r = BoPnlSchema.safeParse(payload); // or parseBoPnl
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BoPnlSchema = z.looseObject({
  ...ResultCodeShape,
  /** Events the account traded, newest first; `[]` when `null`. */
  events: listOf(BoEventPnlSchema),
  /** Pass as `cursor` for the next page (an exclusive event id); `null`/absent on the last page. */
  next_cursor: z.nullish(IntSchema),
});
/** Inferred {@link BoPnlSchema}. */
export type BoPnl = z.output<typeof BoPnlSchema>;

/**
 * Parse a `portfolio_boPnl` response.
 *
 * @example
 * parseBoPnl(body).events[0]?.settlement_pnl; // null before settlement
 * @throws {LighterParseError} when the payload does not match
 */
export function parseBoPnl(raw: unknown): WithRaw<BoPnl> {
  return parseWith(BoPnlSchema, raw, 'BoPnl');
}
