/**
 * The API key check of `connect()` (docs/protocol/transactions.md#api-keys). `nextNonce` cannot be the
 * check: it answers 0 for an empty slot and for a slot holding another key
 * (docs/protocol/transactions.md#nonces), so a client would connect, sign, and only learn at its first
 * order (21109 / 21120) that the key is wrong. `apikeys` lists what the slot really holds.
 */
import { checkApiKeySlot, type LighterHttpClient } from '@lighter-ts/http';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';

/** What the slot was found to hold when it is not this client's key. */
export type ApiKeySlotProblem = 'empty' | 'other-key';

/**
 * The account's API key slot does not hold this client's key: connect stops before anything is signed
 * or sent. Names the account, the slot and what was found (the venue's public key, never a private key).
 * @example if (isApiKeyMismatchError(e)) console.log(e.accountIndex, e.apiKeyIndex, e.found)
 * @throws never
 */
export class ApiKeyMismatchError extends ExecutionError {
  override readonly name = 'ApiKeyMismatchError';
  /** Account index whose slot was read. */
  readonly accountIndex: number;
  /** API key slot (0-254) that was read. */
  readonly apiKeyIndex: number;
  /** `empty`: no key registered in the slot; `other-key`: the slot holds a different public key. */
  readonly found: ApiKeySlotProblem;
  /** Public key the venue lists in the slot (hex, no 0x), for `other-key`; public data. */
  readonly foundPublicKeyHex: string | undefined;

  constructor(params: {
    accountIndex: number;
    apiKeyIndex: number;
    found: ApiKeySlotProblem;
    foundPublicKeyHex?: string;
  }) {
    const what =
      params.found === 'empty'
        ? 'is empty (no key registered)'
        : `holds a different public key (${params.foundPublicKeyHex ?? '?'})`;
    super({
      code: EXECUTION_ERROR_CODE.API_KEY_MISMATCH,
      message: `API key slot ${params.apiKeyIndex} of account ${params.accountIndex} ${what}, not this client's key; register the key (registerApiKey in @lighter-ts/http) or configure the right apiKeyIndex / privateKey`,
    });
    this.accountIndex = params.accountIndex;
    this.apiKeyIndex = params.apiKeyIndex;
    this.found = params.found;
    this.foundPublicKeyHex = params.foundPublicKeyHex;
  }
}

/**
 * Type guard for {@link ApiKeyMismatchError} (checks `code`, not only `instanceof`).
 * @example if (isApiKeyMismatchError(e)) await registerApiKey({ http, signer, l1Signer });
 * @throws never
 */
export function isApiKeyMismatchError(value: unknown): value is ApiKeyMismatchError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { code?: unknown }).code === EXECUTION_ERROR_CODE.API_KEY_MISMATCH
  );
}

/**
 * Reads the slot from `apikeys` and throws unless it holds `publicKeyHex`.
 * @example await assertApiKeyRegistered({ http, accountIndex: 1077, apiKeyIndex: 4, publicKeyHex: signer.publicKeyHex, signal });
 * @throws {ApiKeyMismatchError} the slot is empty or holds another key
 * @throws the http client's errors (LighterApiError, transport, AbortError) from `apikeys`
 */
export async function assertApiKeyRegistered(params: {
  http: LighterHttpClient;
  accountIndex: number;
  apiKeyIndex: number;
  publicKeyHex: string;
  signal?: AbortSignal;
}): Promise<void> {
  const slot = await checkApiKeySlot(params);
  if (slot.status === 'this-key') return;
  throw new ApiKeyMismatchError({
    accountIndex: params.accountIndex,
    apiKeyIndex: params.apiKeyIndex,
    found: slot.status,
    ...(slot.status === 'other-key' ? { foundPublicKeyHex: slot.publicKeyHex } : {}),
  });
}
