// Auth tokens for HTTP `auth=` / WS subscriptions (docs/protocol/signing.md#auth-tokens; LG
// `types/tx_request.go:156-179`): "{deadline}:{account}:{apiKey}:{hex(sig)}".
import { AuthTokenError, SigningInputError } from './errors.js';
import { type Gfp5, hashToQuinticExtension, schnorrSign, schnorrVerify } from './primitives.js';
import { bytesToHex, hexToBytes, intInRange } from './validate.js';
import { TX_LIMITS } from './tx/constants.js';

/** Default auth-token lifetime when no deadline is given: 10 minutes (lighter-python default). */
export const DEFAULT_AUTH_TOKEN_TTL_SECONDS = 600;

const P = 0xffffffff00000001n;

/**
 * Pack bytes as field elements: 8-byte little-endian chunks, last one zero-padded (docs/protocol/signing.md#packing).
 * @example packBytes(new TextEncoder().encode('1767229200:1001:3')).length // 3
 * @throws {SigningInputError} if a chunk is ≥ p (impossible for ASCII)
 */
export function packBytes(bytes: Uint8Array): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < bytes.length; i += 8) {
    let v = 0n;
    for (let j = Math.min(i + 8, bytes.length) - 1; j >= i; j--) v = (v << 8n) | BigInt(bytes[j] as number);
    if (v >= P) throw new SigningInputError('message', 'chunk is not a canonical field element');
    out.push(v);
  }
  return out;
}

/**
 * The signed text of an auth token: `"{deadline}:{accountIndex}:{apiKeyIndex}"` (deadline in Unix seconds).
 * @example authTokenMessage({ deadline: 1767229200, accountIndex: 1001, apiKeyIndex: 3 }) // '1767229200:1001:3'
 * @throws {SigningInputError} for out-of-range values
 */
export function authTokenMessage(p: {
  /** Unix seconds after which the token is refused. */
  deadline: number | bigint;
  /** Account index the token authorizes (-1 … 2^48-2). */
  accountIndex: number | bigint;
  /** API key slot whose key signs the token (0 … 254). */
  apiKeyIndex: number | bigint;
}): string {
  const deadline = intInRange(p.deadline, 'deadline', 0n, TX_LIMITS.MAX_INT64);
  const account = intInRange(p.accountIndex, 'accountIndex', TX_LIMITS.MIN_ACCOUNT_INDEX, TX_LIMITS.MAX_ACCOUNT_INDEX);
  const api = intInRange(p.apiKeyIndex, 'apiKeyIndex', 0n, TX_LIMITS.MAX_API_KEY_INDEX);
  return `${deadline}:${account}:${api}`;
}

/**
 * Poseidon2 hash of an auth-token message (HashToQuinticExtension of the packed bytes).
 * @example authTokenMessageHash('1767229200:1001:3')
 * @throws never
 */
export function authTokenMessageHash(message: string): Gfp5 {
  return hashToQuinticExtension(packBytes(new TextEncoder().encode(message)));
}

/** Internal: build a token with an explicit key and nonce (used by the Signer). */
export function buildAuthToken(p: {
  privateKey: bigint;
  deadline: number | bigint;
  accountIndex: number | bigint;
  apiKeyIndex: number | bigint;
  k: bigint;
}): string {
  const message = authTokenMessage(p);
  const sig = schnorrSign({ privateKey: p.privateKey, messageHash: authTokenMessageHash(message), k: p.k });
  return `${message}:${bytesToHex(sig)}`;
}

/** What a verified auth token proves. */
export interface VerifiedAuthToken {
  /** Account the token was made for (-1 is allowed by the format for tokens not bound to one account). */
  readonly accountIndex: number;
  /** API key slot whose key signed the token (0 … 254). */
  readonly apiKeyIndex: number;
  /** Unix seconds. */
  readonly deadline: number;
}

const TOKEN = /^(0|[1-9][0-9]{0,18}):(-1|0|[1-9][0-9]{0,15}):(0|[1-9][0-9]{0,2}):([0-9a-f]{160})$/;

/**
 * Verify an auth token against an API public key; checks format, deadline and signature.
 *
 * @example verifyAuthToken({ token, publicKey: pkHex, nowSeconds: 1767225600 }) // { accountIndex: 1001, apiKeyIndex: 3, deadline: 1767229200 }
 * @throws {AuthTokenError} reason `malformed`, `expired` or `bad_signature` (the token itself is never echoed)
 */
export function verifyAuthToken(params: {
  token: string;
  publicKey: string | Uint8Array;
  /** Current time, Unix seconds (default: the system clock). */
  nowSeconds?: number;
  /** Reject deadlines further than this in the future (the venue allows at most 8 h). */
  maxValiditySeconds?: number;
}): VerifiedAuthToken {
  const m = typeof params.token === 'string' ? TOKEN.exec(params.token) : null;
  if (m === null) throw new AuthTokenError('malformed', 'auth token is malformed');
  const deadline = Number(m[1]);
  const accountIndex = Number(m[2]);
  const apiKeyIndex = Number(m[3]);
  if (BigInt(accountIndex) > TX_LIMITS.MAX_ACCOUNT_INDEX || BigInt(apiKeyIndex) > TX_LIMITS.MAX_API_KEY_INDEX) {
    throw new AuthTokenError('malformed', 'auth token account or api key index out of range');
  }
  const now = params.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (deadline < now) throw new AuthTokenError('expired', `auth token expired at ${deadline}`);
  if (params.maxValiditySeconds !== undefined && deadline > now + params.maxValiditySeconds) {
    throw new AuthTokenError('malformed', `auth token deadline is more than ${params.maxValiditySeconds}s ahead`);
  }
  let pk: Uint8Array;
  try {
    pk = params.publicKey instanceof Uint8Array ? params.publicKey : hexToBytes(params.publicKey, 'publicKey', 40);
  } catch {
    throw new AuthTokenError('malformed', 'public key is not 40 bytes of hex');
  }
  const message = `${m[1]}:${m[2]}:${m[3]}`;
  const ok = schnorrVerify({
    publicKey: pk,
    messageHash: authTokenMessageHash(message),
    signature: hexToBytes(m[4] as string, 'signature', 80),
  });
  if (!ok) throw new AuthTokenError('bad_signature', 'auth token signature is invalid');
  return { accountIndex, apiKeyIndex, deadline };
}
