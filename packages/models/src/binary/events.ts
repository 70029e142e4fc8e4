/**
 * `GET /api/v1/events`: binary-option events (an underlying and a window) with their Up/Down markets
 * (docs/protocol/binary-options.md#events). The route is confirmed by the official docs; the field lists are
 * not, so every schema here is lenient and keeps unknown fields (and the raw payload).
 */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import {
  BoolSchema,
  DecimalStringSchema,
  IntSchema,
  MarketIdSchema,
  ResultCodeShape,
  listOf,
} from '../schemas/primitives.js';
import { CursorParam } from '../rest/params.js';
import type { RouteInfo } from '../rest/route.js';

/**
 * Route facts. Public (no auth). The weight is not documented; 300 like the other market-data reads is an assumption.
 *
 * @example
 * `${baseUrl}${EVENTS_ROUTE.path}` with method EVENTS_ROUTE.method
 * @throws never (a constant)
 */
export const EVENTS_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/events',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * One Up/Down market of an event. Only `market_id` is required (the docs name it as what an order is signed
 * with); the rest is what third-party recordings show and may be absent.
 *
 * @example
 * const r = EventMarketSchema.safeParse(payload); // or parseEvents for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const EventMarketSchema = z.looseObject({
  market_id: MarketIdSchema,
  symbol: z.string().nullish(),
  status: z.string().nullish(),
  start_at: z.nullish(IntSchema),
  end_at: z.nullish(IntSchema),
  price_decimals: z.nullish(IntSchema),
  size_decimals: z.nullish(IntSchema),
  settlement_cap: z.nullish(IntSchema),
  settlement_price: z.nullish(DecimalStringSchema),
  settled: z.nullish(BoolSchema),
});
/** Inferred {@link EventMarketSchema}. */
export type EventMarket = z.output<typeof EventMarketSchema>;

/**
 * One event (`"BTC Up or Down"`, tag `btc-updown-15m`).
 *
 * @example
 * const r = BinaryEventSchema.safeParse(payload);
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BinaryEventSchema = z.looseObject({
  event_id: IntSchema,
  title: z.string().nullish(),
  tag: z.string().nullish(),
  start_at: z.nullish(IntSchema),
  end_at: z.nullish(IntSchema),
  markets: listOf(EventMarketSchema),
});
/** Inferred {@link BinaryEventSchema}. */
export type BinaryEvent = z.output<typeof BinaryEventSchema>;

/**
 * `events` response: a page of events and the cursor of the next page (`null`/absent on the last page).
 *
 * @example
 * const r = EventsSchema.safeParse(payload); // or parseEvents
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const EventsSchema = z.looseObject({
  ...ResultCodeShape,
  events: listOf(BinaryEventSchema),
  next_cursor: z.nullish(IntSchema),
});
/** Inferred {@link EventsSchema}. */
export type Events = z.output<typeof EventsSchema>;

/**
 * Query of `events`. Every parameter is optional; only the ones a recorded call used are known
 * (`active`, `limit`, `tag`, `sort`, `order`, `cursor`), the full list is unverified.
 *
 * @example
 * EventsParamsSchema.parse({ active: true, tag: 'btc-updown-15m', limit: 2, sort: 'start_at', order: 'asc' });
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const EventsParamsSchema = z.strictObject({
  active: z.boolean().optional(),
  tag: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  sort: z.string().min(1).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  /** The previous page's `next_cursor` (an event id). */
  cursor: z.union([z.number().int().min(0), CursorParam]).optional(),
});
/** Input of {@link EventsParamsSchema}. */
export type EventsParams = z.input<typeof EventsParamsSchema>;

/**
 * Parse an `events` response.
 *
 * @example
 * parseEvents(body).events[0]?.markets[0]?.market_id; // 1001
 * @throws {LighterParseError} when the payload does not match
 */
export function parseEvents(raw: unknown): WithRaw<Events> {
  return parseWith(EventsSchema, raw, 'Events');
}
