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
}

/** Operations the simulator needs from the signing layer. */
export interface SigningBackend {
  /** Decodes, hashes with `chainId` and checks the signature against `publicKey` (hex). */
  verifyTx(p: { txType: number; txInfo: string; chainId: number; publicKey: string }): VerifiedTx;
  /** Verifies an auth token; throws when invalid or expired. */
  verifyAuthToken(p: { token: string; publicKey: string; nowSeconds: number }): {
    accountIndex: number;
    apiKeyIndex: number;
    deadline: number;
  };
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
  return {
    verifyTx({ txType, txInfo, chainId, publicKey }) {
      const decoded = decodeTxInfo({ txType, txInfo });
      const { txHash } = hashDecodedTx({ decoded, chainId }) as { txHash: string };
      const valid = verifyTxSignature({ decoded, chainId, publicKey }) === true;
      return { valid, txHash };
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
