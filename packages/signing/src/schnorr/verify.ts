/**
 * Schnorr verification (docs/protocol/signing.md#schnorr-signatures, `IsSchnorrSignatureValid` / `Validate`).
 */
import type { Gfp5 } from '../field/gfp5.js';
import { gfp5, gfp5FromLeBytes } from '../field/gfp5.js';
import { type AffinePoint, decodePoint, encodePoint } from '../curve/point.js';
import { fixedWindowTable, mulAdd2, type PointPrecomputation, pointTable } from '../curve/scalar-mult.js';
import { ECGFP5_ORDER, leBytesToBigint } from '../curve/scalar.js';
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

// Verifiers (e.g. a simulator) check many signatures by the same key. Decoding costs a
// GF(p^5) square root and the 16-entry window table 15 point additions, so both are kept for
// the KEY_CACHE_MAX most recently used keys (LRU). A key used HOT_KEY_USES times while cached
// also gets a full fixed-base table (840 KB, ~0.1-0.2 s once), making its verifications ~4x
// faster, while fewer than HOT_KEYS_MAX keys hold one; a slot frees only when its key drops
// out of the LRU, so tables are never rebuilt in a loop. These are pure caches: results
// never depend on them. `null` remembers keys that do not decode.
interface CachedKey {
  readonly point: AffinePoint;
  pre: PointPrecomputation | undefined;
  uses: number;
}
const keyCache = new Map<string, CachedKey | null>();
const hotKeys = new Set<CachedKey>();
const KEY_CACHE_MAX = 64;
const HOT_KEY_USES = 64;
const HOT_KEYS_MAX = 4;

function cachedKey(bytes: Uint8Array): CachedKey | undefined {
  // 40 bytes as a 40-char latin1 string: a compact, exact map key.
  const id = String.fromCharCode(...bytes);
  let entry = keyCache.get(id);
  if (entry === undefined) {
    const point = decodePoint(gfp5FromLeBytes(bytes));
    // The neutral (w = 0) has no table; mulAdd2 handles it as a point.
    entry =
      point === undefined
        ? null
        : { point, pre: point.infinity ? undefined : { kind: 'window', table: pointTable(point) }, uses: 0 };
    if (keyCache.size >= KEY_CACHE_MAX) {
      const oldest = keyCache.keys().next().value!;
      const evicted = keyCache.get(oldest);
      if (evicted) hotKeys.delete(evicted);
      keyCache.delete(oldest);
    }
  } else {
    keyCache.delete(id); // re-inserted below: most recently used last
  }
  keyCache.set(id, entry);
  if (entry === null) return undefined;
  entry.uses++;
  if (entry.uses >= HOT_KEY_USES && entry.pre?.kind === 'window' && hotKeys.size < HOT_KEYS_MAX) {
    entry.pre = { kind: 'fixed', table: fixedWindowTable(entry.point) };
    hotKeys.add(entry);
  }
  return entry;
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
    const s = leBytesToBigint(signature, 0);
    const e = leBytesToBigint(signature, 40);
    if (s >= N || e >= N) return false;
    const pk = cachedKey(publicKey);
    if (pk === undefined) return false;
    const rv = encodePoint(mulAdd2(s, e, pk.pre ?? pk.point));
    return schnorrChallenge(rv, gfp5(messageHash as bigint[])) === e;
  } catch {
    return false;
  }
}
