/** `GET /api/v1/candles` (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Candle): short keys, floats. */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { FloatSchema, IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';

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
  v: FloatSchema.nullish(),
  V: FloatSchema.nullish(),
  i: IntSchema.nullish(),
  O: FloatSchema.nullish(),
  H: FloatSchema.nullish(),
  L: FloatSchema.nullish(),
  C: FloatSchema.nullish(),
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
 * Parse a `candles` response.
 *
 * @example
 * parseCandles(body).c[0]?.o; // 2361.11
 * @throws {LighterParseError} when the payload does not match
 */
export function parseCandles(raw: unknown): WithRaw<Candles> {
  return parseWith(CandlesSchema, raw, 'Candles');
}
