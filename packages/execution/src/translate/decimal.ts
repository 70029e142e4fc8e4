/**
 * Exact decimal-string arithmetic on scaled bigints. Wire decimals never pass through floats
 * (COMMON rules). Used for tick scaling (lighter-api.md §6.3) and fill accounting.
 */
import { OrderDeniedError } from '../errors.js';

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

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
  const m = DECIMAL.exec(value.trim());
  if (m === null) throw new OrderDeniedError({ reason: `${field} is not a non-negative decimal string: ${JSON.stringify(value)}`, field });
  const intPart = m[1] ?? '0';
  const frac = m[2] ?? '';
  const kept = frac.slice(0, decimals).padEnd(decimals, '0');
  const dropped = frac.slice(decimals);
  let scaled = BigInt(intPart + kept);
  if (/[1-9]/.test(dropped)) {
    const mode = params.mode ?? 'exact';
    if (mode === 'exact') throw new OrderDeniedError({ reason: `${field} ${value} has more than ${decimals} decimals`, field });
    if (mode === 'ceil') scaled += 1n;
  }
  return scaled;
}

/**
 * Inverse of {@link scaleDecimal}; always prints exactly `decimals` places.
 * @example unscaleDecimal({ value: 12345n, decimals: 2 }) // '123.45'
 * @throws never
 */
export function unscaleDecimal(params: { value: bigint; decimals: number }): string {
  const { value, decimals } = params;
  const neg = value < 0n;
  const s = (neg ? -value : value).toString().padStart(decimals + 1, '0');
  const out = decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
  return neg ? `-${out}` : out;
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
 * Strips trailing fractional zeros ('1.500' -> '1.5', '2.0' -> '2').
 * @example normalizeDecimal('1.500') // '1.5'
 * @throws never
 */
export function normalizeDecimal(value: string): string {
  if (!value.includes('.')) return value === '-0' ? '0' : value;
  const out = value.replace(/0+$/, '').replace(/\.$/, '');
  return out === '-0' ? '0' : out;
}
