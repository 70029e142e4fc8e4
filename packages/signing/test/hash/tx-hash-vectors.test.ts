// The sponge against every official tx hash: message_field_elements -> body hash, then the
// attribute step H(body ‖ attrs) when present (docs/protocol/signing.md#transaction-hashes). This exercises the
// sponge on real inputs; the per-type element lists belong to the tx layer.
import { describe, expect, it } from 'vitest';
import { gfp5FromLeBytes, gfp5ToLeBytes } from '../../src/field/gfp5.js';
import { hashToQuinticExtension } from '../../src/hash/sponge.js';
import { big, hex, limbs, unhex, vectors } from '../schnorr/vectors.js';

interface TxHashVector {
  id: string;
  message_field_elements: string[];
  body_hash: string[];
  attributes_hash: string[] | null;
  hashed_message: string[];
  tx_hash: string;
}

describe('tx hashes from field elements', () => {
  const txs = vectors.transactions as unknown as TxHashVector[];
  it.each(txs.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const body = hashToQuinticExtension(big(t.message_field_elements));
    expect(body).toEqual(limbs(t.body_hash));
    const msg = t.attributes_hash === null ? body : hashToQuinticExtension([...body, ...big(t.attributes_hash)]);
    expect(msg).toEqual(limbs(t.hashed_message));
    expect(hex(gfp5ToLeBytes(msg))).toBe(t.tx_hash);
    expect(gfp5FromLeBytes(unhex(t.tx_hash))).toEqual(msg);
  });

  const authTokens: { id: string; message_field_elements: string[]; hashed_message: string[] }[] = vectors.auth_tokens;
  it.each(authTokens.map((t) => [t.id, t] as const))('auth token %s', (_id, t) => {
    expect(hashToQuinticExtension(big(t.message_field_elements))).toEqual(limbs(t.hashed_message));
  });
});
