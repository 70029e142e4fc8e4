/** `Price`: signed exact decimal with a precision (docs/protocol/nautilus.md#value-types). */
import type { DecimalInput, RoundingMode } from '../decimal/decimal.js';
import { toScaledInteger } from '../decimal/decimal.js';
import { FixedPoint, checkPrecision, precisionOf, rescale } from './fixed.js';

/**
 * Exact price: bigint `raw` + `precision`. String in, string out; never floats.
 *
 * @example
 * const p = Price.from('2361.31');
 * p.toScaled({ decimals: 2 }); // 236131n
 * Price.fromRaw({ raw: 236131n, precision: 2 }).toString(); // '2361.31'
 * @throws {LighterModelsError} INVALID_DECIMAL / OUT_OF_RANGE / NOT_ON_INCREMENT on bad input
 */
export class Price extends FixedPoint {
  private constructor(raw: bigint, precision: number) {
    super(raw, precision);
  }

  /** From a decimal; `precision` defaults to the input's fraction digits. */
  static from(value: DecimalInput, precision?: number, rounding: RoundingMode = 'exact'): Price {
    const p = checkPrecision(precision ?? precisionOf(value), 'precision');
    return new Price(toScaledInteger({ value, decimals: p, rounding, field: 'price' }), p);
  }

  /** From a scaled integer (e.g. venue price ticks with `precision = price_decimals`). */
  static fromRaw(params: { raw: bigint; precision: number }): Price {
    return new Price(params.raw, checkPrecision(params.precision, 'precision'));
  }

  /** Same value at another precision. */
  withPrecision(precision: number, rounding: RoundingMode = 'exact'): Price {
    return new Price(rescale(this.raw, this.precision, checkPrecision(precision, 'precision'), rounding), precision);
  }

  /** Sum; result precision is the max of both. */
  add(other: Price): Price {
    const p = Math.max(this.precision, other.precision);
    return new Price(
      rescale(this.raw, this.precision, p, 'exact') + rescale(other.raw, other.precision, p, 'exact'),
      p,
    );
  }

  /** Difference; result precision is the max of both. */
  sub(other: Price): Price {
    const p = Math.max(this.precision, other.precision);
    return new Price(
      rescale(this.raw, this.precision, p, 'exact') - rescale(other.raw, other.precision, p, 'exact'),
      p,
    );
  }

  /** Same value and precision. */
  equals(other: unknown): boolean {
    return other instanceof Price && other.raw === this.raw && other.precision === this.precision;
  }
}
