/**
 * GET `/api/v1/upDownCandles`: candles of the underlying that decides Up/Down markets (seconds, inclusive, at most 24 h).
 * Weight 300 (assumed: undocumented, docs/protocol/binary-options.md#updown-candles); auth: none.
 */
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import * as z from 'zod/mini';
import { UP_DOWN_CANDLES_LIMITS, UP_DOWN_CANDLE_RESOLUTIONS, UpDownCandlesSchema } from '@lighter-ts/models';

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
/** Input of `UpDownCandlesParamsSchema` (the route's `params`), validated before any I/O. */
export type UpDownCandlesParams = z.input<typeof UpDownCandlesParamsSchema>;

/** Parsed response of upDownCandles. */
export type UpDownCandlesResponse = z.output<typeof UpDownCandlesSchema>;

/**
 * Route spec of upDownCandles (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, upDownCandlesRoute, { symbol: 'btc', duration: '15m', startTimestamp: 1761400800, endTimestamp: 1761401700 })
 * @throws never (a value)
 */
export const upDownCandlesRoute = defineRoute({
  name: 'upDownCandles',
  method: 'GET',
  path: '/api/v1/upDownCandles',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: UpDownCandlesParamsSchema,
  response: UpDownCandlesSchema,
});

/**
 * candles of the underlying that decides Up/Down markets (seconds, inclusive, at most 24 h).
 * @example
 * const res = await upDownCandles({ transport: createUndiciTransport({ baseUrl }) }, { symbol: 'btc', duration: '15m', startTimestamp: 1761400800, endTimestamp: 1761401700 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function upDownCandles(
  ctx: RouteContext,
  params: UpDownCandlesParams,
  options?: CallOptions,
): Promise<UpDownCandlesResponse> {
  return callRoute(ctx, upDownCandlesRoute, params, options);
}
