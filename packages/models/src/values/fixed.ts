/** Shared fixed-point core of Price / Quantity / Money: a bigint `raw` and a decimal `precision`. */
import { LighterModelsError } from '../errors.js';
import {
  type DecimalInput,
  type RoundingMode,
  decimalPlaces,
  fromScaledInteger,
  numberToDecimalString,
  toScaledInteger,
} from '../decimal/decimal.js';

/**
 * Highest precision accepted (NautilusTrader FIXED_PRECISION, docs/protocol/nautilus.md#value-types).
 *
 * @example
 * import { MAX_VALUE_PRECISION } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const MAX_VALUE_PRECISION = 16;

/** @internal */
export function checkPrecision(precision: number, field: string): number {
  if (!Number.isInteger(precision) || precision < 0 || precision > MAX_VALUE_PRECISION) {
    throw new LighterModelsError({
      code: 'OUT_OF_RANGE',
      field,
      message: `${field}: precision must be an integer in 0..${MAX_VALUE_PRECISION}, received ${String(precision)}`,
    });
  }
  return precision;
}

/** @internal precision of a decimal input (digits after the point). */
export function precisionOf(value: DecimalInput): number {
  if (typeof value === 'bigint') return 0;
  return decimalPlaces(typeof value === 'number' ? numberToDecimalString(value) : value.trim());
}

/** @internal rescale raw from one precision to another. */
export function rescale(raw: bigint, from: number, to: number, rounding: RoundingMode): bigint {
  if (to >= from) return raw * 10n ** BigInt(to - from);
  return toScaledInteger({ value: fromScaledInteger({ value: raw, decimals: from }), decimals: to, rounding });
}

/** @internal */
export abstract class FixedPoint {
  /** Scaled integer: value × 10^precision. */
  readonly raw: bigint;
  /** Number of fraction digits. */
  readonly precision: number;

  protected constructor(raw: bigint, precision: number) {
    this.raw = raw;
    this.precision = precision;
  }

  /** Decimal string with exactly `precision` fraction digits. */
  toString(): string {
    return fromScaledInteger({ value: this.raw, decimals: this.precision });
  }

  /** The decimal string (so `JSON.stringify` keeps the exact value, never a float). */
  toJSON(): string {
    return this.toString();
  }

  /** Compare by value (precision-independent): -1, 0, 1. */
  compare(other: FixedPoint): -1 | 0 | 1 {
    const p = Math.max(this.precision, other.precision);
    const a = this.raw * 10n ** BigInt(p - this.precision);
    const b = other.raw * 10n ** BigInt(p - other.precision);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Venue integer at `decimals` (e.g. price ticks at the market's `price_decimals`). */
  toScaled(params: { decimals: number; rounding?: RoundingMode }): bigint {
    return rescale(this.raw, this.precision, params.decimals, params.rounding ?? 'exact');
  }

  /** Lossy float view for display or statistics only: never for wire values. */
  toNumber(): number {
    return Number(this.toString());
  }
}
