// Input coercion shared by every tx type: integers arrive as bigint or number (or a
// decimal string, for wire-shaped callers) and leave as bigint, checked, never wrapped.
import { SigningInputError } from './errors.js';

/** An integer supplied by a caller: bigint, a safe-integer number, or a decimal string. */
export type IntegerInput = bigint | number | string;

/** A 0/1 flag supplied by a caller. */
export type FlagInput = boolean | 0 | 1 | 0n | 1n;

/** Go integer widths used by the official tx structs (LG `types/txtypes/*.go`). */
export const INT_WIDTH = {
  i16: { min: -(2n ** 15n), max: 2n ** 15n - 1n },
  i64: { min: -(2n ** 63n), max: 2n ** 63n - 1n },
  u8: { min: 0n, max: 2n ** 8n - 1n },
  u16: { min: 0n, max: 2n ** 16n - 1n },
  u32: { min: 0n, max: 2n ** 32n - 1n },
  u64: { min: 0n, max: 2n ** 64n - 1n },
} as const;

/** Name of a Go integer width. */
export type IntWidth = keyof typeof INT_WIDTH;

const INTEGER_TEXT = /^-?(0|[1-9][0-9]*)$/;

/**
 * Convert a caller value to a bigint without any rounding.
 *
 * Numbers must be safe integers: a number above 2^53 may already have been rounded by
 * JavaScript, and signing it would sign a different value than the caller meant.
 *
 * @example toInteger(1000, 'BaseAmount') // 1000n
 * @throws {SigningInputError} when the value is not an exact integer
 */
export function toInteger(value: unknown, field: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new SigningInputError(field, `expected an integer, got ${value}`);
    if (!Number.isSafeInteger(value)) {
      throw new SigningInputError(field, 'number is beyond 2^53 and may be rounded; pass a bigint');
    }
    return BigInt(value);
  }
  if (typeof value === 'string' && INTEGER_TEXT.test(value)) return BigInt(value);
  throw new SigningInputError(field, `expected an integer (bigint or number), got ${describe(value)}`);
}

/**
 * Convert and check `min <= value <= max`.
 *
 * @example intInRange(3, 'ApiKeyIndex', 0n, 254n) // 3n
 * @throws {SigningInputError} when out of range or not an integer
 */
export function intInRange(value: unknown, field: string, min: bigint, max: bigint, message?: string): bigint {
  const v = toInteger(value, field);
  if (v < min || v > max) throw new SigningInputError(field, message ?? `must be in ${min}..${max}, got ${v}`);
  return v;
}

/**
 * Convert a boolean-ish flag to 0n/1n.
 *
 * @example toFlag(true, 'IsAsk') // 1n
 * @throws {SigningInputError} for anything but true/false/0/1
 */
export function toFlag(value: unknown, field: string): bigint {
  if (value === true || value === 1 || value === 1n) return 1n;
  if (value === false || value === 0 || value === 0n) return 0n;
  throw new SigningInputError(field, `expected a boolean or 0/1, got ${describe(value)}`);
}

/**
 * Decode hex (optional 0x) into bytes, optionally requiring an exact length.
 *
 * @example hexToBytes('0x0102', 'memo') // Uint8Array [1, 2]
 * @throws {SigningInputError} on odd length, non-hex characters or a wrong length
 */
export function hexToBytes(hex: unknown, field: string, length?: number): Uint8Array {
  if (typeof hex !== 'string') throw new SigningInputError(field, `expected a hex string, got ${describe(hex)}`);
  const h = hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h)) throw new SigningInputError(field, 'is not valid hex');
  if (length !== undefined && h.length !== length * 2) {
    throw new SigningInputError(field, `must be ${length} bytes, got ${h.length / 2}`);
  }
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/**
 * Lowercase hex of bytes, no 0x.
 * @example bytesToHex(new Uint8Array([1, 255])) // '01ff'
 * @throws never
 */
export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Short, secret-free description of an arbitrary value for error messages. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length > 24 ? `string(${value.length} chars)` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}
