/**
 * Lenient timestamps (docs/protocol/rest.md#conventions "timestamps"). The venue sends integers (seconds, ms or µs
 * depending on the field) and sometimes integer strings; its docs' notification examples write ISO-8601 strings.
 * Every timestamp field of models is parsed by the one schema below, declared with the field's unit: a number or
 * an integer string is kept as it is (the unit is the field's), an ISO-8601 string is converted into that unit.
 */
import * as z from 'zod/mini';
import { customIssue } from './issue.js';

/** Unit a timestamp field is documented in. */
export type TimestampUnit = 's' | 'ms' | 'us';

const INT_RE = /^-?\d+$/;
// A date, a `T` or space, a time, an optional fraction and an optional zone: what Date.parse reads the same everywhere.
const ISO_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A timestamp in `unit` from an integer, an integer string or an ISO-8601 string; `undefined` when it is none.
 *
 * @example
 * toTimestamp({ value: '2026-12-05T10:00:00Z', unit: 's' }); // 1796464800
 * toTimestamp({ value: 1796464800123, unit: 'ms' }); // 1796464800123
 * toTimestamp({ value: 'soon', unit: 'ms' }); // undefined
 * @throws never
 */
export function toTimestamp(params: { value: unknown; unit: TimestampUnit }): number | undefined {
  const { value, unit } = params;
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (INT_RE.test(text)) return Number(text);
  if (!ISO_RE.test(text)) return undefined;
  // A zone-less ISO string is UTC for the venue (its examples end in Z); Date.parse would read it as local time.
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text.replace(' ', 'T')}Z`;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  if (Number.isNaN(ms)) return undefined;
  if (unit === 'ms') return ms;
  if (unit === 's') return Math.floor(ms / 1000);
  // µs from an ISO string: the fraction beyond ms is kept when the string has it
  const micros = /\.(\d{4,6})/.exec(text)?.[1];
  return ms * 1000 + (micros === undefined ? 0 : Number(micros.padEnd(6, '0').slice(3)));
}

/**
 * The schema of a timestamp field documented in `unit` (see {@link toTimestamp}).
 *
 * @example
 * const TradeTime = timestampSchema('ms');
 * TradeTime.parse('2026-12-05T10:00:00.250Z'); // 1796464800250
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export function timestampSchema(unit: TimestampUnit) {
  return z.pipe(
    z.unknown(),
    z.transform((v: unknown, payload): number => {
      const t = toTimestamp({ value: v, unit });
      if (t !== undefined) return t;
      return customIssue({ payload, input: v, message: `timestamp (${unit}): an integer or an ISO-8601 string` });
    }),
  );
}

/**
 * Timestamp in milliseconds (trades, expiries, WS `timestamp`).
 * @example TimestampMsSchema.parse(1796464800123)
 * @throws never by itself
 */
export const TimestampMsSchema = timestampSchema('ms');
/**
 * Timestamp in seconds (`/` status, `fundings[].timestamp`).
 * @example TimestampSecondsSchema.parse('2026-12-05T10:00:00Z') // 1796464800
 * @throws never by itself
 */
export const TimestampSecondsSchema = timestampSchema('s');
/**
 * Timestamp in microseconds (`transaction_time`, WS `last_updated_at`).
 * @example TimestampMicrosSchema.parse(1796464800123456)
 * @throws never by itself
 */
export const TimestampMicrosSchema = timestampSchema('us');
