/**
 * Exact decimal strings <-> scaled bigint integers. Never uses floating point for the arithmetic
 * (CONTRACTS "Decimal scaling"; docs/protocol/transactions.md#orders "Integer encoding").
 */
import { LighterModelsError } from '../errors.js';

/**
 * A plain decimal string: optional `-`, digits, optional fraction. No exponent, no `+`.
 *
 * @example
 * import { DECIMAL_PATTERN } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/**
 * How to round when a value has more fraction digits than allowed.
 * `exact` refuses to round (throws NOT_ON_INCREMENT); `down`/`up` are toward/away from zero;
 * `floor`/`ceil` toward -inf/+inf; `half-*` round to nearest with the named tie rule.
 *
 * @example
 * toScaledInteger({ value: '0.125', decimals: 2, rounding: ROUNDING_MODE.HALF_EVEN }); // 12n
 * @throws never (a constant)
 */
export const ROUNDING_MODE = {
  /** Refuse to round: more digits than allowed throw NOT_ON_INCREMENT. */
  EXACT: 'exact',
  /** Toward zero (truncate): 1.29 -> 1.2, -1.29 -> -1.2. */
  DOWN: 'down',
  /** Away from zero: 1.21 -> 1.3, -1.21 -> -1.3. */
  UP: 'up',
  /** Toward -infinity: 1.29 -> 1.2, -1.21 -> -1.3. */
  FLOOR: 'floor',
  /** Toward +infinity: 1.21 -> 1.3, -1.29 -> -1.2. */
  CEIL: 'ceil',
  /** Nearest; a tie goes away from zero: 1.25 -> 1.3. */
  HALF_UP: 'half-up',
  /** Nearest; a tie goes toward zero: 1.25 -> 1.2. */
  HALF_DOWN: 'half-down',
  /** Nearest; a tie goes to the even digit (banker's rounding): 1.25 -> 1.2, 1.35 -> 1.4. */
  HALF_EVEN: 'half-even',
} as const;
/** Union of {@link ROUNDING_MODE} values. */
export type RoundingMode = (typeof ROUNDING_MODE)[keyof typeof ROUNDING_MODE];

/** Accepted decimal inputs: a decimal string, a bigint (integer) or a finite JS number (converted exactly from its shortest repr). */
export type DecimalInput = string | bigint | number;

/**
 * Shortest round-trip decimal text of a finite number, without exponent notation
 * (`1e-7` -> `'0.0000001'`, `9.6e-5` -> `'0.000096'`).
 *
 * @example
 * numberToDecimalString(1e21); // '1000000000000000000000'
 * @throws {LighterModelsError} INVALID_DECIMAL for NaN / Infinity
 */
export function numberToDecimalString(n: number, field = 'value'): string {
  if (!Number.isFinite(n)) {
    throw new LighterModelsError({
      code: 'INVALID_DECIMAL',
      field,
      message: `${field}: ${String(n)} is not a finite number`,
    });
  }
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text === '-0' ? '0' : text;
  const sign = m[1] ?? '';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const pointPos = (m[2] ?? '').length + Number(m[4]);
  if (pointPos <= 0) return `${sign}0.${'0'.repeat(-pointPos)}${digits}`;
  if (pointPos >= digits.length) return `${sign}${digits}${'0'.repeat(pointPos - digits.length)}`;
  return `${sign}${digits.slice(0, pointPos)}.${digits.slice(pointPos)}`;
}

/** Parsed decimal: value = sign * units / 10^scale. */
interface Parsed {
  readonly units: bigint; // signed
  readonly scale: number;
}

function parseDecimalInput(value: DecimalInput, field: string): Parsed {
  if (typeof value === 'bigint') return { units: value, scale: 0 };
  const text = typeof value === 'number' ? numberToDecimalString(value, field) : value.trim();
  if (!DECIMAL_PATTERN.test(text)) {
    throw new LighterModelsError({
      code: 'INVALID_DECIMAL',
      field,
      message: `${field}: expected a decimal string like "123.45", received ${JSON.stringify(String(value)).slice(0, 60)}`,
    });
  }
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const fracPart = dot < 0 ? '' : body.slice(dot + 1);
  const units = BigInt(intPart + fracPart);
  return { units: negative ? -units : units, scale: fracPart.length };
}

/**
 * Divide `n` by `d` (d > 0) rounding with `mode`. Throws NOT_ON_INCREMENT for `exact` with a remainder.
 * @internal
 */
export function divRound(n: bigint, d: bigint, mode: RoundingMode, field: string): bigint {
  const q = n / d; // truncates toward zero
  const r = n % d;
  if (r === 0n) return q;
  const negative = n < 0n;
  const awayFromZero = negative ? q - 1n : q + 1n;
  const twiceRem = (r < 0n ? -r : r) * 2n;
  switch (mode) {
    case 'exact':
      throw new LighterModelsError({
        code: 'NOT_ON_INCREMENT',
        field,
        message: `${field}: value has more precision than allowed and rounding mode is 'exact'`,
      });
    case 'down':
      return q;
    case 'up':
      return awayFromZero;
    case 'floor':
      return negative ? awayFromZero : q;
    case 'ceil':
      return negative ? q : awayFromZero;
    case 'half-up':
      return twiceRem >= d ? awayFromZero : q;
    case 'half-down':
      return twiceRem > d ? awayFromZero : q;
    case 'half-even':
      if (twiceRem > d) return awayFromZero;
      if (twiceRem < d) return q;
      return q % 2n === 0n ? q : awayFromZero;
    default:
      throw new LighterModelsError({
        code: 'INVALID_DECIMAL',
        field: 'rounding',
        message: `unknown rounding mode ${String(mode)}`,
      });
  }
}

function checkDecimals(decimals: number, field: string): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 36) {
    throw new LighterModelsError({
      code: 'OUT_OF_RANGE',
      field,
      message: `${field}: decimals must be an integer in 0..36, received ${String(decimals)}`,
    });
  }
}

/**
 * Scale a decimal to a venue integer: `value × 10^decimals`.
 *
 * @example
 * toScaledInteger({ value: '123.45', decimals: 2 }); // 12345n
 * toScaledInteger({ value: '0.12345', decimals: 4, rounding: 'down' }); // 1234n
 * @throws {LighterModelsError} INVALID_DECIMAL for a malformed value; NOT_ON_INCREMENT when rounding is
 *   `exact` (the default) and the value has more than `decimals` fraction digits
 */
export function toScaledInteger(params: {
  value: DecimalInput;
  decimals: number;
  rounding?: RoundingMode;
  field?: string;
}): bigint {
  const field = params.field ?? 'value';
  checkDecimals(params.decimals, 'decimals');
  const parsed = parseDecimalInput(params.value, field);
  if (parsed.scale <= params.decimals) return parsed.units * 10n ** BigInt(params.decimals - parsed.scale);
  const divisor = 10n ** BigInt(parsed.scale - params.decimals);
  const rounding = params.rounding ?? 'exact';
  if (rounding === 'exact' && parsed.units % divisor !== 0n)
    throw notOnIncrement({ field, parsed, decimals: params.decimals, divisor });
  return divRound(parsed.units, divisor, rounding, field);
}

/**
 * The error for a value off the allowed increment, naming the value, the increment and the two
 * nearest allowed values, so the caller can fix the input instead of guessing the market's decimals.
 */
function notOnIncrement(p: { field: string; parsed: Parsed; decimals: number; divisor: bigint }): LighterModelsError {
  const value = fromScaledInteger({ value: p.parsed.units, decimals: p.parsed.scale });
  const increment = fromScaledInteger({ value: 1n, decimals: p.decimals });
  const below = fromScaledInteger({
    value: divRound(p.parsed.units, p.divisor, 'floor', p.field),
    decimals: p.decimals,
  });
  const above = fromScaledInteger({
    value: divRound(p.parsed.units, p.divisor, 'ceil', p.field),
    decimals: p.decimals,
  });
  const places = p.decimals === 1 ? '1 decimal' : `${p.decimals} decimals`;
  return new LighterModelsError({
    code: 'NOT_ON_INCREMENT',
    field: p.field,
    message: `${p.field}: ${value} is not a multiple of the increment ${increment} (${places} allowed); nearest allowed values are ${below} and ${above} (or pass a rounding mode)`,
  });
}

/**
 * Venue integer to a decimal string with exactly `decimals` fraction digits (the venue's own format,
 * e.g. `"0.0050"`).
 *
 * @example
 * fromScaledInteger({ value: 12345n, decimals: 2 }); // '123.45'
 * fromScaledInteger({ value: 50, decimals: 4 }); // '0.0050'
 * @throws {LighterModelsError} INVALID_DECIMAL when `value` is not an integer
 */
export function fromScaledInteger(params: {
  value: bigint | number | string;
  decimals: number;
  field?: string;
}): string {
  const field = params.field ?? 'value';
  checkDecimals(params.decimals, 'decimals');
  let v: bigint;
  if (typeof params.value === 'bigint') v = params.value;
  else if (typeof params.value === 'number' && Number.isSafeInteger(params.value)) v = BigInt(params.value);
  else if (typeof params.value === 'string' && /^-?\d+$/.test(params.value)) v = BigInt(params.value);
  else {
    throw new LighterModelsError({
      code: 'INVALID_DECIMAL',
      field,
      message: `${field}: expected an integer (bigint, safe integer or integer string), received ${String(params.value)}`,
    });
  }
  const negative = v < 0n;
  const abs = (negative ? -v : v).toString();
  if (params.decimals === 0) return (negative ? '-' : '') + abs;
  const padded = abs.padStart(params.decimals + 1, '0');
  const cut = padded.length - params.decimals;
  return `${negative ? '-' : ''}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}

/**
 * Normalise a decimal: strips redundant zeros (`'0.0050'` -> `'0.005'`, `'-0.0'` -> `'0'`).
 *
 * @example
 * normalizeDecimal('010.500'); // '10.5'
 * @throws {LighterModelsError} INVALID_DECIMAL for malformed input
 */
export function normalizeDecimal(value: DecimalInput, field = 'value'): string {
  const p = parseDecimalInput(value, field);
  let units = p.units;
  let scale = p.scale;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return fromScaledInteger({ value: units, decimals: scale });
}

/**
 * Compare two decimals exactly: -1, 0 or 1.
 *
 * @example
 * compareDecimals('0.10', '0.1'); // 0
 * @throws {LighterModelsError} INVALID_DECIMAL for malformed input
 */
export function compareDecimals(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  const pa = parseDecimalInput(a, 'a');
  const pb = parseDecimalInput(b, 'b');
  const scale = Math.max(pa.scale, pb.scale);
  const ua = pa.units * 10n ** BigInt(scale - pa.scale);
  const ub = pb.units * 10n ** BigInt(scale - pb.scale);
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

/**
 * True when `value` is a well-formed decimal string (the wire format of prices and sizes).
 *
 * @example
 * isDecimalString('2361.31'); // true
 * isDecimalString('1e5'); // false
 * @throws never
 */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value);
}

/**
 * Number of fraction digits of a decimal string (`'0.0050'` -> 4).
 *
 * @example
 * decimalPlaces('2361.31'); // 2
 * @throws {LighterModelsError} INVALID_DECIMAL for malformed input
 */
export function decimalPlaces(value: string): number {
  return parseDecimalInput(value, 'value').scale;
}
