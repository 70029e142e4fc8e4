/**
 * Read-only API tokens (docs/protocol/rest.md#read-only-tokens): `ro:{account}:{single|all}:{expiry}:{hex}`,
 * created, listed and revoked over REST with an API-key auth token, accepted wherever a read takes auth
 * (REST private reads, WS account channels), never for anything that writes.
 */
import { randomBytes } from 'node:crypto';
import type { Exchange } from './engine/exchange.js';
import { VenueError } from './errors.js';

/** At most this many live tokens per account (61003). */
export const MAX_READ_ONLY_TOKENS = 10;
const DAY_S = 86_400;
// "1 day to 10 years" (docs/protocol/rest.md#read-only-tokens); a small grace lets a caller ask for exactly one day
const MAX_LIFETIME_S = 3_660 * DAY_S;

/** One stored token. */
export interface SimReadOnlyToken {
  tokenId: number;
  token: string;
  name: string;
  accountIndex: number;
  /** Unix seconds. */
  expiry: number;
  subAccountAccess: boolean;
  scopes: string;
  revoked: boolean;
}

/** The simulator's token table. */
export class ReadOnlyTokenStore {
  readonly #byId = new Map<number, SimReadOnlyToken>();
  #nextId = 1;

  constructor(private readonly exchange: Exchange) {}

  /** Creates a token. @throws VenueError 61003 (too many), 61004 (custom scope), 61007/61008 (name), 20001 (expiry) */
  create(p: {
    accountIndex: number;
    name: string;
    expiry: number;
    subAccountAccess: boolean;
    scopes: string | undefined;
  }): SimReadOnlyToken {
    if (p.name.length === 0) throw new VenueError({ code: 61007 });
    if (p.name.length > 50) throw new VenueError({ code: 61008 });
    if (p.scopes !== undefined && p.scopes !== '' && p.scopes !== 'read.*') throw new VenueError({ code: 61004 });
    const nowS = Math.floor(this.exchange.now() / 1000);
    if (!Number.isSafeInteger(p.expiry) || p.expiry < nowS + DAY_S - 60 || p.expiry > nowS + MAX_LIFETIME_S) {
      throw new VenueError({ code: 20001, message: 'invalid param : expiry (a token lives 1 day to 10 years)' });
    }
    if (this.list(p.accountIndex).filter((t) => !t.revoked).length >= MAX_READ_ONLY_TOKENS) {
      throw new VenueError({ code: 61003 });
    }
    const access = p.subAccountAccess ? 'all' : 'single';
    const t: SimReadOnlyToken = {
      tokenId: this.#nextId++,
      token: `ro:${p.accountIndex}:${access}:${p.expiry}:${randomBytes(16).toString('hex')}`,
      name: p.name,
      accountIndex: p.accountIndex,
      expiry: p.expiry,
      subAccountAccess: p.subAccountAccess,
      scopes: 'read.*',
      revoked: false,
    };
    this.#byId.set(t.tokenId, t);
    return t;
  }

  /** Tokens of an account, oldest first. */
  list(accountIndex: number): SimReadOnlyToken[] {
    return [...this.#byId.values()].filter((t) => t.accountIndex === accountIndex);
  }

  /** Revokes a token of `accountIndex`. @throws VenueError 20001 when there is no such token */
  revoke(p: { accountIndex: number; tokenId: number }): SimReadOnlyToken {
    const t = this.#byId.get(p.tokenId);
    if (!t || t.accountIndex !== p.accountIndex)
      throw new VenueError({ code: 20001, message: 'invalid param : token_id' });
    t.revoked = true;
    return t;
  }

  /**
   * Checks a read-only token for reading `accountIndex`: a live, unexpired token of that account, or
   * with `all` access, of another account of the same L1 owner.
   * @throws VenueError 20013 invalid auth
   */
  check(token: string, accountIndex: number): void {
    const t = [...this.#byId.values()].find((x) => x.token === token);
    const nowS = Math.floor(this.exchange.now() / 1000);
    if (!t || t.revoked || t.expiry <= nowS) throw new VenueError({ code: 20013, message: 'invalid auth' });
    if (t.accountIndex === accountIndex) return;
    const owner = this.exchange.accounts.get(t.accountIndex)?.l1Address.toLowerCase();
    const target = this.exchange.accounts.get(accountIndex)?.l1Address.toLowerCase();
    if (t.subAccountAccess && owner !== undefined && owner === target) return;
    throw new VenueError({ code: 20013, message: 'invalid auth' });
  }
}

/** True for the `ro:` token form. */
export function isReadOnlyTokenText(token: string): boolean {
  return token.startsWith('ro:');
}
