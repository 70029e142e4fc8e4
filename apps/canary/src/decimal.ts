/**
 * Exact decimal <-> scaled-integer conversion for the canary's price maths.
 *
 * Wire decimals never become floats (COMMON rules). The models package owns the
 * SDK-wide conversion; the canary keeps this tiny local copy so its pricing
 * logic and tests do not depend on a parallel package's build timing.
 */
import { CANARY_ERROR_CODE, CanaryError } from './errors.js';

const UNSIGNED_DECIMAL_PARTS = /^(\d+)(?:\.(\d+))?$/;

/** How to treat digits beyond the scale. */
export type RoundingMode = 'exact' | 'down' | 'up';

/**
 * Parse a non-negative decimal string into an integer scaled by 10^decimals.
 *
 * @example
 * toUnits({ value: '3012.5', decimals: 2 }); // 301250n
 * @throws CanaryError (CANARY_PRICE) when the string is not a decimal, or has too many digits in 'exact' mode
 */
export function toUnits(params: { value: string; decimals: number; rounding?: RoundingMode; field?: string }): bigint {
  const { value, decimals } = params;
  const rounding = params.rounding ?? 'exact';
  const match = UNSIGNED_DECIMAL_PARTS.exec(value.trim());
  if (!match) {
    throw new CanaryError({
      code: CANARY_ERROR_CODE.PRICE,
      message: `${params.field ?? 'value'}: "${value}" is not a non-negative decimal`,
      field: params.field ?? 'value',
    });
  }
  const whole = match[1] ?? '0';
  const frac = match[2] ?? '';
  const kept = frac.slice(0, decimals).padEnd(decimals, '0');
  const dropped = frac.slice(decimals);
  let units = BigInt(whole) * 10n ** BigInt(decimals) + (decimals > 0 ? BigInt(kept) : 0n);
  if (/[1-9]/.test(dropped)) {
    if (rounding === 'exact') {
      throw new CanaryError({
        code: CANARY_ERROR_CODE.PRICE,
        message: `${params.field ?? 'value'}: "${value}" has more than ${decimals} decimals`,
        field: params.field ?? 'value',
      });
    }
    if (rounding === 'up') units += 1n;
  }
  return units;
}

/**
 * Format a scaled integer back into a decimal string with exactly `decimals` digits.
 *
 * @example
 * fromUnits({ units: 301250n, decimals: 2 }); // '3012.50'
 * @throws never
 */
export function fromUnits(params: { units: bigint; decimals: number }): string {
  const { units, decimals } = params;
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const s = abs.toString().padStart(decimals + 1, '0');
  const body = decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
  return negative ? `-${body}` : body;
}

/**
 * Ceiling division of non-negative bigints.
 *
 * @example
 * ceilDiv(7n, 2n); // 4n
 * @throws RangeError on division by zero
 */
export function ceilDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new RangeError('division by zero');
  return (a + b - 1n) / b;
}

/**
 * Signed decimal string to units of `decimals`, rounding toward zero (positions can be negative).
 *
 * @example
 * signedUnits('-0.015', 3); // -15n
 * @throws CanaryError (CANARY_PRICE) when the string is not a decimal
 */
export function signedUnits(value: string, decimals: number): bigint {
  const neg = value.trim().startsWith('-');
  const u = toUnits({ value: neg ? value.trim().slice(1) : value, decimals, rounding: 'down' });
  return neg ? -u : u;
}
