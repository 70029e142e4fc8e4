import { describe, expect, it } from 'vitest';
import { schnorrSign } from '../../src/schnorr/sign.js';
import { schnorrVerify } from '../../src/schnorr/verify.js';
import { parsePrivateKey, publicKeyFromPrivateKey } from '../../src/keys/private-key.js';
import { privateKeyFromSeed } from '../../src/keys/generate.js';
import { gfp5FromLeBytes } from '../../src/field/gfp5.js';
import { hex, limbs, unhex, vectors } from './vectors.js';

const prim = vectors.primitives;

function keyScalar(account: string): bigint {
  const k = vectors.keys[account];
  if (!k) throw new Error(`no key ${account}`);
  return k.input.kind === 'prv' ? parsePrivateKey(k.input.private_key_hex) : privateKeyFromSeed(k.input.seed_hex);
}

function limbsToLe40(ls: string[]): bigint {
  return ls.reduce((acc, l, i) => acc + (BigInt(l) << BigInt(64 * i)), 0n);
}

describe('Schnorr with explicit k (docs/protocol/signing.md#schnorr-signatures)', () => {
  const cases: { sk: string; public_key_bytes: string; k: string; hashed_message: string[]; signature_hex: string }[] =
    prim.schnorr_with_explicit_k;
  it.each(cases.map((c, i) => [i, c] as const))('model vector %i', (_i, c) => {
    const sk = BigInt(c.sk);
    const pk = publicKeyFromPrivateKey(sk);
    expect(hex(pk)).toBe(c.public_key_bytes);
    const sig = schnorrSign({ privateKey: sk, messageHash: limbs(c.hashed_message), k: BigInt(c.k) });
    expect(hex(sig)).toBe(c.signature_hex);
    expect(schnorrVerify({ publicKey: pk, messageHash: limbs(c.hashed_message), signature: sig })).toBe(true);
  });

  const upstream: {
    sk_limbs: string[];
    hashed_message: string[];
    k_limbs: string[];
    signature_hex: string;
    public_key_bytes: string;
  }[] = prim.upstream_schnorr_test_vectors.cases;
  it.each(upstream.map((c, i) => [i, c] as const))('upstream poseidon_crypto vector %i', (_i, c) => {
    const sk = limbsToLe40(c.sk_limbs);
    const pk = publicKeyFromPrivateKey(sk);
    expect(hex(pk)).toBe(c.public_key_bytes);
    const m = limbs(c.hashed_message);
    const sig = schnorrSign({ privateKey: sk, messageHash: m, k: limbsToLe40(c.k_limbs) });
    expect(hex(sig)).toBe(c.signature_hex);
    expect(schnorrVerify({ publicKey: pk, messageHash: m, signature: sig })).toBe(true);
  });
});

describe('official-signer transactions: byte-exact signatures from nonce_k (docs/protocol/signing.md#test-vectors)', () => {
  it.each(vectors.transactions.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const sk = keyScalar(t.account);
    const m = limbs(t.hashed_message);
    const pk = publicKeyFromPrivateKey(sk);
    expect(hex(pk)).toBe(vectors.keys[t.account]!.public_key_hex);
    const sig = schnorrSign({ privateKey: sk, messageHash: m, k: BigInt(t.signature.nonce_k) });
    expect(hex(sig)).toBe(t.signature.hex);
    expect(schnorrVerify({ publicKey: pk, messageHash: m, signature: unhex(t.signature.hex) })).toBe(true);
  });

  const tokens: {
    id: string;
    account: string;
    hashed_message: string[];
    signature: { hex: string; nonce_k: string };
  }[] = vectors.auth_tokens;
  it.each(tokens.map((t) => [t.id, t] as const))('auth token %s', (_id, t) => {
    const sk = keyScalar(t.account);
    const sig = schnorrSign({ privateKey: sk, messageHash: limbs(t.hashed_message), k: BigInt(t.signature.nonce_k) });
    expect(hex(sig)).toBe(t.signature.hex);
  });
});

describe('determinism cases and model-only transactions (explicit k)', () => {
  const det = Object.values(vectors.determinism.cases as Record<string, TxLike>).filter(
    (c) => c.signature.nonce_k !== undefined,
  );
  it('has replayable determinism cases', () => expect(det.length).toBeGreaterThanOrEqual(2));
  it.each(det.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const sig = schnorrSign({
      privateKey: keyScalar(c.account),
      messageHash: limbs(c.hashed_message),
      k: BigInt(c.signature.nonce_k!),
    });
    expect(hex(sig)).toBe(c.signature.hex);
  });

  const allDet = Object.values(vectors.determinism.cases as Record<string, TxLike>);
  it.each(allDet.map((c) => [c.id, c] as const))('%s verifies (random-k signatures included)', (_id, c) => {
    const publicKey = publicKeyFromPrivateKey(keyScalar(c.account));
    const signature = unhex(c.signature.hex);
    expect(schnorrVerify({ publicKey, messageHash: limbs(c.hashed_message), signature })).toBe(true);
  });

  const model: { id: string; tx_hash: string; signed_with: { key: string; nonce_k: string }; signature_hex: string }[] =
    vectors.model_only.transactions;
  it.each(model.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const sk = keyScalar(c.signed_with.key);
    const m = gfp5FromLeBytes(unhex(c.tx_hash));
    const sig = schnorrSign({ privateKey: sk, messageHash: m, k: BigInt(c.signed_with.nonce_k) });
    expect(hex(sig)).toBe(c.signature_hex);
    expect(schnorrVerify({ publicKey: publicKeyFromPrivateKey(sk), messageHash: m, signature: sig })).toBe(true);
  });
});

interface TxLike {
  id: string;
  account: string;
  hashed_message: string[];
  signature: { hex: string; nonce_k?: string };
}
