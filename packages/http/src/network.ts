/**
 * Networks: the caller names one explicitly and it decides the base URL and the L2 chain id.
 * A chain id is never guessed from a URL (a custom URL must come with its chain id).
 */
import { LighterInputError } from './errors.js';

/** Official REST hosts and L2 chain ids (docs/protocol/networks.md#hosts-and-chain-ids). */
export const LIGHTER_NETWORKS = {
  mainnet: { baseUrl: 'https://mainnet.zklighter.elliot.ai', chainId: 304 },
  testnet: { baseUrl: 'https://testnet.zklighter.elliot.ai', chainId: 300 },
} as const;

/** A custom network: simulator or self-hosted gateway. Both fields are required. */
export interface CustomNetwork {
  readonly baseUrl: string;
  readonly chainId: number;
}
/** Network selector accepted by the client and every route. */
export type LighterNetwork = keyof typeof LIGHTER_NETWORKS | CustomNetwork;

/** A resolved network: normalised origin (no trailing slash) and chain id. */
export interface ResolvedNetwork {
  readonly name: 'mainnet' | 'testnet' | 'custom';
  readonly baseUrl: string;
  readonly origin: string;
  readonly chainId: number;
}

/**
 * Resolve a network option into base URL + chain id, validating a custom one.
 * @example resolveNetwork('testnet').chainId // 300
 * @example resolveNetwork({ baseUrl: sim.httpUrl, chainId: sim.chainId })
 * @throws {LighterInputError} field 'network' (unknown name), 'network.baseUrl' (not http(s)) or 'network.chainId'
 */
export function resolveNetwork(network: LighterNetwork): ResolvedNetwork {
  if (typeof network === 'string') {
    const known = (LIGHTER_NETWORKS as Record<string, { baseUrl: string; chainId: number } | undefined>)[network];
    if (!known) throw new LighterInputError({ route: 'network', field: 'network', detail: `unknown network '${network}' (use 'mainnet', 'testnet' or { baseUrl, chainId })` });
    return { name: network as 'mainnet' | 'testnet', baseUrl: known.baseUrl, origin: new URL(known.baseUrl).origin, chainId: known.chainId };
  }
  if (network === null || typeof network !== 'object') {
    throw new LighterInputError({ route: 'network', field: 'network', detail: 'expected a network name or { baseUrl, chainId }' });
  }
  let url: URL;
  try {
    url = new URL(network.baseUrl);
  } catch (cause) {
    throw new LighterInputError({ route: 'network', field: 'network.baseUrl', detail: 'not a valid URL', cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new LighterInputError({ route: 'network', field: 'network.baseUrl', detail: `unsupported protocol ${url.protocol}` });
  }
  if (!Number.isSafeInteger(network.chainId) || network.chainId <= 0) {
    throw new LighterInputError({ route: 'network', field: 'network.chainId', detail: 'must be a positive integer (it is never inferred from the URL)' });
  }
  const baseUrl = url.href.replace(/\/+$/, '');
  return { name: 'custom', baseUrl, origin: url.origin, chainId: network.chainId };
}
