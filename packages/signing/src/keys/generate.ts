/**
 * Key and nonce generation (docs/protocol/signing.md#keys): random via Web Crypto
 * (`globalThis.crypto.getRandomValues`), or derived from a seed via SHA-256.
 */
import { sha256 } from '@noble/hashes/sha2';
import { ECGFP5_ORDER } from '../curve/scalar.js';
import { PrimitiveInputError } from '../schnorr/errors.js';
import { hexToBytes } from './hex.js';

const N = ECGFP5_ORDER;

function getRandomBytes(n: number): Uint8Array {
  const c = (globalThis as { crypto?: { getRandomValues?: (b: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues === undefined) {
    throw new PrimitiveInputError('crypto', 'globalThis.crypto.getRandomValues is not available');
  }
  const out = new Uint8Array(n);
  c.getRandomValues(out);
  return out;
}

/**
 * Uniform scalar in [1, n) by rejection sampling, as Go's `crypto/rand.Int(rand.Reader, n)`
 * (docs/protocol/signing.md#keys): 40 random bytes, top bit cleared, read big-endian, retried if ≥ n.
 * Zero is also rejected so the result is usable as a key or Schnorr nonce.
 * @example schnorrSign({ privateKey, messageHash, k: randomScalar() })
 * @throws {PrimitiveInputError} when no Web Crypto random source exists
 */
export function randomScalar(): bigint {
  for (;;) {
    const b = getRandomBytes(40);
    b[0]! &= 0x7f;
    let x = 0n;
    for (let i = 0; i < 40; i++) x = (x << 8n) | BigInt(b[i]!);
    b.fill(0);
    if (x !== 0n && x < N) return x;
  }
}

/**
 * A fresh random private key (`GenerateAPIKey`, docs/protocol/signing.md#keys).
 * @example privateKeyToHex(generatePrivateKey())
 * @throws {PrimitiveInputError} when no Web Crypto random source exists
 */
export function generatePrivateKey(): bigint {
  return randomScalar();
}

/**
 * Seed-derived key as the browser signer's `GetScalarFromSeed` (docs/protocol/signing.md#keys):
 * sk = int_big-endian(SHA-256(0x01‖seed) ‖ SHA-256(0x02‖seed)[0..8)) mod n. Seed ≥ 32 bytes hex.
 * @example privateKeyFromSeed('0x0001…1f')
 * @throws {PrimitiveInputError} (field `seed`) when the seed is not hex or shorter than 32 bytes
 */
export function privateKeyFromSeed(seedHex: string): bigint {
  const seed = hexToBytes('seed', seedHex, undefined, 32);
  const buf = new Uint8Array(seed.length + 1);
  buf.set(seed, 1);
  buf[0] = 1;
  const part1 = sha256(buf);
  buf[0] = 2;
  const part2 = sha256(buf);
  buf.fill(0);
  let x = 0n;
  for (let i = 0; i < 32; i++) x = (x << 8n) | BigInt(part1[i]!);
  for (let i = 0; i < 8; i++) x = (x << 8n) | BigInt(part2[i]!);
  const sk = x % N;
  if (sk === 0n) throw new PrimitiveInputError('seed', 'derives a zero key');
  return sk;
}
