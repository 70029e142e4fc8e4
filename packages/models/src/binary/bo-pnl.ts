/**
 * `portfolio_boPnl`: realized PnL of an account's binary-option positions, grouped by event, newest first
 * (docs/protocol/binary-options.md#bo-pnl). Auth required. `total_pnl` is gross of fees and includes settlement;
 * `settlement_pnl` is `null` until the market settles. The path segment is unverified (`/api/v1/boPnl` here).
 */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, MarketIdSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { AccountIndexParam, AuthParam } from '../rest/params.js';
import type { RouteInfo } from '../rest/route.js';

/**
 * Route facts (auth: header `authorization` or query `auth`).
 *
 * @example
 * `${baseUrl}${BO_PNL_ROUTE.path}`
 * @throws never (a constant)
 */
export const BO_PNL_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/boPnl',
  weight: 300,
  auth: true,
  encoding: 'query',
};

/**
 * PnL of one market of an event.
 *
 * @example
 * const r = BoMarketPnlSchema.safeParse(payload);
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BoMarketPnlSchema = z.looseObject({
  market_id: MarketIdSchema,
  total_pnl: DecimalStringSchema,
  /** `null` until settled; `"0.000000"` is a real zero. */
  settlement_pnl: z.nullable(DecimalStringSchema).optional(),
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
  event_id: IntSchema,
  total_pnl: DecimalStringSchema,
  settlement_pnl: z.nullable(DecimalStringSchema).optional(),
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
  events: listOf(BoEventPnlSchema),
  next_cursor: z.nullish(IntSchema),
});
/** Inferred {@link BoPnlSchema}. */
export type BoPnl = z.output<typeof BoPnlSchema>;

/**
 * Query: `account` (required), `eventId`, `cursor` (an exclusive event id), `limit` 1..100.
 *
 * @example
 * BoPnlParamsSchema.parse({ account: 12, limit: 10 });
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BoPnlParamsSchema = z.strictObject({
  account: AccountIndexParam,
  eventId: z.number().int().min(0).optional(),
  cursor: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  auth: z.optional(AuthParam),
});
/** Input of {@link BoPnlParamsSchema}. */
export type BoPnlParams = z.input<typeof BoPnlParamsSchema>;

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
