// Shared helpers for the per-tx-type tests: vectors by kind, a pinned signer per vector
// account, and an assertion that signing is rejected naming a field.
import { expect } from 'vitest';
import { isSigningInputError } from '../../src/errors.js';
import { parsePrivateKey, privateKeyFromSeed } from '../../src/primitives.js';
import { type Signer, createSigner } from '../../src/signer.js';
import { decodeTxInfo, encodeTxInfo, hashDecodedTx, verifyTxSignature } from '../../src/tx/registry.js';
import { VECTORS_TEXT } from '../vectors-helpers.js';

interface KeyJson {
  account_index: number;
  api_key_index: number;
  chain_id: number;
  input: { kind: 'prv'; private_key_hex: string } | { kind: 'seed'; seed_hex: string };
  public_key_hex: string;
  eth_private_key_for_l1: string;
}

/** One transaction vector (only the fields the tests read). */
export interface TxVector {
  id: string;
  tx_kind: string;
  tx_type: number;
  chain_id: number;
  account: string;
  clock_ms: number;
  tx_info_json: string;
  message_field_elements: string[];
  tx_hash: string;
  signature: { hex: string; nonce_k: string };
  l1?: { message: string; eth_private_key: string; signature: string };
}

const doc = JSON.parse(VECTORS_TEXT) as { keys: Record<string, KeyJson>; transactions: TxVector[] };

export const KEYS = doc.keys;

/** Vectors of one tx kind (RevokePubKey vectors have kind ChangePubKey's type 8). */
export function vectorsOf(txType: number): TxVector[] {
  return doc.transactions.filter((t) => t.tx_type === txType);
}

/** Signer for a vector: its account's key, the vector's chain id, k and clock pinned. */
export function signerFor(
  v: Pick<TxVector, 'account' | 'chain_id' | 'clock_ms'> & { signature?: { nonce_k: string } },
): Signer {
  const k = KEYS[v.account] as KeyJson;
  const sk = k.input.kind === 'prv' ? parsePrivateKey(k.input.private_key_hex) : privateKeyFromSeed(k.input.seed_hex);
  return createSigner({
    chainId: v.chain_id,
    accountIndex: k.account_index,
    apiKeyIndex: k.api_key_index,
    privateKey: sk,
    nonceK: () => BigInt(v.signature?.nonce_k ?? '12345'),
    now: () => v.clock_ms,
  });
}

export function publicKeyOf(account: string): string {
  return (KEYS[account] as KeyJson).public_key_hex;
}

/** Field elements, hash, verification and byte-exact re-encoding of every vector of a type. */
export function expectVectorsDecodeAndHash(txType: number): void {
  const vs = vectorsOf(txType);
  expect(vs.length).toBeGreaterThan(0);
  for (const v of vs) {
    const decoded = decodeTxInfo({ txType, txInfo: v.tx_info_json });
    expect(decoded.txType).toBe(txType);
    const h = hashDecodedTx({ decoded, chainId: v.chain_id });
    expect(h.elements.map(String), v.id).toEqual(v.message_field_elements);
    expect(h.txHash, v.id).toBe(v.tx_hash);
    expect(encodeTxInfo(decoded), v.id).toBe(v.tx_info_json);
    expect(verifyTxSignature({ decoded, chainId: v.chain_id, publicKey: publicKeyOf(v.account) }), v.id).toBe(true);
  }
}

/** The call throws a SigningInputError whose `field` is `field` (and nothing was signed). */
export function expectRejected(fn: () => unknown, field: string, message?: RegExp): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(isSigningInputError(err), `expected SigningInputError for ${field}, got ${String(err)}`).toBe(true);
  expect((err as { field: string }).field).toBe(field);
  if (message) expect((err as Error).message).toMatch(message);
}

/** A vector by id. */
export function vector(id: string): TxVector {
  const v = doc.transactions.find((t) => t.id === id);
  if (!v) throw new Error(`no vector ${id}`);
  return v;
}
