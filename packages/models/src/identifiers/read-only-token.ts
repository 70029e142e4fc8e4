// Read-only API tokens, `ro:{account_index}:{single|all}:{expiry_s}:{random_hex}` (docs/protocol/rest.md#read-only-tokens):
// they authorize reads (REST private reads, WS account channels) and never sign anything.
import { LighterModelsError, MODELS_ERROR_CODE } from '../errors.js';

/** What a read-only token says about itself (the secret part is not kept). */
export interface ReadOnlyTokenInfo {
  /** Index of the account the token reads. */
  readonly accountIndex: number;
  /** `all`: the owner's sub-accounts too; `single`: this account only. */
  readonly access: 'single' | 'all';
  /** Expiry, Unix seconds. */
  readonly expiry: number;
}

const RO_TOKEN = /^ro:(\d{1,15}):(single|all):(\d{1,12}):([0-9a-fA-F]+)$/;

/**
 * True when `value` has the read-only token form (cheap; no checks beyond the shape).
 *
 * @example isReadOnlyToken('ro:1001:single:1893456000:ab12') // true
 * @throws never
 */
export function isReadOnlyToken(value: unknown): boolean {
  return typeof value === 'string' && RO_TOKEN.test(value);
}

/**
 * Parse a read-only token's public parts. The error never repeats the token (it is a secret).
 *
 * @example readOnlyTokenInfo('ro:1001:all:1893456000:ab12').accountIndex // 1001
 * @throws {LighterModelsError} code INVALID_IDENTIFIER, field `readOnlyToken`, when the form does not match
 */
export function readOnlyTokenInfo(token: string): ReadOnlyTokenInfo {
  const m = typeof token === 'string' ? RO_TOKEN.exec(token) : null;
  if (!m) {
    const shown =
      typeof token === 'string'
        ? `a string of ${token.length} characters${token.startsWith('ro:') ? '' : " not starting with 'ro:'"}`
        : typeof token;
    throw new LighterModelsError({
      code: MODELS_ERROR_CODE.INVALID_IDENTIFIER,
      field: 'readOnlyToken',
      message: `readOnlyToken: expected ro:{account_index}:{single|all}:{expiry}:{hex}, received ${shown}`,
    });
  }
  return { accountIndex: Number(m[1]), access: m[2] as 'single' | 'all', expiry: Number(m[3]) };
}
