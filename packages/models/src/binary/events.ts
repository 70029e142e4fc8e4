/**
 * `GET /api/v1/events`: binary-option events (an underlying and a window) with their Up/Down markets
 * (docs/protocol/binary-options.md#events). The route is confirmed by the official docs; the field lists are
 * not, so every schema here is lenient and keeps unknown fields (and the raw payload). Response side only: the
 * route and its query schema are declared once, next to `events` in `@lighter-ts/http`.
 */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import {
  BoolSchema,
  DecimalStringSchema,
  IntSchema,
  MarketIdSchema,
  ResultCodeShape,
  listOf,
} from '../schemas/primitives.js';

/**
 * One Up/Down market of an event. Only `market_id` is required (the docs name it as what an order is signed
 * with); the rest is what third-party recordings show and may be absent.
 *
 * @example
 * const r = EventMarketSchema.safeParse(payload); // or parseEvents for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const EventMarketSchema = z.looseObject({
  /** Binary market id an order on this market is signed with (1000-2000 so far). */
  market_id: MarketIdSchema,
  /** Market symbol; field unverified. */
  symbol: z.nullish(z.string()),
  /** Market status text (e.g. `active`); values unverified. */
  status: z.nullish(z.string()),
  /** Start of the market's window, an integer time (unit unverified: Unix seconds in our fixtures). */
  start_at: z.nullish(IntSchema),
  /** End of the market's window, same unit as `start_at`. */
  end_at: z.nullish(IntSchema),
  /** Decimals of the price (2 so far: price ticks of 0.01 USDC). */
  price_decimals: z.nullish(IntSchema),
  /** Decimals of the share size (`BaseAmount` = shares × 10^size_decimals). */
  size_decimals: z.nullish(IntSchema),
  /** Settlement cap in price ticks (100 = 1.00 USDC so far); prices must lie strictly inside (0, cap). */
  settlement_cap: z.nullish(IntSchema),
  /** Settlement price in USDC per share once settled, decimal string; field unverified. */
  settlement_price: z.nullish(DecimalStringSchema),
  /** Whether the market has settled (`true`/`false` or `1`/`0`); field unverified. */
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
  /** Event id (also the `cursor` unit of this route and of `portfolio_boPnl`). */
  event_id: IntSchema,
  /** Display title, e.g. `"BTC Up or Down"`. */
  title: z.nullish(z.string()),
  /** Series tag, underlying and window, e.g. `"btc-updown-15m"`; filter on it with the `tag` query. */
  tag: z.nullish(z.string()),
  /** Start of the event's window, an integer time (unit unverified: Unix seconds in our fixtures). */
  start_at: z.nullish(IntSchema),
  /** End of the event's window, same unit as `start_at`. */
  end_at: z.nullish(IntSchema),
  /** The event's Up/Down markets; `[]` when `null`. */
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
  /** The page of events; `[]` when `null`. */
  events: listOf(BinaryEventSchema),
  /** Pass back as `cursor` for the next page (an event id); `null`/absent on the last page. */
  next_cursor: z.nullish(IntSchema),
});
/** Inferred {@link EventsSchema}. */
export type Events = z.output<typeof EventsSchema>;

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
