/**
 * GET `/api/v1/candles`: OHLCV candles (short keys `t o h l c v V i`); end exclusive; at most 500 per call.
 * Weight 300 (docs/protocol/errors-and-limits.md#rate-limits); auth: none (docs/protocol/rest.md#authentication).
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { CANDLE_RESOLUTIONS, CandlesSchema } from '@lighter-ts/models';
import * as P from '../schemas/params.js';

/**
 * Parameters of candles (camelCase; sent as snake_case), validated before any I/O.
 * @example CandlesParamsSchema.safeParse({ marketId: 0, resolution: '1m', startTimestamp: 1700000000000, endTimestamp: 1700003600000, countBack: 60 }).success // true
 * @throws never (a schema; callRoute turns failures into LighterInputError)
 */
export const CandlesParamsSchema = z
  .strictObject({
    /** Market index (`market_id`). */
    marketId: P.marketId,
    /** Candle width: `1m` … `1w`, one of models' `CANDLE_RESOLUTIONS`. */
    resolution: z.enum(CANDLE_RESOLUTIONS),
    /** Start of the range, Unix milliseconds (`start_timestamp`). */
    startTimestamp: P.timestampMs,
    /** End of the range, Unix milliseconds, exclusive; must be after `startTimestamp` (else venue code 22400). */
    endTimestamp: P.timestampMs,
    /** Most candles to return counting back from `endTimestamp` (`count_back`), 0..500. */
    countBack: z.int().check(z.gte(0), z.lte(500)),
    /** Venue flag `set_timestamp_to_end` (default false); documented only by its name (stamp candles with their end). */
    setTimestampToEnd: z.optional(z.boolean()),
  })
  .check(
    z.refine((p) => p.endTimestamp > p.startTimestamp, {
      path: ['endTimestamp'],
      message: 'must be greater than startTimestamp (venue code 22400)',
    }),
  );
/** Input type of candles. */
export type CandlesParams = z.input<typeof CandlesParamsSchema>;
/** Parsed response of candles. */
export type CandlesResponse = z.output<typeof CandlesSchema>;

/**
 * Route spec of candles (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, candlesRoute, { marketId: 0, resolution: '1m', startTimestamp: 1700000000000, endTimestamp: 1700003600000, countBack: 60 })
 * @throws never (a value)
 */
export const candlesRoute = defineRoute({
  name: 'candles',
  method: 'GET',
  path: '/api/v1/candles',
  weight: 300,
  auth: 'none',
  kind: 'read',
  params: CandlesParamsSchema,
  response: CandlesSchema,
});

/**
 * OHLCV candles (short keys `t o h l c v V i`); end exclusive; at most 500 per call.
 * @example
 * const res = await candles({ transport: createUndiciTransport({ baseUrl }) }, { marketId: 0, resolution: '1m', startTimestamp: 1700000000000, endTimestamp: 1700003600000, countBack: 60 }, { signal });
 * @throws {LighterInputError} invalid parameters (before any I/O), naming the field
 * @throws {LighterApiError} venue error (numeric `venueCode` first, HTTP `status` second)
 * @throws {RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError}
 */
export function candles(ctx: RouteContext, params: CandlesParams, options?: CallOptions): Promise<CandlesResponse> {
  return callRoute(ctx, candlesRoute, params, options);
}
