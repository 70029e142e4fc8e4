/**
 * An auth provider over a read-only API token (docs/protocol/rest.md#read-only-tokens): private REST reads
 * work with it and nothing else needs a private key. The token is a secret: it never appears in
 * `toJSON()`, `toString()` or inspect output.
 */
import { isReadOnlyToken, type Network, type NetworkName, readOnlyTokenInfo, resolveNetwork } from '@lighter-ts/models';
import type { AuthTokenProvider } from './auth.js';
import { LighterInputError } from './errors.js';

/** An {@link AuthTokenProvider} that also says which account its read-only token reads. */
export interface ReadOnlyAuth extends AuthTokenProvider {
  /** Account the token reads (from the token's `ro:{account}:...` text). */
  readonly accountIndex: number;
  /** `single`: only that account; `all`: its sub-accounts too. */
  readonly access: 'single' | 'all';
  /** Unix seconds. */
  readonly expiry: number;
}

/**
 * Wrap a read-only token for `LighterHttpClient({ auth })` (and as a WS `auth` source: it has `getToken()`).
 * A token carries no network, so the caller names it; clients on another network refuse the provider.
 *
 * @example const auth = readOnlyTokenAuth({ token: process.env.LIGHTER_RO_TOKEN!, network: 'lighter-mainnet' });
 * @throws {LighterInputError} field `token` when it is not of the `ro:` form (the token is not echoed), `network` when unknown
 */
export function readOnlyTokenAuth(params: { token: string; network: NetworkName | Network }): ReadOnlyAuth {
  if (!isReadOnlyToken(params.token)) {
    throw new LighterInputError({
      route: 'auth',
      field: 'token',
      detail: 'must be a read-only token ro:{account_index}:{single|all}:{expiry}:{hex}',
    });
  }
  let network: Network;
  try {
    network = resolveNetwork(params.network);
  } catch (cause) {
    throw new LighterInputError({ route: 'auth', field: 'network', detail: 'unknown network', cause });
  }
  const info = readOnlyTokenInfo(params.token);
  const token = params.token;
  const shown = `ReadOnlyAuth(account=${info.accountIndex}, access=${info.access}, expiry=${info.expiry}, token=[REDACTED])`;
  return {
    networkId: network.networkId,
    chainId: network.chainId,
    accountIndex: info.accountIndex,
    access: info.access,
    expiry: info.expiry,
    getToken: () => Promise.resolve(token),
    // nothing to renew: a read-only token lives until its expiry or revocation
    invalidate: () => {},
    toJSON: () => ({ accountIndex: info.accountIndex, access: info.access, expiry: info.expiry, token: '[REDACTED]' }),
    toString: () => shown,
    [Symbol.for('nodejs.util.inspect.custom')]: () => shown,
  } as ReadOnlyAuth;
}
