/**
 * Hex helpers for key material: strict parsing with typed errors that never echo the input.
 */
import { PrimitiveInputError } from '../schnorr/errors.js';

/**
 * Lowercase hex of bytes, no prefix.
 * @example bytesToHex(new Uint8Array([1, 255])) // '01ff'
 * @throws never
 */
export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += bytes[i]!.toString(16).padStart(2, '0');
  return s;
}

/**
 * Parses hex (optional `0x`) into bytes. With `length`, exactly that many bytes are required;
 * with `minLength`, at least that many. The message names `field` but never the value (keys).
 * @example hexToBytes('seed', '0x00ff', 2) // Uint8Array [0, 255]
 * @throws {PrimitiveInputError} on a non-string, odd length, a non-hex digit or a wrong length
 */
export function hexToBytes(field: string, hex: unknown, length?: number, minLength?: number): Uint8Array {
  if (typeof hex !== 'string') throw new PrimitiveInputError(field, 'must be a hex string');
  const body = hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
  if (body.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(body)) {
    throw new PrimitiveInputError(field, 'must be an even-length hex string');
  }
  const n = body.length / 2;
  if (length !== undefined && n !== length) throw new PrimitiveInputError(field, `must be ${length} bytes, got ${n}`);
  if (minLength !== undefined && n < minLength) {
    throw new PrimitiveInputError(field, `must be at least ${minLength} bytes, got ${n}`);
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Number.parseInt(body.slice(2 * i, 2 * i + 2), 16);
  return out;
}
