/** `GET /api/v1/candles` (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Candle): short keys, floats. */
import * as z from 'zod';
import { CANDLE_RESOLUTIONS } from '../constants/network.js';
import { type WithRaw, parseWith } from '../parse.js';
import { FloatSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { MarketIdParam, TimestampMsParam } from './params.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${CANDLES_ROUTE.path}` with method CANDLES_ROUTE.method
 * @throws never (a constant)
 */
export const CANDLES_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/candles',
  weight: 300,
  auth: false,
  encoding: 'query',
};

/**
 * Most candles per call (NT `LIGHTER_CANDLES_MAX_LIMIT`, docs/protocol/rest.md#market-data).
 *
 * @example
 * import { CANDLES_MAX_COUNT } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const CANDLES_MAX_COUNT = 500;

/**
 * One candle: `t` open time ms, `o h l c` prices, `v` base volume, `V` quote volume, `i` last trade id;
 * `O H L C` raw variants in newer data. Floats on the wire (docs/protocol/rest.md#conventions).
 *
 * @example
 * const r = CandleSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const CandleSchema = z.looseObject({
  t: IntSchema,
  o: FloatSchema,
  h: FloatSchema,
  l: FloatSchema,
  c: FloatSchema,
  v: z.nullish(FloatSchema),
  V: z.nullish(FloatSchema),
  i: z.nullish(IntSchema),
  O: z.nullish(FloatSchema),
  H: z.nullish(FloatSchema),
  L: z.nullish(FloatSchema),
  C: z.nullish(FloatSchema),
});
/** Inferred {@link CandleSchema}. */
export type Candle = z.output<typeof CandleSchema>;

/**
 * `Candles` response: `r` resolution, `c` candles (`null` → `[]`).
 *
 * @example
 * const r = CandlesSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const CandlesSchema = z.looseObject({
  ...ResultCodeShape,
  r: z.string().nullish(),
  c: listOf(CandleSchema),
});
/** Inferred {@link CandlesSchema}. */
export type Candles = z.output<typeof CandlesSchema>;

/**
 * Query of `candles` (all required except `setTimestampToEnd`); end is exclusive.
 *
 * @example
 * const r = CandlesParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const CandlesParamsSchema = z
  .strictObject({
    marketId: MarketIdParam,
    resolution: z.enum(CANDLE_RESOLUTIONS),
    startTimestamp: TimestampMsParam,
    endTimestamp: TimestampMsParam,
    countBack: z.number().int().min(0).max(CANDLES_MAX_COUNT),
    setTimestampToEnd: z.boolean().optional(),
  })
  .refine((p) => p.endTimestamp > p.startTimestamp, {
    message: 'endTimestamp must be greater than startTimestamp (venue error 22400)',
    path: ['endTimestamp'],
  });
/** Inferred {@link CandlesParamsSchema}. */
export type CandlesParams = z.input<typeof CandlesParamsSchema>;

/**
 * Parse a `candles` response.
 *
 * @example
 * parseCandles(body).c[0]?.o; // 2361.11
 * @throws {LighterParseError} when the payload does not match
 */
export function parseCandles(raw: unknown): WithRaw<Candles> {
  return parseWith(CandlesSchema, raw, 'Candles');
}
