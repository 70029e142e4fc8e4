/**
 * Exact decimal-string arithmetic on scaled bigints, on top of @lighter-ts/models'
 * `toScaledInteger` / `fromScaledInteger`. Wire decimals never pass through
 * floats (COMMON rules). This module only adds the execution layer's contract: order inputs are
 * non-negative decimal strings and a malformed / inexact one is an OrderDeniedError naming the
 * field (docs/protocol/transactions.md#orders tick scaling).
 */
import { fromScaledInteger, toScaledInteger } from '@lighter-ts/models';
import { OrderDeniedError } from '../errors.js';

const UNSIGNED_DECIMAL_TEXT = /^\d+(?:\.\d+)?$/;

/** Rounding mode when a value has more decimals than the target scale. */
export type RoundingMode = 'exact' | 'floor' | 'ceil';

/**
 * Scales a non-negative decimal string to an integer with `decimals` places.
 * @example scaleDecimal({ value: '123.45', decimals: 2 }) // 12345n
 * @throws OrderDeniedError (field given) if malformed, or inexact in 'exact' mode
 */
export function scaleDecimal(params: { value: string; decimals: number; mode?: RoundingMode; field?: string }): bigint {
  const { value, decimals } = params;
  const field = params.field ?? 'value';
  const text = value.trim();
  if (!UNSIGNED_DECIMAL_TEXT.test(text))
    throw new OrderDeniedError({
      reason: `${field} is not a non-negative decimal string: ${JSON.stringify(value)}`,
      field,
    });
  try {
    return toScaledInteger({ value: text, decimals, rounding: params.mode ?? 'exact', field });
  } catch (e) {
    // The only failure left for a well-formed non-negative value is an inexact 'exact' scaling; the
    // models message names the value, the increment and the nearest allowed values.
    throw new OrderDeniedError({
      reason: e instanceof Error ? e.message : `${field} ${value} has more than ${decimals} decimals`,
      field,
    });
  }
}

/**
 * Inverse of {@link scaleDecimal}; always prints exactly `decimals` places.
 * @example unscaleDecimal({ value: 12345n, decimals: 2 }) // '123.45'
 * @throws never
 */
export function unscaleDecimal(params: { value: bigint; decimals: number }): string {
  return fromScaledInteger({ value: params.value, decimals: params.decimals });
}

function fracDigits(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

function toScaledSigned(value: string, decimals: number): bigint {
  const neg = value.startsWith('-');
  const v = scaleDecimal({ value: neg ? value.slice(1) : value, decimals });
  return neg ? -v : v;
}

/**
 * Adds two decimal strings exactly (either may be negative).
 * @example addDecimal('0.1', '0.25') // '0.35'
 * @throws OrderDeniedError if an operand is malformed
 */
export function addDecimal(a: string, b: string): string {
  const d = Math.max(fracDigits(a), fracDigits(b));
  return normalizeDecimal(unscaleDecimal({ value: toScaledSigned(a, d) + toScaledSigned(b, d), decimals: d }));
}

/**
 * Subtracts b from a exactly.
 * @example subDecimal('1', '0.25') // '0.75'
 * @throws OrderDeniedError if an operand is malformed
 */
export function subDecimal(a: string, b: string): string {
  const d = Math.max(fracDigits(a), fracDigits(b));
  return normalizeDecimal(unscaleDecimal({ value: toScaledSigned(a, d) - toScaledSigned(b, d), decimals: d }));
}

/**
 * Compares two decimal strings: -1, 0 or 1.
 * @example compareDecimal('1.0', '1') // 0
 * @throws OrderDeniedError if an operand is malformed
 */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const d = Math.max(fracDigits(a), fracDigits(b));
  const x = toScaledSigned(a, d);
  const y = toScaledSigned(b, d);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Strips trailing fractional zeros ('1.500' -> '1.5', '2.0' -> '2'). Kept as a lenient string
 * operation (never throws, leading zeros kept) because it also tidies untrusted wire text,
 * unlike the models `normalizeDecimal`, which validates.
 * @example normalizeDecimal('1.500') // '1.5'
 * @throws never
 */
export function normalizeDecimal(value: string): string {
  if (!value.includes('.')) return value === '-0' ? '0' : value;
  const out = value.replace(/0+$/, '').replace(/\.$/, '');
  return out === '-0' ? '0' : out;
}
