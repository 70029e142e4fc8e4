/** Default collaborators of the execution client (each replaceable through options). */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type AuthTokenProvider, LighterHttpClient } from '@lighter-ts/http';
import type { Network } from '@lighter-ts/models';
import { createSigner } from '@lighter-ts/signing';
import type { LighterCredentials, ResolvedClientConfig } from '../config/config.js';
import { FileIdentityStore } from '../identity/file-store.js';
import type { ExecSigner } from './contracts.js';

/**
 * Signer from @lighter-ts/signing bound to the resolved credentials.
 * @throws SigningInputError (from signing) if the key is not a valid API key
 */
export function defaultSigner(params: { network: Network; credentials: LighterCredentials }): ExecSigner {
  return createSigner({
    network: params.network,
    accountIndex: params.credentials.accountIndex,
    apiKeyIndex: params.credentials.apiKeyIndex,
    privateKey: params.credentials.revealPrivateKey(),
  });
}

/**
 * HTTP client for the resolved network with quotas from config.
 * @throws never
 */
export function defaultHttpClient(params: {
  config: ResolvedClientConfig;
  auth: AuthTokenProvider;
}): LighterHttpClient {
  const cfg = params.config;
  return new LighterHttpClient({
    network: cfg.network,
    headersTimeoutMs: cfg.httpTimeoutMs,
    bodyTimeoutMs: cfg.httpTimeoutMs,
    auth: params.auth,
    maxTxBatchSize: cfg.maxTxBatchSize,
    rateLimits: { budget: { restPerMinute: cfg.restQuotaPerMin, txPerMinute: cfg.sendTxQuotaPerMin, weighted: false } },
    ...(cfg.credentials === undefined ? {} : { rateLimitAccount: cfg.credentials.accountIndex }),
  });
}

/**
 * Where the identity journal lives when no path is given: the per-user state directory, never the
 * working directory (a journal that follows `cwd` is silently a different one after a restart from
 * elsewhere). `$XDG_STATE_HOME/lighter-ts` or `~/.local/state/lighter-ts` on Linux and other Unixes,
 * `~/Library/Application Support/lighter-ts` on macOS, `%LOCALAPPDATA%\\lighter-ts` on Windows; one
 * file per (network, account, api key): `identities-<network id>-<account>-<apiKey>.jsonl` (the network id,
 * not the chain id: the two testnets share chain id 300, so their identities must stay apart).
 * @example defaultIdentityStorePath({ networkId: 'lighter-testnet', accountIndex: 12, apiKeyIndex: 3, env: process.env })
 * // '~/.local/state/lighter-ts/identities-lighter-testnet-12-3.jsonl' (home directory expanded)
 * @throws never
 */
export function defaultIdentityStorePath(params: {
  networkId: string;
  accountIndex: number;
  apiKeyIndex: number;
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  home?: string;
}): string {
  const env = params.env ?? {};
  const platform = params.platform ?? process.platform;
  const home = params.home ?? homedir();
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : env.XDG_STATE_HOME?.startsWith('/')
          ? env.XDG_STATE_HOME
          : join(home, '.local', 'state');
  return join(
    base,
    'lighter-ts',
    `identities-${params.networkId.replace(/[^A-Za-z0-9.-]+/g, '_')}-${params.accountIndex}-${params.apiKeyIndex}.jsonl`,
  );
}

/**
 * File-backed identity store (append-only journal), at `path` or {@link defaultIdentityStorePath}.
Older stores named by chain id are not migrated.
 * @throws ExecutionError IDENTITY_STORE if an existing file is corrupt
 */
export function defaultIdentityStore(params: {
  config: ResolvedClientConfig;
  path?: string;
  env?: Record<string, string | undefined>;
}): FileIdentityStore {
  const c = params.config;
  const path =
    params.path ??
    defaultIdentityStorePath({
      networkId: c.network.networkId,
      accountIndex: c.credentials?.accountIndex ?? 0,
      apiKeyIndex: c.credentials?.apiKeyIndex ?? 0,
      ...(params.env === undefined ? {} : { env: params.env }),
    });
  return new FileIdentityStore({ path });
}
