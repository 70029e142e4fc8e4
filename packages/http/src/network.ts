/**
 * The client's `network` option: a named Lighter deployment or a custom `Network`, resolved by the
 * one network table in @lighter-ts/models (docs/protocol/networks.md#hosts-and-chain-ids).
 * A chain id is never guessed from a URL (a custom URL must come with its chain id).
 */
import { type CustomNetworkParams, type Network, type NetworkName, resolveNetwork } from '@lighter-ts/models';
import { LighterInputError } from './errors.js';

/**
 * The first release's custom network shape.
 * @deprecated pass `customNetwork({ httpUrl, wsUrl, chainId })` from @lighter-ts/models (or any `Network`).
 */
export interface CustomNetwork {
  /** REST base URL, e.g. `https://mainnet.zklighter.elliot.ai`. */
  readonly baseUrl: string;
  /** Signing chain id (304 mainnet, 300 testnet). */
  readonly chainId: number;
}
/** Network selector accepted by the client: `'lighter-mainnet'`, `'robinhood-testnet'`, `'mainnet'`, … or a `Network`. */
export type LighterNetwork = NetworkName | Network | CustomNetworkParams | CustomNetwork;

/** A resolved network: the models `Network` plus the REST base URL and origin the transport uses. */
export interface ResolvedNetwork extends Network {
  /** Same as `networkId`. */
  readonly name: string;
  /** Same as `httpUrl`. */
  readonly baseUrl: string;
  /** Origin of `baseUrl` (scheme, host, port): the rate-limit bucket key. */
  readonly origin: string;
}

function isLegacy(n: unknown): n is CustomNetwork {
  return typeof n === 'object' && n !== null && 'baseUrl' in n && !('httpUrl' in n);
}

/**
 * Resolve the network option. The deprecated `{ baseUrl, chainId }` form becomes a custom network
 * whose `wsUrl` is derived (http never uses it).
 * @example resolveHttpNetwork('robinhood-mainnet').baseUrl // 'https://api.rh.lighter.xyz'
 * @throws {LighterInputError} route 'network', field 'network', 'network.httpUrl' (or 'network.baseUrl'), 'network.chainId', naming the received value
 */
export function resolveHttpNetwork(network: LighterNetwork): ResolvedNetwork {
  const legacy = isLegacy(network);
  let resolved: Network;
  try {
    if (legacy) {
      const wsUrl =
        typeof network.baseUrl === 'string'
          ? `${network.baseUrl.replace(/^http/, 'ws').replace(/\/+$/, '')}/stream`
          : network.baseUrl;
      resolved = resolveNetwork({ httpUrl: network.baseUrl, wsUrl, chainId: network.chainId });
    } else {
      resolved = resolveNetwork(network);
    }
  } catch (e) {
    const { code, field } = (e ?? {}) as { code?: unknown; field?: unknown };
    if (code !== 'INVALID_NETWORK') throw e;
    const f = typeof field === 'string' ? field : 'network';
    const name = legacy && f === 'network.httpUrl' ? 'network.baseUrl' : f;
    throw new LighterInputError({
      route: 'network',
      field: name,
      detail: (e as Error).message.replace(`${f}: `, ''),
      cause: e,
    });
  }
  return { ...resolved, name: resolved.networkId, baseUrl: resolved.httpUrl, origin: new URL(resolved.httpUrl).origin };
}
