/**
 * Auth token checks for private REST routes and WS channels (docs/protocol/rest.md#authentication): token
 * `{deadline}:{account}:{api_key}:{sig}` for the requested account, not expired, at most 8 h
 * ahead, signed by the account's registered key (verified with @lighter-ts/signing).
 */
import type { Exchange } from './engine/exchange.js';
import { VenueError } from './errors.js';
import { LIMITS } from './protocol.js';
import { isReadOnlyTokenText, type ReadOnlyTokenStore } from './read-only-tokens.js';
import type { SigningBackend } from './tx/signing-backend.js';

/**
 * Checks a token for `accountIndex`; throws VenueError (20001 malformed/expired/foreign, 21120 bad signature,
 * 20013 a read-only token where an API-key token is needed or one that is revoked/expired/foreign).
 * `keyOnly`: routes that change something (token management) take API-key tokens only.
 */
export type AuthChecker = (token: string | undefined, accountIndex: number, options?: { keyOnly?: boolean }) => void;

/**
 * Builds the checker.
 * @example const check = createAuthChecker({ exchange, signing }); check(token, 1001);
 * @throws never itself; the returned function throws VenueError
 */
export function createAuthChecker(p: {
  exchange: Exchange;
  signing: SigningBackend;
  readOnlyTokens?: ReadOnlyTokenStore;
}): AuthChecker {
  const { exchange, signing } = p;
  return (token, accountIndex, options) => {
    if (!token) throw new VenueError({ code: 20001, message: 'invalid param : auth field is required' });
    if (isReadOnlyTokenText(token)) {
      // docs/protocol/rest.md#read-only-tokens: read-only tokens read; they never authorize a change
      if (options?.keyOnly || !p.readOnlyTokens) throw new VenueError({ code: 20013, message: 'invalid auth' });
      p.readOnlyTokens.check(token, accountIndex);
      return;
    }
    const parts = token.split(':');
    if (parts.length !== 4 || !parts.slice(0, 3).every((p) => /^\d+$/.test(p))) {
      throw new VenueError({ code: 20001, message: 'invalid param : auth' });
    }
    const [deadline, acct, key] = parts.slice(0, 3).map(Number) as [number, number, number];
    if (acct !== accountIndex) throw new VenueError({ code: 20001, message: 'invalid param : auth account mismatch' });
    const nowS = Math.floor(exchange.now() / 1000);
    if (deadline <= nowS || deadline > nowS + LIMITS.MAX_AUTH_TOKEN_SECONDS + 60) {
      throw new VenueError({ code: 20001, message: 'invalid param : auth expired' });
    }
    const a = exchange.accounts.get(acct);
    if (!a) throw new VenueError({ code: 21100 });
    const k = a.apiKeys.get(key);
    if (!k) throw new VenueError({ code: 21109 });
    try {
      signing.verifyAuthToken({ token, publicKey: k.publicKey, nowSeconds: nowS });
    } catch (cause) {
      throw new VenueError({ code: 21120, cause });
    }
  };
}
