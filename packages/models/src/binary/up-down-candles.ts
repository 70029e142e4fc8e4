/**
 * `GET /api/v1/upDownCandles`: candles of the underlying price that decides an Up/Down market (not order-book
 * candles), oldest first, prices as decimal strings (docs/protocol/binary-options.md#updown-candles).
 * The docs give the query's meaning; the wire names `symbol`/`duration` and the row keys are unverified. Response
 * side and the venue's limits only: the route and its query schema live next to `upDownCandles` in `@lighter-ts/http`.
 */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';

/**
 * Resolutions: `1s` (the raw observations, the default) and `30s`.
 *
 * @example
 * UP_DOWN_CANDLE_RESOLUTIONS.includes('30s'); // true
 * @throws never (a constant)
 */
export const UP_DOWN_CANDLE_RESOLUTIONS = ['1s', '30s'] as const;
/** Union of {@link UP_DOWN_CANDLE_RESOLUTIONS}. */
export type UpDownCandleResolution = (typeof UP_DOWN_CANDLE_RESOLUTIONS)[number];

/**
 * Widest window of one call (24 h, both ends inclusive, in seconds) and the largest `limit`.
 *
 * @example
 * if (end - start > UP_DOWN_CANDLES_LIMITS.MAX_WINDOW_S) splitTheCall();
 * @throws never (a constant)
 */
export const UP_DOWN_CANDLES_LIMITS = {
  /** Widest `end_timestamp - start_timestamp` of one call: 24 h in seconds (both ends inclusive). */
  MAX_WINDOW_S: 86_400,
  /** Largest `limit` (rows per call). */
  MAX_LIMIT: 3600,
  /** Rows the venue returns when `limit` is omitted. */
  DEFAULT_LIMIT: 1000,
  /** Upper bound we accept for a timestamp in seconds (year 2128): catches milliseconds passed by mistake. */
  MAX_TIMESTAMP_S: 5_000_000_000,
} as const;

/**
 * One candle. Both the short keys of `candles` (`t o h l c`) and long names are accepted, since the row keys are
 * unverified; prices stay exact strings.
 *
 * @example
 * const r = UpDownCandleSchema.safeParse({ t: 1761400800, o: '111000.10', h: '111010', l: '110990', c: '111005.5' });
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const UpDownCandleSchema = z.looseObject({
  /** Candle start, an integer time (Unix seconds in our fixtures, as the query's timestamps; unverified), short key. */
  t: z.nullish(IntSchema),
  /** Open price of the underlying in USD, exact decimal string (short key). */
  o: z.nullish(DecimalStringSchema),
  /** High price of the underlying, decimal string (short key). */
  h: z.nullish(DecimalStringSchema),
  /** Low price of the underlying, decimal string (short key). */
  l: z.nullish(DecimalStringSchema),
  /** Close (or latest, for the forming candle) price of the underlying, decimal string (short key). */
  c: z.nullish(DecimalStringSchema),
  /** Candle start under the long key name, same unit as `t`; present only if the venue uses long names. */
  timestamp: z.nullish(IntSchema),
  /** Open price under the long key name, decimal string. */
  open: z.nullish(DecimalStringSchema),
  /** High price under the long key name, decimal string. */
  high: z.nullish(DecimalStringSchema),
  /** Low price under the long key name, decimal string. */
  low: z.nullish(DecimalStringSchema),
  /** Close price under the long key name, decimal string. */
  close: z.nullish(DecimalStringSchema),
});
/** Inferred {@link UpDownCandleSchema}. */
export type UpDownCandle = z.output<typeof UpDownCandleSchema>;

/**
 * `upDownCandles` response. `next_cursor` is the `start_timestamp` of the next page.
 *
 * @example
 * const r = UpDownCandlesSchema.safeParse(payload); // or parseUpDownCandles
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const UpDownCandlesSchema = z.looseObject({
  ...ResultCodeShape,
  /** Candles oldest first; `[]` when `null`. */
  candles: listOf(UpDownCandleSchema),
  /** `startTimestamp` (seconds) of the next page; `null`/absent when the window is exhausted. */
  next_cursor: z.nullish(IntSchema),
});
/** Inferred {@link UpDownCandlesSchema}. */
export type UpDownCandles = z.output<typeof UpDownCandlesSchema>;

/**
 * Parse an `upDownCandles` response.
 *
 * @example
 * parseUpDownCandles(body).candles[0]?.c; // '111005.5'
 * @throws {LighterParseError} when the payload does not match
 */
export function parseUpDownCandles(raw: unknown): WithRaw<UpDownCandles> {
  return parseWith(UpDownCandlesSchema, raw, 'UpDownCandles');
}
