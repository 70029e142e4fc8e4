/**
 * Private and public keys (docs/protocol/signing.md#keys).
 */
import { encodeMulGenerator } from '../curve/scalar-mult.js';
import { ECGFP5_ORDER, scalarFromLeBytes, scalarToLeBytes } from '../curve/scalar.js';
import { gfp5ToLeBytes } from '../field/gfp5.js';
import { PrimitiveInputError } from '../schnorr/errors.js';
import { bytesToHex, hexToBytes } from './hex.js';

const N = ECGFP5_ORDER;

/**
 * Parses a 40-byte private key given as hex (optional `0x`) and reduces it mod n, exactly as
 * the official `NewKeyManager` does (docs/protocol/signing.md#keys): `ff…ff` is accepted and reduced.
 * @example parsePrivateKey('0x0102…28') // bigint scalar
 * @throws {PrimitiveInputError} (field `privateKey`) when not 80 hex digits, or when it reduces to 0
 */
export function parsePrivateKey(hex: string): bigint {
  const bytes = hexToBytes('privateKey', hex, 40);
  const sk = scalarFromLeBytes(bytes);
  if (sk === 0n) throw new PrimitiveInputError('privateKey', 'reduces to zero mod n');
  return sk;
}

function checkPrivateScalar(sk: unknown): bigint {
  if (typeof sk !== 'bigint' || sk <= 0n || sk >= N) {
    throw new PrimitiveInputError('privateKey', 'must be a bigint scalar in [1, n)');
  }
  return sk;
}

/**
 * Canonical hex of a private scalar: `0x` + 40 bytes little-endian, as the API returns keys
 * (docs/protocol/signing.md#keys).
 * @example privateKeyToHex(1n) // '0x0100…00'
 * @throws {PrimitiveInputError} when sk is not in [1, n)
 */
export function privateKeyToHex(sk: bigint): string {
  return `0x${bytesToHex(scalarToLeBytes(checkPrivateScalar(sk)))}`;
}

/**
 * Public key = encode(sk·G) as 40 bytes little-endian (docs/protocol/signing.md#keys).
 * @example publicKeyFromPrivateKey(1n) // 04 00 … 00
 * @throws {PrimitiveInputError} when sk is not in [1, n)
 */
export function publicKeyFromPrivateKey(sk: bigint): Uint8Array {
  return gfp5ToLeBytes(encodeMulGenerator(checkPrivateScalar(sk)));
}
