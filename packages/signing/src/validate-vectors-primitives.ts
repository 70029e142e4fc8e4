// Primitive sections of a vectors file (docs/protocol/signing.md#test-vectors `primitives`): Poseidon2
// permutation and sponge, 40-byte → scalar reduction, seed keys, k·G encodings and Schnorr
// signatures with an explicit k. Used by checkVectors; the primitives' own unit tests go deeper.
import {
  hashNoPad,
  hashToQuinticExtension,
  poseidon2Permute,
  privateKeyFromSeed,
  publicKeyFromPrivateKey,
  scalarFromLeBytes,
  schnorrSign,
  schnorrVerify,
} from './primitives.js';
import type { JsonObject, JsonValue } from './tx-info-json.js';
import { bytesToHex, hexToBytes } from './validate.js';

/** Minimal case recorder (same shape as the one in validate-vectors.ts). */
export interface CaseSink {
  eq(what: string, got: unknown, want: unknown): void;
  check(what: string, ok: boolean): void;
}

type Runner = (id: string, fn: (c: CaseSink) => void) => void;

const obj = (v: JsonValue | undefined): JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? v : (Object.create(null) as JsonObject);
const arr = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);
const str = (v: JsonValue | undefined): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const big = (v: JsonValue | undefined): bigint => (typeof v === 'bigint' ? v : BigInt(str(v) || '0'));
const bigs = (v: JsonValue | undefined): bigint[] => arr(v).map(big);
const limbsToScalar = (v: JsonValue | undefined): bigint => bigs(v).reduceRight((acc, x) => (acc << 64n) | x, 0n);
const gfp5Of = (v: JsonValue | undefined) => bigs(v) as unknown as readonly [bigint, bigint, bigint, bigint, bigint];

/**
 * Run every primitive vector found in `p` through `run` (one case per vector).
 * @throws never (failures are recorded by the runner)
 */
export function checkPrimitiveVectors(p: JsonObject, run: Runner): void {
  arr(p.poseidon2_permutation).forEach((v, i) => {
    run(`poseidon2_permutation[${i}]`, (c) =>
      c.eq('output', poseidon2Permute(bigs(obj(v).input)), bigs(obj(v).output)),
    );
  });
  arr(p.poseidon2_sponge).forEach((v, i) => {
    run(`poseidon2_sponge[${i}]`, (c) => {
      const o = obj(v);
      c.eq('hash_to_quintic', hashToQuinticExtension(bigs(o.input)), bigs(o.hash_to_quintic));
      if (o.hash_no_pad_4 !== undefined) c.eq('hash_no_pad_4', hashNoPad(bigs(o.input)), bigs(o.hash_no_pad_4));
    });
  });
  if (p.poseidon2_noncanonical_input !== undefined) {
    run('poseidon2_noncanonical_input', (c) => {
      const o = obj(p.poseidon2_noncanonical_input);
      c.eq('hash_to_quintic', hashToQuinticExtension(bigs(o.input_u64)), bigs(o.hash_to_quintic));
    });
  }
  arr(p.scalar_from_le40).forEach((v, i) => {
    run(`scalar_from_le40[${i}]`, (c) =>
      c.eq('scalar', scalarFromLeBytes(hexToBytes(str(obj(v).bytes), 'bytes', 40)), big(obj(v).scalar)),
    );
  });
  arr(p.scalar_from_seed).forEach((v, i) => {
    run(`scalar_from_seed[${i}]`, (c) => c.eq('scalar', privateKeyFromSeed(str(obj(v).seed_hex)), big(obj(v).scalar)));
  });
  arr(obj(p.ecgfp5).scalar_mult_generator).forEach((v, i) => {
    run(`ecgfp5.scalar_mult_generator[${i}]`, (c) => {
      const o = obj(v);
      c.eq('encode_kG_bytes', bytesToHex(publicKeyFromPrivateKey(big(o.k))), str(o.encode_kG_bytes));
    });
  });
  const schnorr = [
    ...arr(p.schnorr_with_explicit_k).map((v) => ({ o: obj(v), sk: big(obj(v).sk), k: big(obj(v).k) })),
    ...arr(obj(p.upstream_schnorr_test_vectors).cases).map((v) => ({
      o: obj(v),
      sk: limbsToScalar(obj(v).sk_limbs),
      k: limbsToScalar(obj(v).k_limbs),
    })),
  ];
  schnorr.forEach(({ o, sk, k }, i) => {
    run(`schnorr[${i}]`, (c) => {
      const messageHash = gfp5Of(o.hashed_message);
      const pk = publicKeyFromPrivateKey(sk);
      c.eq('public_key_bytes', bytesToHex(pk), str(o.public_key_bytes));
      const sig = schnorrSign({ privateKey: sk, messageHash, k });
      c.eq('signature_hex', bytesToHex(sig), str(o.signature_hex));
      c.check(
        'signature does not verify',
        schnorrVerify({ publicKey: pk, messageHash, signature: hexToBytes(str(o.signature_hex), 'signature', 80) }),
      );
    });
  });
}
