// EIP-191 personal_sign with secp256k1 + keccak256, as eth_account `encode_defunct` +
// `sign_message` does; L1Sig = 0x r‖s‖v with v = 27/28 (docs/protocol/signing.md#l1-messages, docs/protocol/signing.md#porting-notes).
// @noble/secp256k1 rather than @noble/curves: the same author's audited single-curve build costs about
// 8 KB min+gz less, and every createSigner bundle carries it (docs/protocol/signing.md#bundle-size).
import * as secp from '@noble/secp256k1';
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
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

/**
 * The sync API of @noble/secp256k1 needs its RFC 6979 hashes supplied; set here, at first use, rather
 * than at import, so the package stays free of import side effects. Idempotent: the same functions the
 * library documents, so another user of the library is unaffected.
 */
function syncHashes(): void {
  // noble/hashes 1.x types its outputs as Uint8Array<ArrayBufferLike>; they are fresh ArrayBuffer-backed arrays
  secp.hashes.sha256 ??= (message) => sha256(message) as Uint8Array<ArrayBuffer>;
  secp.hashes.hmacSha256 ??= (key, message) => hmac(sha256, key, message) as Uint8Array<ArrayBuffer>;
}

function ethKey(hex: string): Uint8Array {
  const key = hexToBytes(hex, 'ethPrivateKey', 32);
  if (!secp.utils.isValidSecretKey(key)) throw new SigningInputError('ethPrivateKey', 'is not a valid secp256k1 key');
  return key;
}

/**
 * Sign an L1 message body (RFC 6979 deterministic, low-s): returns `0x` + 130 hex chars.
 *
 * @example signL1Message({ message: changePubKeyL1Message(...), ethPrivateKey: '0x…' })
 * @throws {SigningInputError} (field `ethPrivateKey`) for a malformed key
 */
export function signL1Message(params: { message: string; ethPrivateKey: string }): string {
  syncHashes();
  // 'recovered' is recovery‖r‖s; the L1Sig wants r‖s‖v
  const sig = secp.sign(personalMessageDigest(params.message), ethKey(params.ethPrivateKey), {
    prehash: false,
    format: 'recovered',
  });
  return `0x${bytesToHex(sig.subarray(1))}${(27 + (sig[0] as number)).toString(16)}`;
}

/**
 * Ethereum address (0x + 40 lowercase hex) of a secp256k1 private key.
 * @example l1AddressFromPrivateKey('0x…') // '0xf19e…'
 * @throws {SigningInputError} (field `ethPrivateKey`)
 */
export function l1AddressFromPrivateKey(ethPrivateKey: string): string {
  const pub = secp.getPublicKey(ethKey(ethPrivateKey), false);
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
    syncHashes();
    const recovered = new Uint8Array(65);
    recovered[0] = v;
    recovered.set(raw.subarray(0, 64), 1);
    const pub = secp.Point.fromBytes(
      secp.recoverPublicKey(recovered, personalMessageDigest(params.message), { prehash: false }),
    ).toBytes(false);
    return `0x${bytesToHex(keccak_256(pub.slice(1)).slice(12))}`;
  } catch {
    return null;
  }
}
