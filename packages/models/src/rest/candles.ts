/** `GET /api/v1/candles` response (docs/protocol/rest.md#market-data, docs/protocol/rest.md#response-models Candle): short keys, floats. */
import * as z from 'zod/mini';
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
  /** Open time of the bar, Unix ms. */
  t: IntSchema,
  /** Open price, quote units (JSON float). */
  o: FloatSchema,
  /** High price, quote units (JSON float). */
  h: FloatSchema,
  /** Low price, quote units (JSON float). */
  l: FloatSchema,
  /** Close price, quote units (JSON float). */
  c: FloatSchema,
  /** Base-asset volume of the bar (JSON float). */
  v: z.nullish(FloatSchema),
  /** Quote (USD) volume of the bar (JSON float). */
  V: z.nullish(FloatSchema),
  /** Id of the last trade in the bar. */
  i: z.nullish(IntSchema),
  /** Raw open price variant (newer data; meaning not documented beyond "raw"). */
  O: z.nullish(FloatSchema),
  /** Raw high price variant (newer data). */
  H: z.nullish(FloatSchema),
  /** Raw low price variant (newer data). */
  L: z.nullish(FloatSchema),
  /** Raw close price variant (newer data). */
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
  /** Resolution of the bars (`1m` … `1w`, `CANDLE_RESOLUTIONS`). */
  r: z.nullish(z.string()),
  /** Bars (oldest first in recorded answers); `null` becomes `[]`. */
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
