/**
 * Schnorr signatures over ECgFp5 with Poseidon2 challenges (docs/protocol/signing.md#schnorr-signatures).
 */
import { type Gfp5, gfp5, gfp5ToLeBytes } from '../field/gfp5.js';
import { encodeMulGenerator } from '../curve/scalar-mult.js';
import { ECGFP5_ORDER, scalarFromGfp5, scalarToLeBytes } from '../curve/scalar.js';
import { hashToQuinticExtension } from '../hash/sponge.js';
import { PrimitiveInputError } from './errors.js';

const N = ECGFP5_ORDER;

/** Parameters of {@link schnorrSign}. */
export interface SchnorrSignParams {
  /** Private scalar in [1, n). */
  readonly privateKey: bigint;
  /** The hashed message (tx hash / auth-token hash), a GF(p^5) element. */
  readonly messageHash: Gfp5;
  /** Nonce in [1, n). MUST be fresh and uniformly random per signature (see `randomScalar`). */
  readonly k: bigint;
}

/** e = FromGfp5(H(r ‖ m)) (docs/protocol/signing.md#schnorr-signatures step 3). */
export function schnorrChallenge(r: Gfp5, messageHash: Gfp5): bigint {
  return scalarFromGfp5(hashToQuinticExtension([r[0], r[1], r[2], r[3], r[4], ...messageHash]));
}

function checkScalar(field: string, v: unknown): bigint {
  if (typeof v !== 'bigint') throw new PrimitiveInputError(field, 'must be a bigint scalar');
  if (v <= 0n || v >= N) throw new PrimitiveInputError(field, 'must be in [1, n)');
  return v;
}

function checkMessage(v: unknown): Gfp5 {
  if (!Array.isArray(v) || v.length !== 5 || !v.every((x) => typeof x === 'bigint' && x >= 0n)) {
    throw new PrimitiveInputError('messageHash', 'must be five non-negative bigint limbs');
  }
  return gfp5(v as bigint[]);
}

/**
 * Signs a hashed message with an explicit nonce k (`SchnorrSignHashedMessage2`,
 * docs/protocol/signing.md#schnorr-signatures): r = encode(k·G), e = H(r ‖ m) mod n, s = k − e·sk mod n.
 * Returns s ‖ e, each 40 bytes little-endian, canonical (< n).
 * @example const sig = schnorrSign({ privateKey: sk, messageHash, k: randomScalar() });
 * @throws {PrimitiveInputError} when privateKey or k is outside [1, n) or messageHash is malformed
 */
export function schnorrSign(params: SchnorrSignParams): Uint8Array {
  const sk = checkScalar('privateKey', params.privateKey);
  const k = checkScalar('k', params.k);
  const m = checkMessage(params.messageHash);
  const r = encodeMulGenerator(k);
  const e = schnorrChallenge(r, m);
  let s = (k - e * sk) % N;
  if (s < 0n) s += N;
  const out = new Uint8Array(80);
  out.set(scalarToLeBytes(s), 0);
  out.set(scalarToLeBytes(e), 40);
  return out;
}

/**
 * Serializes a GF(p^5) element as 40 little-endian bytes (docs/protocol/signing.md#quintic-extension); this is the
 * form of tx hashes and public keys.
 * @example gfp5ToLeBytes([4n, 0n, 0n, 0n, 0n]) // 04 00 … 00
 * @throws never
 */
export { gfp5ToLeBytes };
