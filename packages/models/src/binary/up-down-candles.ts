/**
 * `GET /api/v1/upDownCandles`: candles of the underlying price that decides an Up/Down market (not order-book
 * candles), oldest first, prices as decimal strings (docs/protocol/binary-options.md#updown-candles).
 * The docs give the query's meaning; the wire names `symbol`/`duration` and the row keys are unverified.
 */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { DecimalStringSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import type { RouteInfo } from '../rest/route.js';

/**
 * Route facts (public; weight undocumented, 300 assumed).
 *
 * @example
 * `${baseUrl}${UP_DOWN_CANDLES_ROUTE.path}`
 * @throws never (a constant)
 */
export const UP_DOWN_CANDLES_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/upDownCandles',
  weight: 300,
  auth: false,
  encoding: 'query',
};

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

const seconds = z.int().check(z.minimum(0), z.maximum(UP_DOWN_CANDLES_LIMITS.MAX_TIMESTAMP_S));

/**
 * Query: `symbol` (underlying, case-insensitive) and `duration` (`5m`, `15m`) name the series; timestamps in
 * seconds, inclusive, at most 24 h apart.
 *
 * @example
 * UpDownCandlesParamsSchema.parse({ symbol: 'btc', duration: '15m', startTimestamp: 1761400800, endTimestamp: 1761401700 });
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const UpDownCandlesParamsSchema = z
  .strictObject({
    /** Underlying symbol, letters and digits, case-insensitive (`btc`); wire name `symbol` unverified. */
    symbol: z.string().check(z.regex(/^[A-Za-z0-9]+$/, 'underlying symbol (letters and digits)')),
    /** Market duration of the series, digits and `s|m|h|d` (`5m`, `15m`); wire name `duration` unverified. */
    duration: z.string().check(z.regex(/^\d+[smhd]$/, 'duration like 5m or 15m')),
    /** `1s` (raw observations, the venue default) or `30s`. */
    resolution: z.optional(z.enum(UP_DOWN_CANDLE_RESOLUTIONS)),
    /** First candle start to return, Unix **seconds**, inclusive (sent as `start_timestamp`). */
    startTimestamp: seconds,
    /** Last candle start to return, Unix seconds, inclusive; at most 24 h after `startTimestamp`. */
    endTimestamp: seconds,
    /** Rows per call, 1..3600 (venue default 1000). */
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(UP_DOWN_CANDLES_LIMITS.MAX_LIMIT))),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.endTimestamp < p.startTimestamp)
        ctx.addIssue({ code: 'custom', path: ['endTimestamp'], message: 'must not be before startTimestamp' });
      else if (p.endTimestamp - p.startTimestamp > UP_DOWN_CANDLES_LIMITS.MAX_WINDOW_S) {
        ctx.addIssue({
          code: 'custom',
          path: ['endTimestamp'],
          message: 'must be at most 24 h (86400 s) after startTimestamp',
        });
      }
    }),
  );
/** Input of {@link UpDownCandlesParamsSchema}. */
export type UpDownCandlesParams = z.input<typeof UpDownCandlesParamsSchema>;

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
