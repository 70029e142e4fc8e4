/** `Quantity`: non-negative exact decimal with a precision (docs/protocol/nautilus.md#value-types). */
import { LighterModelsError } from '../errors.js';
import type { DecimalInput, RoundingMode } from '../decimal/decimal.js';
import { toScaledInteger } from '../decimal/decimal.js';
import { FixedPoint, checkPrecision, precisionOf, rescale } from './fixed.js';

function nonNegative(raw: bigint): bigint {
  if (raw < 0n)
    throw new LighterModelsError({ code: 'OUT_OF_RANGE', field: 'quantity', message: 'quantity: must be >= 0' });
  return raw;
}

/**
 * Exact non-negative quantity.
 *
 * @example
 * Quantity.from('0.0050').toScaled({ decimals: 4 }); // 50n
 * @throws {LighterModelsError} OUT_OF_RANGE for negative values, INVALID_DECIMAL for malformed input
 */
export class Quantity extends FixedPoint {
  private constructor(raw: bigint, precision: number) {
    super(nonNegative(raw), precision);
  }

  /** From a decimal; `precision` defaults to the input's fraction digits. */
  static from(value: DecimalInput, precision?: number, rounding: RoundingMode = 'exact'): Quantity {
    const p = checkPrecision(precision ?? precisionOf(value), 'precision');
    return new Quantity(toScaledInteger({ value, decimals: p, rounding, field: 'quantity' }), p);
  }

  /** From a scaled integer (e.g. venue base amount with `precision = size_decimals`). */
  static fromRaw(params: { raw: bigint; precision: number }): Quantity {
    return new Quantity(params.raw, checkPrecision(params.precision, 'precision'));
  }

  /** Zero at a precision. */
  static zero(precision = 0): Quantity {
    return new Quantity(0n, checkPrecision(precision, 'precision'));
  }

  /** Same value at another precision. */
  withPrecision(precision: number, rounding: RoundingMode = 'exact'): Quantity {
    return new Quantity(rescale(this.raw, this.precision, checkPrecision(precision, 'precision'), rounding), precision);
  }

  /** Sum; result precision is the max of both. */
  add(other: Quantity): Quantity {
    const p = Math.max(this.precision, other.precision);
    return new Quantity(
      rescale(this.raw, this.precision, p, 'exact') + rescale(other.raw, other.precision, p, 'exact'),
      p,
    );
  }

  /** Difference (throws OUT_OF_RANGE if negative). */
  sub(other: Quantity): Quantity {
    const p = Math.max(this.precision, other.precision);
    return new Quantity(
      rescale(this.raw, this.precision, p, 'exact') - rescale(other.raw, other.precision, p, 'exact'),
      p,
    );
  }

  /** True when zero. */
  get isZero(): boolean {
    return this.raw === 0n;
  }

  /** Same value and precision. */
  equals(other: unknown): boolean {
    return other instanceof Quantity && other.raw === this.raw && other.precision === this.precision;
  }
}
