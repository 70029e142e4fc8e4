// EIP-191 personal_sign with secp256k1 + keccak256, as eth_account `encode_defunct` +
// `sign_message` does; L1Sig = 0x r‖s‖v with v = 27/28 (docs/protocol/signing.md#l1-messages, docs/protocol/signing.md#porting-notes).
import { secp256k1 } from '@noble/curves/secp256k1';
import { keccak_256 } from '@noble/hashes/sha3';
import { SigningInputError } from '../errors.js';
import { bytesToHex, hexToBytes } from '../validate.js';

const utf8 = new TextEncoder();

/**
 * keccak256("\x19Ethereum Signed Message:\n" + byteLength + message).
 * @example personalMessageDigest('hello') // Uint8Array(32)
 * @throws never
 */
export function personalMessageDigest(message: string): Uint8Array {
  const body = utf8.encode(message);
  const prefix = utf8.encode(`\x19Ethereum Signed Message:\n${body.length}`);
  const all = new Uint8Array(prefix.length + body.length);
  all.set(prefix, 0);
  all.set(body, prefix.length);
  return keccak_256(all);
}

function ethKey(hex: string): Uint8Array {
  const key = hexToBytes(hex, 'ethPrivateKey', 32);
  if (!secp256k1.utils.isValidPrivateKey(key))
    throw new SigningInputError('ethPrivateKey', 'is not a valid secp256k1 key');
  return key;
}

/**
 * Sign an L1 message body (RFC 6979 deterministic, low-s): returns `0x` + 130 hex chars.
 *
 * @example signL1Message({ message: changePubKeyL1Message(...), ethPrivateKey: '0x…' })
 * @throws {SigningInputError} (field `ethPrivateKey`) for a malformed key
 */
export function signL1Message(params: { message: string; ethPrivateKey: string }): string {
  const sig = secp256k1.sign(personalMessageDigest(params.message), ethKey(params.ethPrivateKey));
  return `0x${bytesToHex(sig.toCompactRawBytes())}${(27 + sig.recovery).toString(16)}`;
}

/**
 * Ethereum address (0x + 40 lowercase hex) of a secp256k1 private key.
 * @example l1AddressFromPrivateKey('0x…') // '0xf19e…'
 * @throws {SigningInputError} (field `ethPrivateKey`)
 */
export function l1AddressFromPrivateKey(ethPrivateKey: string): string {
  const pub = secp256k1.getPublicKey(ethKey(ethPrivateKey), false);
  return `0x${bytesToHex(keccak_256(pub.slice(1)).slice(12))}`;
}

/**
 * Recover the signer address of an L1Sig, accepting v = 27/28 or 0/1 as the Go side does
 * (LG `types/txtypes/utils.go:68-90`). Returns null when the signature is malformed.
 *
 * @example recoverL1Address({ message, signature: tx.L1Sig }) === l1Address
 * @throws never
 */
export function recoverL1Address(params: { message: string; signature: string }): string | null {
  try {
    const raw = hexToBytes(params.signature, 'signature', 65);
    let v = raw[64] as number;
    if (v >= 27) v -= 27;
    if (v !== 0 && v !== 1) return null;
    const sig = secp256k1.Signature.fromCompact(raw.slice(0, 64)).addRecoveryBit(v);
    const point = sig.recoverPublicKey(personalMessageDigest(params.message));
    return `0x${bytesToHex(keccak_256(point.toRawBytes(false).slice(1)).slice(12))}`;
  } catch {
    return null;
  }
}
