/**
 * Wire primitives shared by every schema. Lenient where the venue is loose (docs/protocol/rest.md#conventions
 * "Numbers", "Nulls"; docs/protocol/client-behaviour.md "accept numbers-or-strings, null lists, missing fields"):
 * decimals stay exact strings, integers accept integer strings, lists accept `null`.
 */
import * as z from 'zod';
import { numberToDecimalString } from '../decimal/decimal.js';

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;
const INT_RE = /^-?\d+$/;

/**
 * Exact decimal string (`"2361.31"`). Also accepts `""` (empty books / unset balances, docs/protocol/rest.md#conventions)
 * and a JSON number, converted to its exact shortest decimal text (never through float arithmetic).
 *
 * @example
 * const r = DecimalStringSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const DecimalStringSchema = z.unknown().transform((v, ctx): string => {
  if (typeof v === 'string') {
    if (v === '' || DECIMAL_RE.test(v)) return v;
  } else if (typeof v === 'number' && Number.isFinite(v)) {
    return numberToDecimalString(v);
  }
  ctx.addIssue({ code: 'custom', message: 'decimal string' });
  return z.NEVER;
});

/**
 * Integer (ids, indexes, nonces, timestamps). Accepts a JSON integer or an integer string.
 * Values above 2^53−1 lose precision in JSON.parse; use the `_str` twins for exact ids (docs/protocol/rest.md#conventions).
 *
 * @example
 * const r = IntSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const IntSchema = z.unknown().transform((v, ctx): number => {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && INT_RE.test(v)) return Number(v);
  ctx.addIssue({ code: 'custom', message: 'integer' });
  return z.NEVER;
});

/**
 * Market id. Market indexes are signed int64 on the wire since binary options (docs/protocol/binary-options.md#market-ids);
 * every known id (perps 0-254, binary 1000-2000, spot 2048-4094) is far below 2^53, so the parsed value is a
 * `number`. An id a JS number cannot hold exactly (a JSON number already rounded by JSON.parse, or integer text
 * above 2^53-1) fails the parse instead of naming the wrong market; a negative id fails too.
 *
 * @example
 * MarketIdSchema.safeParse('1500').data; // 1500
 * MarketIdSchema.safeParse('9007199254740993').success; // false (not exact as a number)
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const MarketIdSchema = z.unknown().transform((v, ctx): number => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && INT_RE.test(v) ? Number(v) : Number.NaN;
  const exact =
    typeof v === 'number'
      ? Number.isSafeInteger(n)
      : Number.isSafeInteger(n) && String(n) === String(BigInt(v as string));
  if (exact && n >= 0) return n;
  ctx.addIssue({
    code: 'custom',
    message: 'market id: a non-negative integer below 2^53 (int64 ids beyond it are not representable exactly)',
  });
  return z.NEVER;
});

/**
 * JSON float (24h stats, candles: floats on the wire, docs/protocol/rest.md#conventions). Accepts numeric strings.
 *
 * @example
 * const r = FloatSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const FloatSchema = z.unknown().transform((v, ctx): number => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && DECIMAL_RE.test(v)) return Number(v);
  ctx.addIssue({ code: 'custom', message: 'number' });
  return z.NEVER;
});

/**
 * Id kept as exact text: accepts a string or an integer (`order_id`, `trade_id_str`, …).
 *
 * @example
 * const r = IdStringSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const IdStringSchema = z.unknown().transform((v, ctx): string => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v === 'bigint') return v.toString();
  ctx.addIssue({ code: 'custom', message: 'id string or integer' });
  return z.NEVER;
});

/**
 * Boolean; also accepts 0/1 (tx_info style flags).
 *
 * @example
 * const r = BoolSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BoolSchema = z.unknown().transform((v, ctx): boolean => {
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1) return v === 1;
  ctx.addIssue({ code: 'custom', message: 'boolean' });
  return z.NEVER;
});

/**
 * Plain string (names, hashes, addresses).
 *
 * @example
 * const r = StrSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const StrSchema = z.string();

/**
 * A list that the venue may send as `null` or omit: always parsed to an array.
 *
 * @example
 * listOf(TradeSchema).parse(null); // []
 * @throws never (returns a schema)
 */
export function listOf<T extends z.core.$ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((v): z.output<T>[] => v ?? []);
}

/**
 * A map keyed by market id / asset id (as string keys) that may be `null`: always parsed to an object.
 *
 * @example
 * mapOf(PositionSchema).parse({ '0': {...} });
 * @throws never (returns a schema)
 */
export function mapOf<T extends z.core.$ZodType>(item: T) {
  return z
    .record(z.string(), item)
    .nullish()
    .transform((v): Record<string, z.output<T>> => (v ?? {}) as Record<string, z.output<T>>);
}

/**
 * A string enum that tolerates values added later by the venue: known values type-check, unknown ones
 * pass through as plain strings instead of failing the whole payload (docs/protocol/client-behaviour.md).
 *
 * @example
 * const S = lenientEnum(['open', 'filled'] as const); // output: 'open' | 'filled' | (string & {})
 * @throws never (returns a schema)
 */
export function lenientEnum<const T extends readonly string[]>(values: T) {
  const expected = values.map((v) => JSON.stringify(v)).join(' | ');
  return z.unknown().transform((v, ctx): T[number] | (string & {}) => {
    if (typeof v === 'string') return v;
    ctx.addIssue({ code: 'custom', message: `string (${expected})` });
    return z.NEVER;
  });
}

/**
 * Envelope every REST response carries: `code` (200 = ok) and optional `message` (docs/protocol/rest.md#conventions).
 *
 * @example
 * import { ResultCodeShape } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const ResultCodeShape = {
  code: IntSchema,
  message: z.string().nullish(),
};

/**
 * `{code, message}` body of REST errors and simple acks.
 *
 * @example
 * const r = ResultCodeSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ResultCodeSchema = z.looseObject(ResultCodeShape);
/** Inferred {@link ResultCodeSchema}. */
export type ResultCode = z.output<typeof ResultCodeSchema>;

/**
 * Account channels send collections either as arrays or as maps keyed by market/asset id (whose values
 * are an item or a list), and sometimes `null` (docs/protocol/websocket.md#channels: "shape varies: array or map").
 * Parsed output is always a flat array; every item carries its own market/asset id.
 *
 * @example
 * flatListOf(OrderSchema).parse({ '0': [order] }); // [order]
 * flatListOf(PositionFundingSchema, { allowSingle: true }).parse(funding); // [funding]
 * @throws never (returns a schema)
 */
export function flatListOf<T extends z.core.$ZodType>(item: T, options: { allowSingle?: boolean } = {}) {
  const shapes = options.allowSingle
    ? z.union([z.array(item), item, z.record(z.string(), z.union([z.array(item), item]).nullable())])
    : z.union([z.array(item), z.record(z.string(), z.union([z.array(item), item]).nullable())]);
  return shapes.nullish().transform((v): z.output<T>[] => {
    if (v == null) return [];
    if (Array.isArray(v)) return v as z.output<T>[];
    // A single item (allowSingle) was parsed by `item` and is not a map of items.
    if (options.allowSingle && z.safeParse(item, v).success) return [v as z.output<T>];
    const out: z.output<T>[] = [];
    for (const entry of Object.values(v as Record<string, unknown>)) {
      if (entry == null) continue;
      if (Array.isArray(entry)) for (const e of entry) out.push(e as z.output<T>);
      else out.push(entry as z.output<T>);
    }
    return out;
  });
}
