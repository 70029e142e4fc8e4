/**
 * Auth-token provider on top of @lighter-ts/signing: mints `{deadline}:{account}:{key}:{sig}`
 * tokens (docs/protocol/rest.md#authentication), caches one and renews it before expiry. The token is never logged:
 * the provider's toJSON / inspect show only the deadline.
 */
import type { Network, NetworkName } from '@lighter-ts/models';
import { createSigner } from '@lighter-ts/signing';
import { LighterInputError } from './errors.js';
import type { HttpEventListener } from './events.js';

/** The slice of a @lighter-ts/signing `Signer` the provider needs (`createSigner(...)` satisfies it). */
export interface AuthTokenSigner {
  /** Mints an auth token valid until `deadline` (unix seconds; default the signer's, 10 min). */
  createAuthToken(params: { deadline?: number }): string | Promise<string>;
  /** The network the key signs for (a @lighter-ts/signing `Signer` has it). */
  readonly networkId?: string | undefined;
  /** Chain id the key signs for (a Signer has it); with `networkId` it binds tokens to a network. */
  readonly chainId?: number | undefined;
}

/**
 * Supplies a valid auth token for private routes. A token carries no chain id on the wire, so the
 * provider carries the network it was made for and clients on another network refuse it
 * (docs/protocol/networks.md#hosts-and-chain-ids).
 */
export interface AuthTokenProvider {
  /** Network id of the signer behind the tokens (undefined: unbound, checked by chain id at most). */
  readonly networkId?: string | undefined;
  /** Chain id of that signer; used only when `networkId` is absent (both testnets share 300). */
  readonly chainId?: number | undefined;
  /** A valid auth token: cached, renewed before it expires. @throws AbortedError when `signal` fires */
  getToken(signal?: AbortSignal): Promise<string>;
  /** Drop the cached token (e.g. after a venue auth error). */
  invalidate(): void;
}

/** API key material; the provider builds the signer with @lighter-ts/signing `createSigner`. */
export interface AuthTokenKey {
  /** The network the key is registered on, e.g. `'robinhood-mainnet'`. */
  readonly network?: NetworkName | Network;
  /** @deprecated pass `network` (a chain id cannot tell the two testnets apart). */
  readonly chainId?: number;
  /** Account the key belongs to (master or sub-account index). */
  readonly accountIndex: number;
  /** API key slot the key is registered in, 0..254. */
  readonly apiKeyIndex: number;
  /** 40-byte API private key, hex. Held only inside the signer closure; never logged. */
  readonly privateKey: string;
}

/** Options of {@link createAuthTokenProvider}: a signer, or the key material to build one. */
export interface AuthTokenProviderOptions {
  /** A signer from `createSigner({ chainId, accountIndex, apiKeyIndex, privateKey })`. */
  readonly signer?: AuthTokenSigner;
  /** Or the key material (then `createSigner` is called for you). */
  readonly key?: AuthTokenKey;
  /** Token lifetime (default 3 600 s; venue maximum 8 h, docs/protocol/rest.md#authentication). */
  readonly ttlSeconds?: number;
  /** Renew when fewer than this many seconds remain (default 60, as CCXT). */
  readonly refreshBeforeSeconds?: number;
  /** Clock in ms, for tests. */
  readonly now?: () => number;
  /** Told `authRefresh` each time a token is minted. */
  readonly onEvent?: HttpEventListener;
}

/** Venue maximum token validity: 8 hours (docs/protocol/rest.md#authentication). */
export const MAX_AUTH_TOKEN_TTL_SECONDS = 8 * 3600;

/**
 * Create a caching, self-renewing auth-token provider.
 * @example
 * const signer = createSigner({ network: 'robinhood-mainnet', accountIndex, apiKeyIndex, privateKey });
 * const auth = createAuthTokenProvider({ signer });
 * const client = new LighterHttpClient({ network: 'robinhood-mainnet', auth });
 * @example const auth = createAuthTokenProvider({ key: { network: 'robinhood-testnet', accountIndex, apiKeyIndex, privateKey } });
 * @throws {LighterInputError} field 'signer' (neither signer nor key), 'ttlSeconds' / 'refreshBeforeSeconds' when out of range
 * @throws {SigningInputError} from @lighter-ts/signing when the key material is invalid
 */
export function createAuthTokenProvider(options: AuthTokenProviderOptions): AuthTokenProvider {
  const signer: AuthTokenSigner | undefined =
    options.signer ?? (options.key ? createSigner({ ...options.key }) : undefined);
  if (!signer)
    throw new LighterInputError({
      route: 'auth',
      field: 'signer',
      detail: 'pass { signer } or { key: { network, accountIndex, apiKeyIndex, privateKey } }',
    });
  const ttl = options.ttlSeconds ?? 3600;
  const margin = options.refreshBeforeSeconds ?? 60;
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > MAX_AUTH_TOKEN_TTL_SECONDS) {
    throw new LighterInputError({
      route: 'auth',
      field: 'ttlSeconds',
      detail: `must be an integer in [60, ${MAX_AUTH_TOKEN_TTL_SECONDS}]`,
    });
  }
  if (!Number.isInteger(margin) || margin < 0 || margin >= ttl) {
    throw new LighterInputError({
      route: 'auth',
      field: 'refreshBeforeSeconds',
      detail: 'must be an integer in [0, ttlSeconds)',
    });
  }
  const now = options.now ?? Date.now;
  let cached: { token: string; deadline: number } | undefined;
  let inflight: Promise<string> | undefined;
  const provider: AuthTokenProvider & { toJSON(): unknown } = {
    networkId: signer.networkId,
    chainId: signer.chainId,
    async getToken(signal?: AbortSignal): Promise<string> {
      signal?.throwIfAborted();
      const nowS = Math.floor(now() / 1000);
      if (cached && cached.deadline - margin > nowS) return cached.token;
      if (!inflight) {
        const deadline = nowS + ttl;
        inflight = Promise.resolve()
          .then(() => signer.createAuthToken({ deadline }))
          .then((token) => {
            cached = { token, deadline };
            options.onEvent?.({ type: 'authRefresh', deadline });
            return token;
          })
          .finally(() => {
            inflight = undefined;
          });
      }
      return inflight;
    },
    invalidate() {
      cached = undefined;
    },
    toJSON() {
      return {
        networkId: signer.networkId ?? null,
        deadline: cached?.deadline ?? null,
        token: cached ? '[redacted]' : null,
      };
    },
  };
  Object.defineProperty(provider, Symbol.for('nodejs.util.inspect.custom'), {
    value: () => `AuthTokenProvider(deadline=${cached?.deadline ?? 'none'})`,
    enumerable: false,
  });
  return provider;
}
