/**
 * Exact numeric keys for decimal strings, for the order-book hot path.
 *
 * A price string such as `"2325.00"` becomes the integer 232500 at scale 2. The integer is a
 * JS number only while it is a safe integer (< 2^53), so the mapping is exact: equal keys mean
 * equal decimals, and key order is decimal order. Prices themselves are always kept as the
 * venue's strings; the key is only an index.
 */

/** Returned by {@link decimalKey} when the string has more fraction digits than `scale`. */
export const NEEDS_RESCALE = -1;
/** Returned by {@link decimalKey} when the string is not a plain non-negative decimal. */
export const INVALID_DECIMAL = -2;
/** Returned by {@link decimalKey} when the scaled value would exceed 2^53 − 1. */
export const UNSAFE_DECIMAL = -3;

const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);

/** Number of digits after the decimal point (0 when there is none). */
export function fractionDigits(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/**
 * Maps a non-negative decimal string to an exact integer key `value * 10^scale`.
 * Returns `NEEDS_RESCALE`, `INVALID_DECIMAL` or `UNSAFE_DECIMAL` (all negative)
 * instead of throwing, because it runs once per level update.
 * @example decimalKey('2325.5', 2) // 232550
 * @throws never
 */
export function decimalKey(value: string, scale: number): number {
  const len = value.length;
  if (len === 0) return INVALID_DECIMAL;
  let acc = 0;
  let frac = -1;
  let digits = 0;
  for (let i = 0; i < len; i++) {
    const c = value.charCodeAt(i);
    if (c === 46 /* . */) {
      if (frac >= 0) return INVALID_DECIMAL;
      frac = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return INVALID_DECIMAL;
    acc = acc * 10 + d;
    digits++;
    if (frac >= 0) frac++;
  }
  if (digits === 0) return INVALID_DECIMAL;
  if (frac < 0) frac = 0;
  if (frac > scale) return NEEDS_RESCALE;
  const shift = scale - frac;
  const pow = POW10[shift];
  if (pow === undefined) return UNSAFE_DECIMAL;
  const key = acc * pow;
  // acc stayed exact only if it is a safe integer; the product likewise.
  if (!Number.isSafeInteger(acc) || !Number.isSafeInteger(key)) return UNSAFE_DECIMAL;
  return key;
}

/** Multiplies a key by 10^by (used when a book's scale grows). Returns UNSAFE_DECIMAL on overflow. */
export function rescaleKey(key: number, by: number): number {
  const pow = POW10[by];
  if (pow === undefined) return UNSAFE_DECIMAL;
  const next = key * pow;
  return Number.isSafeInteger(next) ? next : UNSAFE_DECIMAL;
}

/**
 * True when a size string is zero (`"0"`, `"0.0000"`): the venue's "delete this level"
 * (docs/protocol/websocket.md#order-book-sequencing).
 * @example isZeroDecimal('0.0000') // true
 * @throws never
 */
export function isZeroDecimal(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 48 && c !== 46) return false;
  }
  return value.length > 0;
}

/**
 * Canonical form of a decimal string: no leading zeros, no trailing fraction zeros
 * (`"02325.50"` → `"2325.5"`, `"0.000"` → `"0"`). Used to compare books exactly.
 * @example normalizeDecimal('2325.00') // '2325'
 * @throws never
 */
export function normalizeDecimal(value: string): string {
  let s = value;
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  s = s.replace(/^0+(?=\d)/, '');
  return s === '' ? '0' : s;
}
