/**
 * API key slots (docs/protocol/transactions.md#api-keys): what a slot holds, read from `apikeys`, and
 * registering a key with ChangePubKey. Slots 0-3 belong to Lighter's own apps and registering over an
 * occupied slot revokes whatever app used it, so both are guarded here. `nextNonce` is no key check: it
 * answers 0 for an empty slot and for an account that does not exist (docs/protocol/transactions.md#nonces).
 */
import { API_KEY_INDEX } from '@lighter-ts/models';
import { type L1SignerInput, type Signer, withL1Signature } from '@lighter-ts/signing';
import type { LighterHttpClient } from '../client.js';
import { LighterInputError } from '../errors.js';

const ROUTE = 'registerApiKey';
/** A never-registered slot lists its public key as 80 zeros (docs/protocol/transactions.md#api-keys). */
const EMPTY_KEY = /^(0x)?0*$/;

/** What `apikeys` says about one slot. */
export type ApiKeySlotState =
  | {
      /** No key registered: the slot lists 80 zeros as its public key. */
      readonly status: 'empty';
      /** The slot, 0..254. */
      readonly apiKeyIndex: number;
    }
  | {
      /** The slot holds the signer's own public key. */
      readonly status: 'this-key';
      /** The slot, 0..254. */
      readonly apiKeyIndex: number;
      /** The slot's next nonce as `apikeys` reported it, when it did. */
      readonly nonce: number | undefined;
    }
  | {
      /** The slot holds a different public key (registering would replace it). */
      readonly status: 'other-key';
      /** The slot, 0..254. */
      readonly apiKeyIndex: number;
      /** That other key's public key, hex (80 digits). */
      readonly publicKeyHex: string;
    };

function norm(hex: string): string {
  return hex.toLowerCase().replace(/^0x/, '');
}

/**
 * Read one slot from `apikeys` and compare it with a public key.
 *
 * @example const s = await checkApiKeySlot({ http, accountIndex: 1077, apiKeyIndex: 4, publicKeyHex: signer.publicKeyHex });
 * @throws {LighterApiError | NetworkError | TimeoutError | AbortedError} from the `apikeys` call
 */
export async function checkApiKeySlot(params: {
  http: LighterHttpClient;
  accountIndex: number;
  apiKeyIndex: number;
  publicKeyHex: string;
  signal?: AbortSignal;
}): Promise<ApiKeySlotState> {
  const res = await params.http.apiKeys(
    { accountIndex: params.accountIndex, apiKeyIndex: params.apiKeyIndex },
    params.signal === undefined ? {} : { signal: params.signal },
  );
  const row = res.api_keys.find((k) => k.api_key_index === params.apiKeyIndex);
  const apiKeyIndex = params.apiKeyIndex;
  if (!row || EMPTY_KEY.test(row.public_key)) return { status: 'empty', apiKeyIndex };
  if (norm(row.public_key) === norm(params.publicKeyHex))
    return { status: 'this-key', apiKeyIndex, nonce: row.nonce ?? undefined };
  return { status: 'other-key', apiKeyIndex, publicKeyHex: norm(row.public_key) };
}

/** Parameters of {@link registerApiKey}. */
export interface RegisterApiKeyParams {
  /** Client the ChangePubKey tx and the slot lookup go through. */
  readonly http: LighterHttpClient;
  /** Signer of the NEW key, bound to the account and the slot to fill: ChangePubKey is signed by the key it registers. */
  readonly signer: Signer;
  /** The account owner's Ethereum signer (viem account, wallet client, anything with `signMessage`) or hex key. */
  readonly l1Signer: L1SignerInput;
  /** Allow slots 0-3, which Lighter's own apps use. Default false. */
  readonly force?: boolean;
  /** Called with each warning (also returned in `warnings`); messages carry no secrets. */
  readonly onWarning?: (message: string) => void;
  /** Aborts the lookup and the send. */
  readonly signal?: AbortSignal;
}

/** Outcome of {@link registerApiKey}. */
export interface RegisterApiKeyResult {
  /** `already-registered`: the slot holds this key; nothing was sent. */
  readonly status: 'registered' | 'already-registered';
  /** The slot, 0..254 (the signer's). */
  readonly apiKeyIndex: number;
  /** Hash of the ChangePubKey tx; undefined when nothing was sent. */
  readonly txHash: string | undefined;
  /** The public key this registration replaced, when the slot held another one. */
  readonly replacedPublicKeyHex: string | undefined;
  /** Warnings raised on the way (reserved slot, replaced key); no secrets. */
  readonly warnings: readonly string[];
}

/**
 * Register the signer's key in its slot with an L1-signed ChangePubKey, after reading the slot from `apikeys`.
 * Refuses slots 0-3 unless `force`; warns when the slot holds another key (registering revokes the app using it);
 * sends nothing when the slot already holds this key.
 *
 * @example
 * const signer = createSigner({ network: 'lighter-mainnet', accountIndex, apiKeyIndex: 4, privateKey: newKey });
 * const r = await registerApiKey({ http, signer, l1Signer: privateKeyToAccount(ethKey), onWarning: console.warn });
 * @throws {LighterInputError} field `apiKeyIndex` for a reserved slot without `force`
 * @throws {LighterApiError | TxSendError | NetworkError | TimeoutError | AbortedError} from the REST calls
 * @throws {SigningInputError} (signing) when the L1 signer answers a malformed signature
 */
export async function registerApiKey(params: RegisterApiKeyParams): Promise<RegisterApiKeyResult> {
  const { http, signer, signal } = params;
  const apiKeyIndex = signer.apiKeyIndex;
  if (apiKeyIndex < API_KEY_INDEX.FIRST_UNRESERVED && params.force !== true) {
    throw new LighterInputError({
      route: ROUTE,
      field: 'apiKeyIndex',
      detail: `slot ${apiKeyIndex} is reserved for Lighter's own apps (0-${API_KEY_INDEX.FIRST_UNRESERVED - 1}); use ${API_KEY_INDEX.FIRST_UNRESERVED}-${API_KEY_INDEX.MAX}, or pass force: true to replace the app's key`,
    });
  }
  const opts = signal === undefined ? {} : { signal };
  const slot = await checkApiKeySlot({
    http,
    accountIndex: signer.accountIndex,
    apiKeyIndex,
    publicKeyHex: signer.publicKeyHex,
    ...opts,
  });
  if (slot.status === 'this-key')
    return {
      status: 'already-registered',
      apiKeyIndex,
      txHash: undefined,
      replacedPublicKeyHex: undefined,
      warnings: [],
    };
  const warnings: string[] = [];
  if (slot.status === 'other-key') {
    const w = `API key slot ${apiKeyIndex} of account ${signer.accountIndex} holds another key; registering revokes it, and any app using that slot stops working`;
    warnings.push(w);
    params.onWarning?.(w);
  }
  // the venue takes ChangePubKey at the slot's own counter; an empty slot answers 0 (docs/protocol/transactions.md#nonces)
  const { nonce } = await http.nextNonce({ accountIndex: signer.accountIndex, apiKeyIndex }, opts);
  const signed = await withL1Signature({
    signed: signer.signChangePubKey({ nonce }),
    l1Signer: params.l1Signer,
    ...opts,
  });
  const sent = await http.sendTx(signed, opts);
  return {
    status: 'registered',
    apiKeyIndex,
    txHash: sent.tx_hash ?? signed.txHash,
    replacedPublicKeyHex: slot.status === 'other-key' ? slot.publicKeyHex : undefined,
    warnings,
  };
}
