/** Default collaborators of the execution client (each replaceable through options). */
import { join } from 'node:path';
import { type AuthTokenProvider, LighterHttpClient } from '@lighter-ts/http';
import type { Network } from '@lighter-ts/models';
import { createSigner } from '@lighter-ts/signing';
import type { LighterCredentials, ResolvedClientConfig } from '../config/config.js';
import { FileIdentityStore } from '../identity/file-store.js';
import type { IdentityStore } from '../identity/store.js';
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
export function defaultHttpClient(params: { config: ResolvedClientConfig; auth: AuthTokenProvider }): LighterHttpClient {
  const cfg = params.config;
  return new LighterHttpClient({
    network: cfg.network,
    headersTimeoutMs: cfg.httpTimeoutMs,
    bodyTimeoutMs: cfg.httpTimeoutMs,
    auth: params.auth,
    rateLimits: { budget: { restPerMinute: cfg.restQuotaPerMin, txPerMinute: cfg.sendTxQuotaPerMin, weighted: false } },
    ...(cfg.credentials === undefined ? {} : { rateLimitAccount: cfg.credentials.accountIndex }),
  });
}

/**
 * File-backed identity store, one file per (network, account, api key): the two testnets share chain id
 * 300, so the network id keeps their identities apart. Older stores named by chain id are not migrated.
 * @throws ExecutionError IDENTITY_STORE if an existing file is corrupt
 */
export function defaultIdentityStore(params: { config: ResolvedClientConfig; path?: string }): IdentityStore {
  const c = params.config;
  const path = params.path ?? join('.lighter-ts', `identities-${c.network.networkId.replace(/[^A-Za-z0-9.-]+/g, '_')}-${c.credentials?.accountIndex ?? 'x'}-${c.credentials?.apiKeyIndex ?? 'x'}.json`);
  return new FileIdentityStore({ path });
}
