// Hash steps of the tx pipeline on top of the Poseidon2 sponge (docs/protocol/signing.md#poseidon2-sponge, docs/protocol/signing.md#tx-attributes).
import { type Gfp5, gfp5ToLeBytes, hashToQuinticExtension } from '../primitives.js';
import { bytesToHex } from '../validate.js';

/**
 * Body hash, then the attribute aggregation: msgHash = H(txHash ‖ H(attrs)) when any
 * attribute is non-nil, else msgHash = txHash (docs/protocol/signing.md#tx-attributes).
 * @example messageHashOf([304n, 14n], null).messageHash
 * @throws never
 */
export function messageHashOf(
  elements: readonly bigint[],
  attributeElems: readonly bigint[] | null,
): { bodyHash: Gfp5; attributesHash: Gfp5 | null; messageHash: Gfp5 } {
  const bodyHash = hashToQuinticExtension(elements);
  if (attributeElems === null) return { bodyHash, attributesHash: null, messageHash: bodyHash };
  const attributesHash = hashToQuinticExtension(attributeElems);
  return { bodyHash, attributesHash, messageHash: hashToQuinticExtension([...bodyHash, ...attributesHash]) };
}

/**
 * Lowercase hex (no 0x) of the 40-byte little-endian encoding: the tx hash format (docs/protocol/signing.md#pipeline).
 * @example gfp5Hex([0n, 0n, 0n, 0n, 0n]) // '00…00' (80 chars)
 * @throws never
 */
export function gfp5Hex(x: Gfp5): string {
  return bytesToHex(gfp5ToLeBytes(x));
}
