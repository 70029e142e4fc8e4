/**
 * The single seam to @lighter-ts/signing: tx decode + signature verification, tx hash, auth
 * tokens and key generation. Loaded by dynamic import and feature-checked so the simulator
 * keeps building while the signing package grows; without it every tx fails with 21120
 * (never accepted unverified).
 */

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
   * new key, lighter-api.md §6.8).
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

type Fn = (...args: never[]) => unknown;

function bytesToHex(b: unknown): string {
  if (typeof b === 'string') return b.replace(/^0x/, '').toLowerCase();
  if (b instanceof Uint8Array) return Buffer.from(b).toString('hex');
  throw new TypeError('expected bytes');
}

/**
 * Loads the backend from @lighter-ts/signing, or returns undefined when the package does not
 * (yet) export what is needed.
 */
export async function loadSigningBackend(): Promise<SigningBackend | undefined> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import('@lighter-ts/signing')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const need = [
    'decodeTxInfo',
    'hashDecodedTx',
    'verifyTxSignature',
    'verifyAuthToken',
    'generatePrivateKey',
    'privateKeyToHex',
    'publicKeyFromPrivateKey',
    'parsePrivateKey',
    'changePubKeyL1Message',
    'transferL1Message',
    'recoverL1Address',
    'l1AddressFromPrivateKey',
  ];
  if (!need.every((k) => typeof mod[k] === 'function')) return undefined;
  const f = (k: string) => mod[k] as unknown as (arg: unknown) => unknown;
  const decodeTxInfo = f('decodeTxInfo');
  const hashDecodedTx = f('hashDecodedTx');
  const verifyTxSignature = f('verifyTxSignature');
  const verifyAuthToken = f('verifyAuthToken');
  const generatePrivateKey = mod.generatePrivateKey as Fn as () => bigint;
  const privateKeyToHex = f('privateKeyToHex') as (sk: unknown) => string;
  const publicKeyFromPrivateKey = f('publicKeyFromPrivateKey');
  const parsePrivateKey = f('parsePrivateKey') as (hex: unknown) => bigint;
  const changePubKeyL1Message = f('changePubKeyL1Message') as (p: unknown) => string;
  const transferL1Message = f('transferL1Message') as (p: unknown) => string;
  const recoverL1Address = f('recoverL1Address') as (p: unknown) => string | null;
  const l1AddressFromPrivateKey = f('l1AddressFromPrivateKey') as (k: unknown) => string;
  const recover = (message: string, sig: unknown): string | null => {
    if (typeof sig !== 'string' || sig === '') return null;
    const a = recoverL1Address({ message, signature: sig });
    return a ? a.toLowerCase() : null;
  };
  return {
    verifyTx({ txType, txInfo, chainId, publicKey }) {
      const decoded = decodeTxInfo({ txType, txInfo }) as { info: Record<string, unknown> };
      const info = decoded.info;
      const { txHash } = hashDecodedTx({ decoded, chainId }) as { txHash: string };
      const pubKey = info.PubKey instanceof Uint8Array ? bytesToHex(info.PubKey) : undefined;
      const key = publicKey ?? pubKey;
      const valid = key !== undefined && verifyTxSignature({ decoded, chainId, publicKey: key }) === true;
      const out: VerifiedTx = { valid, txHash };
      if (pubKey !== undefined) out.pubKey = pubKey;
      if (txType === 8) {
        // lighter-api.md §6.4: ChangePubKey needs the L1 (Ethereum) signature of the owner
        const msg = changePubKeyL1Message({ pubKey: info.PubKey, nonce: info.Nonce, accountIndex: info.AccountIndex, apiKeyIndex: info.ApiKeyIndex });
        out.l1Signer = recover(msg, info.L1Sig);
      } else if (txType === 12) {
        const msg = transferL1Message({
          nonce: info.Nonce,
          fromAccountIndex: info.FromAccountIndex,
          fromRouteType: info.FromRouteType,
          apiKeyIndex: info.ApiKeyIndex,
          toAccountIndex: info.ToAccountIndex,
          toRouteType: info.ToRouteType,
          assetIndex: info.AssetIndex,
          amount: info.Amount,
          usdcFee: info.USDCFee,
          chainId: BigInt(chainId),
          memo: info.Memo,
        });
        out.l1Signer = recover(msg, info.L1Sig);
      }
      return out;
    },
    newL1Key() {
      const bytes = new Uint8Array(32);
      crypto.getRandomValues(bytes);
      bytes[0] = (bytes[0] ?? 0) & 0x7f; // stay below the secp256k1 group order
      bytes[31] = (bytes[31] ?? 0) | 1; // never zero
      const ethPrivateKey = `0x${bytesToHex(bytes)}`;
      return { ethPrivateKey, l1Address: l1AddressFromPrivateKey(ethPrivateKey).toLowerCase() };
    },
    verifyAuthToken({ token, publicKey, nowSeconds }) {
      const r = verifyAuthToken({ token, publicKey, nowSeconds }) as Record<string, unknown>;
      return {
        accountIndex: Number(r.accountIndex),
        apiKeyIndex: Number(r.apiKeyIndex),
        deadline: Number(r.deadline),
      };
    },
    newKeyPair() {
      const sk = generatePrivateKey();
      return { privateKey: privateKeyToHex(sk), publicKey: bytesToHex(publicKeyFromPrivateKey(sk)) };
    },
    publicKeyOf(privateKeyHex) {
      return bytesToHex(publicKeyFromPrivateKey(parsePrivateKey(privateKeyHex)));
    },
  };
}
