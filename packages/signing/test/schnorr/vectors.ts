// Loads the official signing vectors (docs/protocol/signing.md#test-vectors) relative to the repo checkout:
// test/schnorr -> packages/signing -> packages -> repository root: fixtures/signing/signing-vectors.json.
import { readFileSync } from 'node:fs';

const url = new URL('../../../../fixtures/signing/signing-vectors.json', import.meta.url);

export type Limbs = [string, string, string, string, string];

export interface TxVector {
  id: string;
  account: string;
  hashed_message: Limbs;
  signature: { hex: string; s: string; e: string; nonce_k: string; r_encoded: Limbs };
}

export interface KeyVector {
  input: { kind: 'prv'; private_key_hex: string } | { kind: 'seed'; seed_hex: string };
  scalar: string;
  private_key_le40_hex: string;
  public_key_hex: string;
  public_key_limbs: Limbs;
}

// biome-ignore lint/suspicious/noExplicitAny: raw JSON fixture, narrowed by the tests that read it
type Json = any;

export const vectors: {
  keys: Record<string, KeyVector>;
  transactions: TxVector[];
  auth_tokens: Json[];
  model_only: Json;
  primitives: Json;
  determinism: Json;
} = JSON.parse(readFileSync(url, 'utf8'));

export const big = (xs: readonly string[]): bigint[] => xs.map((x) => BigInt(x));
export const limbs = (xs: readonly string[]): [bigint, bigint, bigint, bigint, bigint] => {
  const b = big(xs);
  return [b[0]!, b[1]!, b[2]!, b[3]!, b[4]!];
};
export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
export const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/^0x/, ''), 'hex'));
