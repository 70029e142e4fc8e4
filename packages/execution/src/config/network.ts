/** Network presets and the resolved network shape. docs/protocol/networks.md#hosts-and-chain-ids */

/** Lighter networks with fixed endpoints and chain ids. */
export const LIGHTER_NETWORKS = {
  mainnet: {
    name: 'mainnet',
    httpUrl: 'https://mainnet.zklighter.elliot.ai',
    wsUrl: 'wss://mainnet.zklighter.elliot.ai/stream',
    chainId: 304,
  },
  testnet: {
    name: 'testnet',
    httpUrl: 'https://testnet.zklighter.elliot.ai',
    wsUrl: 'wss://testnet.zklighter.elliot.ai/stream',
    chainId: 300,
  },
} as const;

/** Which family of env var names a network reads credentials from (parity §1.2). */
export type CredentialEnvFamily = 'mainnet' | 'testnet';

/** A fully resolved network: URLs, chain id and the env var family for credentials. */
export interface ResolvedNetwork {
  readonly name: string;
  readonly httpUrl: string;
  readonly wsUrl: string;
  readonly chainId: number;
  readonly envFamily: CredentialEnvFamily;
}

/** Env var names per family (parity §1.2, NT `credential.rs`). */
export const CREDENTIAL_ENV_VARS = {
  mainnet: {
    accountIndex: 'LIGHTER_ACCOUNT_INDEX',
    apiKeyIndex: 'LIGHTER_API_KEY_INDEX',
    privateKey: 'LIGHTER_API_SECRET',
  },
  testnet: {
    accountIndex: 'LIGHTER_TESTNET_ACCOUNT_INDEX',
    apiKeyIndex: 'LIGHTER_TESTNET_API_KEY_INDEX',
    privateKey: 'LIGHTER_TESTNET_API_SECRET',
  },
} as const;

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
