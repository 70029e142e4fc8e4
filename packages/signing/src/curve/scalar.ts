/**
 * ECgFp5 scalar field: integers mod the prime group order n (docs/protocol/signing.md#curve-constants, docs/protocol/signing.md#scalar-field).
 */
import { fpReduce } from '../field/goldilocks.js';
import type { Gfp5 } from '../field/gfp5.js';

/** The ECgFp5 group order n (319-bit prime, docs/protocol/signing.md#curve-constants). */
export const ECGFP5_ORDER = 0x7ffffffd800000077ffffff1000000167fffffe6cfb80639e8885c39d724a09ce80fd996948bffe1n;

const N = ECGFP5_ORDER;

/** x mod n in [0, n). */
export function scalarReduce(x: bigint): bigint {
  const r = x % N;
  return r < 0n ? r + N : r;
}

/**
 * Reads a 320-bit little-endian integer and reduces it mod n, never failing
 * (docs/protocol/signing.md#scalar-field, `ScalarElementFromLittleEndianBytes`).
 * @example scalarFromLeBytes(new Uint8Array(40).fill(0xff))
 * @throws {RangeError} when `bytes` is not 40 bytes
 */
export function scalarFromLeBytes(bytes: Uint8Array): bigint {
  if (!(bytes instanceof Uint8Array) || bytes.length !== 40) {
    throw new RangeError(`a scalar is 40 bytes, got ${bytes?.length}`);
  }
  return leBytesToBigint(bytes, 0) % N;
}

/**
 * The 320-bit little-endian integer in bytes[offset, offset + 40), unreduced (five 64-bit reads
 * rather than forty byte-wise BigInt operations).
 * @example leBytesToBigint(new Uint8Array(40), 0) // 0n
 * @throws {RangeError} when fewer than 40 bytes are available
 */
export function leBytesToBigint(bytes: Uint8Array, offset: number): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 40);
  let x = view.getBigUint64(32, true);
  for (let i = 24; i >= 0; i -= 8) x = (x << 64n) | view.getBigUint64(i, true);
  return x;
}

/**
 * 40-byte little-endian encoding of a scalar (reduced mod n first).
 * @example scalarToLeBytes(1n) // 01 00 … 00
 * @throws never
 */
export function scalarToLeBytes(x: bigint): Uint8Array {
  let v = scalarReduce(x);
  const out = new Uint8Array(40);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 40; i += 8) {
    view.setBigUint64(i, BigInt.asUintN(64, v), true);
    v >>= 64n;
  }
  return out;
}

/**
 * GF(p^5) → scalar: Σ canonical(limb_i)·2^(64i) mod n (docs/protocol/signing.md#scalar-field, `FromGfp5`).
 * @example scalarFromGfp5([1n, 0n, 0n, 0n, 0n]) // 1n
 * @throws never
 */
export function scalarFromGfp5(x: Gfp5): bigint {
  let v = 0n;
  for (let i = 4; i >= 0; i--) v = (v << 64n) | fpReduce(x[i]!);
  return v % N;
}
