/** `Money`: exact signed amount in a currency (docs/protocol/nautilus.md#value-types). */
import { LighterModelsError } from '../errors.js';
import type { DecimalInput, RoundingMode } from '../decimal/decimal.js';
import { toScaledInteger } from '../decimal/decimal.js';
import { FixedPoint, checkPrecision, precisionOf, rescale } from './fixed.js';

/**
 * Precision of common Lighter currencies (USDC has 6 decimals, docs/protocol/transactions.md#other-order-transactions).
 *
 * @example
 * import { CURRENCY_PRECISION } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const CURRENCY_PRECISION: Readonly<Record<string, number>> = { USDC: 6 };

/**
 * Exact money amount.
 *
 * @example
 * Money.from('10.000000', 'USDC').toString(); // '10.000000 USDC'
 * @throws {LighterModelsError} INVALID_DECIMAL / INVALID_IDENTIFIER / PRECISION_MISMATCH on bad input
 */
export class Money extends FixedPoint {
  /** Currency code the amount is in, e.g. `USDC`, `USDG`, `ETH`; amounts of different currencies never combine. */
  readonly currency: string;

  private constructor(raw: bigint, precision: number, currency: string) {
    super(raw, precision);
    this.currency = currency;
  }

  /** From a decimal; precision defaults to the currency's (USDC 6) or the input's digits. */
  static from(value: DecimalInput, currency: string, precision?: number, rounding: RoundingMode = 'exact'): Money {
    if (!/^[A-Za-z0-9]{1,16}$/.test(currency)) {
      throw new LighterModelsError({
        code: 'INVALID_IDENTIFIER',
        field: 'currency',
        message: `currency: invalid code "${currency}"`,
      });
    }
    const p = checkPrecision(precision ?? CURRENCY_PRECISION[currency] ?? precisionOf(value), 'precision');
    return new Money(toScaledInteger({ value, decimals: p, rounding, field: 'money' }), p, currency);
  }

  /** From a scaled integer. */
  static fromRaw(params: { raw: bigint; precision: number; currency: string }): Money {
    return Money.from(0n, params.currency, params.precision).withRaw(params.raw);
  }

  private withRaw(raw: bigint): Money {
    return new Money(raw, this.precision, this.currency);
  }

  /** Amount only, as a decimal string. */
  get amount(): string {
    return super.toString();
  }

  /** `"<amount> <currency>"`. */
  override toString(): string {
    return `${this.amount} ${this.currency}`;
  }

  /** `"<amount> <currency>"`, as `toString`. */
  override toJSON(): string {
    return this.toString();
  }

  /** Sum of two amounts in the same currency. */
  add(other: Money): Money {
    this.sameCurrency(other);
    const p = Math.max(this.precision, other.precision);
    return new Money(
      rescale(this.raw, this.precision, p, 'exact') + rescale(other.raw, other.precision, p, 'exact'),
      p,
      this.currency,
    );
  }

  /** Difference of two amounts in the same currency. */
  sub(other: Money): Money {
    this.sameCurrency(other);
    const p = Math.max(this.precision, other.precision);
    return new Money(
      rescale(this.raw, this.precision, p, 'exact') - rescale(other.raw, other.precision, p, 'exact'),
      p,
      this.currency,
    );
  }

  private sameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new LighterModelsError({
        code: 'PRECISION_MISMATCH',
        field: 'currency',
        message: `cannot combine ${this.currency} with ${other.currency}`,
      });
    }
  }

  /** Same amount, precision and currency. */
  equals(other: unknown): boolean {
    return (
      other instanceof Money &&
      other.raw === this.raw &&
      other.precision === this.precision &&
      other.currency === this.currency
    );
  }
}
