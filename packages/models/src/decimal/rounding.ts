/**
 * Tick / lot rounding with an explicit rounding mode. Lighter's tick is `10^-price_decimals` and its lot
 * `10^-size_decimals` (docs/protocol/nautilus.md#instruments `price_increment`, `size_increment`).
 */
import { LighterModelsError } from '../errors.js';
import {
  type DecimalInput,
  type RoundingMode,
  divRound,
  fromScaledInteger,
  numberToDecimalString,
  toScaledInteger,
} from './decimal.js';

/**
 * Round a decimal to a multiple of an arbitrary increment (e.g. `'0.05'`), returning a decimal string
 * with the increment's number of fraction digits.
 *
 * @example
 * roundToIncrement({ value: '2361.337', increment: '0.05', mode: 'half-even' }); // '2361.35'
 * @throws {LighterModelsError} INVALID_DECIMAL for malformed input, OUT_OF_RANGE when increment <= 0,
 *   NOT_ON_INCREMENT when mode is `exact` and the value is off the increment
 */
export function roundToIncrement(params: {
  value: DecimalInput;
  increment: string;
  mode: RoundingMode;
  field?: string;
}): string {
  const field = params.field ?? 'value';
  const incDot = params.increment.indexOf('.');
  const incScale = incDot < 0 ? 0 : params.increment.length - incDot - 1;
  const valueText =
    typeof params.value === 'number' ? numberToDecimalString(params.value, field) : String(params.value);
  const valDot = valueText.indexOf('.');
  const valScale = valDot < 0 ? 0 : valueText.length - valDot - 1;
  const scale = Math.max(incScale, valScale);
  const inc = toScaledInteger({ value: params.increment, decimals: scale, field: 'increment' });
  if (inc <= 0n) {
    throw new LighterModelsError({ code: 'OUT_OF_RANGE', field: 'increment', message: 'increment must be > 0' });
  }
  const v = toScaledInteger({ value: params.value, decimals: scale, rounding: 'exact', field });
  const steps = divRound(v, inc, params.mode, field);
  return fromScaledInteger({ value: (steps * inc) / 10n ** BigInt(scale - incScale), decimals: incScale });
}

/**
 * Round a price to the market tick (`10^-priceDecimals`).
 *
 * @example
 * roundToTick({ value: '2361.315', priceDecimals: 2, mode: 'half-even' }); // '2361.32'
 * @throws {LighterModelsError} see {@link roundToIncrement}
 */
export function roundToTick(params: { value: DecimalInput; priceDecimals: number; mode: RoundingMode }): string {
  const ticks = toScaledInteger({
    value: params.value,
    decimals: params.priceDecimals,
    rounding: params.mode,
    field: 'price',
  });
  return fromScaledInteger({ value: ticks, decimals: params.priceDecimals });
}

/**
 * Round a size to the market lot (`10^-sizeDecimals`).
 *
 * @example
 * roundToLot({ value: '0.12345', sizeDecimals: 4, mode: 'down' }); // '0.1234'
 * @throws {LighterModelsError} see {@link roundToIncrement}
 */
export function roundToLot(params: { value: DecimalInput; sizeDecimals: number; mode: RoundingMode }): string {
  const lots = toScaledInteger({
    value: params.value,
    decimals: params.sizeDecimals,
    rounding: params.mode,
    field: 'size',
  });
  return fromScaledInteger({ value: lots, decimals: params.sizeDecimals });
}
