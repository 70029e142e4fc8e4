/**
 * The single seam to @lighter-ts/signing: tx decode + signature verification, tx hash, L1
 * signatures, auth tokens and key generation. Everything cryptographic is delegated; the
 * simulator never accepts a tx it could not verify.
 */
import {
  approveIntegratorL1Message,
  changePubKeyL1Message,
  decodeTxInfo,
  generatePrivateKey,
  hashDecodedTx,
  l1AddressFromPrivateKey,
  parsePrivateKey,
  privateKeyToHex,
  publicKeyFromPrivateKey,
  recoverL1Address,
  transferL1Message,
  verifyAuthToken,
  verifyTxSignature,
} from '@lighter-ts/signing';

/** Result of verifying one tx. */
export interface VerifiedTx {
  valid: boolean;
  txHash: string;
  /** ChangePubKey: the key being registered (hex). */
  pubKey?: string;
  /**
   * ChangePubKey / Transfer: address recovered from `L1Sig` (lower-case 0x…), null when the
   * signature is missing or malformed; undefined for tx types without an L1 signature.
   */
  l1Signer?: string | null;
}

/** Operations the simulator needs from the signing layer. */
export interface SigningBackend {
  /**
   * Decodes, hashes with `chainId` and checks the signature against `publicKey` (hex), or
   * against the tx's own `PubKey` when `publicKey` is undefined (ChangePubKey is signed by the
   * new key, docs/protocol/transactions.md#api-keys).
   * @throws SigningInputError when tx_info does not decode
   */
  verifyTx(p: { txType: number; txInfo: string; chainId: number; publicKey: string | undefined }): VerifiedTx;
  /** Verifies an auth token; throws when invalid or expired. */
  verifyAuthToken(p: { token: string; publicKey: string; nowSeconds: number }): {
    accountIndex: number;
    apiKeyIndex: number;
    deadline: number;
  };
  /** Fresh Ethereum key (hex) and its address, for accounts' L1 identity. */
  newL1Key(): { ethPrivateKey: string; l1Address: string };
  /** Fresh key pair (hex). */
  newKeyPair(): { privateKey: string; publicKey: string };
  /** Public key (hex) of a private key (hex). */
  publicKeyOf(privateKeyHex: string): string;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function recover(message: string, signature: string): string | null {
  if (signature === '') return null;
  return recoverL1Address({ message, signature })?.toLowerCase() ?? null;
}

/**
 * The backend over @lighter-ts/signing.
 * @example const b = createSigningBackend(); b.verifyTx({ txType: 14, txInfo, chainId: 300, publicKey });
 * @throws never
 */
export function createSigningBackend(): SigningBackend {
  return {
    verifyTx({ txType, txInfo, chainId, publicKey }) {
      const decoded = decodeTxInfo({ txType, txInfo });
      const { txHash } = hashDecodedTx({ decoded, chainId });
      const out: VerifiedTx = { valid: false, txHash };
      if (decoded.kind === 'ChangePubKey') {
        const i = decoded.info;
        out.pubKey = hex(i.PubKey);
        // docs/protocol/transactions.md#other-order-transactions: ChangePubKey needs the L1 (Ethereum) signature of the owner
        out.l1Signer = recover(
          changePubKeyL1Message({
            pubKey: i.PubKey,
            nonce: i.Nonce,
            accountIndex: i.AccountIndex,
            apiKeyIndex: i.ApiKeyIndex,
          }),
          i.L1Sig,
        );
      } else if (decoded.kind === 'Transfer') {
        const i = decoded.info;
        const message = transferL1Message({
          nonce: i.Nonce,
          fromAccountIndex: i.FromAccountIndex,
          fromRouteType: i.FromRouteType,
          apiKeyIndex: i.ApiKeyIndex,
          toAccountIndex: i.ToAccountIndex,
          toRouteType: i.ToRouteType,
          assetIndex: i.AssetIndex,
          amount: i.Amount,
          usdcFee: i.USDCFee,
          chainId: BigInt(chainId),
          memo: i.Memo,
        });
        out.l1Signer = recover(message, i.L1Sig);
      } else if (decoded.kind === 'ApproveIntegrator') {
        const i = decoded.info;
        const message = approveIntegratorL1Message({
          nonce: i.Nonce,
          accountIndex: i.AccountIndex,
          apiKeyIndex: i.ApiKeyIndex,
          integratorAccountIndex: i.IntegratorAccountIndex,
          maxPerpsTakerFee: i.MaxPerpsTakerFee,
          maxPerpsMakerFee: i.MaxPerpsMakerFee,
          maxSpotTakerFee: i.MaxSpotTakerFee,
          maxSpotMakerFee: i.MaxSpotMakerFee,
          approvalExpiry: i.ApprovalExpiry,
          chainId: BigInt(chainId),
        });
        out.l1Signer = recover(message, i.L1Sig);
      }
      const key = publicKey ?? out.pubKey;
      out.valid = key !== undefined && verifyTxSignature({ decoded, chainId, publicKey: key });
      return out;
    },
    verifyAuthToken({ token, publicKey, nowSeconds }) {
      const r = verifyAuthToken({ token, publicKey, nowSeconds });
      return { accountIndex: r.accountIndex, apiKeyIndex: r.apiKeyIndex, deadline: r.deadline };
    },
    newL1Key() {
      const bytes = new Uint8Array(32);
      crypto.getRandomValues(bytes);
      bytes[0] = (bytes[0] ?? 0) & 0x7f; // stay below the secp256k1 group order
      bytes[31] = (bytes[31] ?? 0) | 1; // never zero
      const ethPrivateKey = `0x${hex(bytes)}`;
      return { ethPrivateKey, l1Address: l1AddressFromPrivateKey(ethPrivateKey).toLowerCase() };
    },
    newKeyPair() {
      const sk = generatePrivateKey();
      return { privateKey: privateKeyToHex(sk), publicKey: hex(publicKeyFromPrivateKey(sk)) };
    },
    publicKeyOf(privateKeyHex) {
      return hex(publicKeyFromPrivateKey(parsePrivateKey(privateKeyHex)));
    },
  };
}
