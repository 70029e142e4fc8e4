/**
 * Schnorr verification (lighter-signing.md §7, `IsSchnorrSignatureValid` / `Validate`).
 */
import type { Gfp5 } from '../field/gfp5.js';
import { gfp5, gfp5FromLeBytes } from '../field/gfp5.js';
import { type AffinePoint, decodePoint, encodePoint } from '../curve/point.js';
import { mulAdd2, pointTable } from '../curve/scalar-mult.js';
import { ECGFP5_ORDER } from '../curve/scalar.js';
import { schnorrChallenge } from './sign.js';

const N = ECGFP5_ORDER;

/** Parameters of {@link schnorrVerify}. */
export interface SchnorrVerifyParams {
  /** 40-byte encoded public key. */
  readonly publicKey: Uint8Array;
  /** The hashed message, a GF(p^5) element. */
  readonly messageHash: Gfp5;
  /** 80 bytes: s ‖ e, little-endian. */
  readonly signature: Uint8Array;
}

function leToBigint(b: Uint8Array, start: number, end: number): bigint {
  let x = 0n;
  for (let i = end - 1; i >= start; i--) x = (x << 8n) | BigInt(b[i]!);
  return x;
}

// Verifiers (e.g. a simulator) check many signatures by the same key. Decoding costs a
// GF(p^5) square root and the window table 15 point additions, so keep both for the last
// few keys (bounded, first-in first-out). `null` remembers keys that do not decode.
const keyCache = new Map<string, Float64Array | AffinePoint | null>();
const KEY_CACHE_MAX = 64;

function publicKeyTable(bytes: Uint8Array): Float64Array | AffinePoint | undefined {
  let id = '';
  for (let i = 0; i < 40; i++) id += bytes[i]!.toString(16).padStart(2, '0');
  const hit = keyCache.get(id);
  if (hit !== undefined) return hit ?? undefined;
  const point = decodePoint(gfp5FromLeBytes(bytes));
  // The neutral (w = 0) has no table; mulAdd2 handles it as a point.
  const entry = point === undefined ? null : point.infinity ? point : pointTable(point);
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value!);
  keyCache.set(id, entry);
  return entry ?? undefined;
}

/**
 * Verifies an 80-byte Schnorr signature. Returns false (never throws) for any malformed input:
 * wrong lengths, non-canonical s or e (≥ n), or a public key that decodes to no point.
 * @example schnorrVerify({ publicKey, messageHash, signature }) // true
 * @throws never
 */
export function schnorrVerify(params: SchnorrVerifyParams): boolean {
  try {
    const { publicKey, signature, messageHash } = params;
    if (!(publicKey instanceof Uint8Array) || publicKey.length !== 40) return false;
    if (!(signature instanceof Uint8Array) || signature.length !== 80) return false;
    if (!Array.isArray(messageHash) || messageHash.length !== 5) return false;
    if (!messageHash.every((x) => typeof x === 'bigint' && x >= 0n)) return false;
    const s = leToBigint(signature, 0, 40);
    const e = leToBigint(signature, 40, 80);
    if (s >= N || e >= N) return false;
    const pk = publicKeyTable(publicKey);
    if (pk === undefined) return false;
    const rv = encodePoint(mulAdd2(s, e, pk));
    return schnorrChallenge(rv, gfp5(messageHash as bigint[])) === e;
  } catch {
    return false;
  }
}
