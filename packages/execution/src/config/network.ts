/**
 * The network of a client config and the env var names its credentials are read from.
 * The deployments themselves live in the models network table (docs/protocol/networks.md#hosts-and-chain-ids).
 */
import type { Network, NetworkId } from '@lighter-ts/models';

/** Which family of env var names a network reads credentials from: one per deployment, never shared. */
export type CredentialEnvFamily = NetworkId;

/** The network of a resolved client config: the models `Network` plus the env var family for credentials (http's `ResolvedNetwork` is another shape: it adds the REST `baseUrl` and `origin`). */
export interface ResolvedClientNetwork extends Network {
  /** Same as `networkId`. */
  readonly name: string;
  /** Which deployment's env var names ({@link CREDENTIAL_ENV_VARS}) supply missing credentials. */
  readonly envFamily: CredentialEnvFamily;
}

/**
 * Env var names per deployment. The Lighter names follow NautilusTrader (docs/protocol/nautilus.md#parity-checklist, NT
 * `credential.rs`); the Robinhood Chain ones add `ROBINHOOD`, because an API key must never be reused
 * across deployments (tokens carry no chain id; docs/protocol/networks.md#hosts-and-chain-ids).
 *
 * @example CREDENTIAL_ENV_VARS['robinhood-mainnet'].privateKey // 'LIGHTER_ROBINHOOD_API_SECRET'
 * @throws never (a constant)
 */
export const CREDENTIAL_ENV_VARS = {
  /** Env vars read for Lighter mainnet credentials. */
  'lighter-mainnet': {
    /** Env var holding the venue account index. */
    accountIndex: 'LIGHTER_ACCOUNT_INDEX',
    /** Env var holding the API key slot (0 … 254). */
    apiKeyIndex: 'LIGHTER_API_KEY_INDEX',
    /** Env var holding the API private key (hex; never logged). */
    privateKey: 'LIGHTER_API_SECRET',
  },
  /** Env vars read for Lighter testnet credentials. */
  'lighter-testnet': {
    /** Env var holding the venue account index. */
    accountIndex: 'LIGHTER_TESTNET_ACCOUNT_INDEX',
    /** Env var holding the API key slot (0 … 254). */
    apiKeyIndex: 'LIGHTER_TESTNET_API_KEY_INDEX',
    /** Env var holding the API private key (hex; never logged). */
    privateKey: 'LIGHTER_TESTNET_API_SECRET',
  },
  /** Env vars read for Robinhood Chain mainnet credentials. */
  'robinhood-mainnet': {
    /** Env var holding the venue account index. */
    accountIndex: 'LIGHTER_ROBINHOOD_ACCOUNT_INDEX',
    /** Env var holding the API key slot (0 … 254). */
    apiKeyIndex: 'LIGHTER_ROBINHOOD_API_KEY_INDEX',
    /** Env var holding the API private key (hex; never logged). */
    privateKey: 'LIGHTER_ROBINHOOD_API_SECRET',
  },
  /** Env vars read for Robinhood Chain testnet credentials. */
  'robinhood-testnet': {
    /** Env var holding the venue account index. */
    accountIndex: 'LIGHTER_ROBINHOOD_TESTNET_ACCOUNT_INDEX',
    /** Env var holding the API key slot (0 … 254). */
    apiKeyIndex: 'LIGHTER_ROBINHOOD_TESTNET_API_KEY_INDEX',
    /** Env var holding the API private key (hex; never logged). */
    privateKey: 'LIGHTER_ROBINHOOD_TESTNET_API_SECRET',
  },
} as const satisfies Record<CredentialEnvFamily, { accountIndex: string; apiKeyIndex: string; privateKey: string }>;

/** Env var that names the network when the config does not (`lighter-mainnet`, `robinhood-testnet`, …). */
export const NETWORK_ENV_VAR = 'LIGHTER_NETWORK';

/**
 * Adds `readonly=true` to a WS URL, keeping other query params (parity C4: data WS is read-only).
 * @example withReadonly('wss://x/stream') // 'wss://x/stream?readonly=true'
 * @throws TypeError if the URL is malformed
 */
export function withReadonly(wsUrl: string): string {
  const url = new URL(wsUrl);
  url.searchParams.set('readonly', 'true');
  return url.toString();
}
