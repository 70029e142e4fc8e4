/**
 * Turning a network option into a {@link Network}, and checking that a signed tx or an auth token
 * belongs to it. One implementation for every layer: http, streaming, execution and the canary all
 * take `network: NetworkName | Network` and call {@link resolveNetwork}.
 * A chain id is never inferred from a URL and a network never from a chain id (both testnets use 300;
 * docs/protocol/networks.md#hosts-and-chain-ids).
 */
import { LighterModelsError } from '../errors.js';
import { NetworkMismatchError, type NetworkBoundKind } from '../network-mismatch.js';
import {
  type CollateralAsset,
  NETWORK_ALIASES,
  NETWORKS,
  type Network,
  type NetworkId,
  type NetworkName,
  USDC,
} from './networks.js';

/** Parameters of {@link customNetwork}. Everything not given is taken from the named network with the same `networkId`, else from the defaults listed. */
export interface CustomNetworkParams {
  /** REST origin (http or https); a trailing slash is dropped. */
  readonly httpUrl: string;
  /** WebSocket URL (ws or wss), usually ending in `/stream`. */
  readonly wsUrl: string;
  /** L2 chain id the venue verifies signatures with. Required: never derived from the URL. */
  readonly chainId: number;
  /**
   * Identity the signed txs and auth tokens are bound to. Default `custom:<chainId>@<http host>`.
   * Pass a named id (e.g. `robinhood-testnet`) to move a named network to other hosts; its chain id must match.
   */
  readonly networkId?: string;
  /**
   * Human name for messages. Default: `<named name> (custom hosts)` for a named id, else `custom network
   * <networkId>`.
   */
  readonly displayName?: string;
  /** Chain id of the L1 it settles on. Default: the named network's, else `undefined`. */
  readonly l1ChainId?: number | undefined;
  /** Bridge contract on the L1. Default: the named network's, else `undefined`. */
  readonly l1Contract?: string | undefined;
  /** Default: the named network's collateral, else USDC (asset 3, 6 decimals). */
  readonly collateral?: CollateralAsset;
  /** Default: the named network's flag, else false. */
  readonly isMainnet?: boolean;
}

function invalid(field: string, message: string, cause?: unknown): LighterModelsError {
  return new LighterModelsError({ code: 'INVALID_NETWORK', field, message: `${field}: ${message}`, cause });
}

function checkUrl(field: string, value: unknown, protocols: readonly string[]): URL {
  if (typeof value !== 'string') throw invalid(field, `expected a URL string, received ${typeof value}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw invalid(field, `not a valid URL: '${value}'`, cause);
  }
  if (!protocols.includes(url.protocol))
    throw invalid(field, `expected ${protocols.join(' or ')} URL, received '${value}'`);
  return url;
}

/**
 * Is `value` a known network name (a `networkId` of {@link NETWORKS} or an alias)?
 *
 * @example isNetworkName('robinhood-mainnet') // true
 * @throws never
 */
export function isNetworkName(value: unknown): value is NetworkName {
  return typeof value === 'string' && (Object.hasOwn(NETWORKS, value) || Object.hasOwn(NETWORK_ALIASES, value));
}

/**
 * Build a validated custom network: a simulator, a self-hosted gateway, or a named network on other hosts.
 *
 * @example
 * const sim = customNetwork({ httpUrl: 'http://127.0.0.1:8080', wsUrl: 'ws://127.0.0.1:8080/stream', chainId: 300 });
 * sim.networkId; // 'custom:300@127.0.0.1:8080'
 * @example customNetwork({ ...NETWORKS['lighter-testnet'], httpUrl: 'https://api.testnet.lighter.xyz', wsUrl: 'wss://api.testnet.lighter.xyz/stream' })
 * @throws {LighterModelsError} code `INVALID_NETWORK`, field `network.httpUrl`, `network.wsUrl`, `network.chainId` or `network.networkId`, naming the received value
 */
export function customNetwork(params: CustomNetworkParams): Network {
  if (params === null || typeof params !== 'object') throw invalid('network', 'expected { httpUrl, wsUrl, chainId }');
  const http = checkUrl('network.httpUrl', params.httpUrl, ['http:', 'https:']);
  checkUrl('network.wsUrl', params.wsUrl, ['ws:', 'wss:']);
  const { chainId } = params;
  if (typeof chainId !== 'number' || !Number.isSafeInteger(chainId) || chainId <= 0) {
    throw invalid(
      'network.chainId',
      `must be a positive integer (it is never inferred from the URL), received ${String(chainId)}`,
    );
  }
  const networkId = params.networkId ?? `custom:${chainId}@${http.host}`;
  if (typeof networkId !== 'string' || networkId.length === 0)
    throw invalid('network.networkId', `must be a non-empty string, received ${String(networkId)}`);
  const named: Network | undefined = Object.hasOwn(NETWORKS, networkId) ? NETWORKS[networkId as NetworkId] : undefined;
  if (named && named.chainId !== chainId) {
    throw invalid(
      'network.chainId',
      `network '${networkId}' signs with chain id ${named.chainId}, received ${chainId}`,
    );
  }
  // Not an inference: a known venue host only verifies its own chain id, so any other one would sign txs it
  // answers with 21120 "invalid signature" (docs/protocol/networks.md#hosts-and-chain-ids).
  const served = (Object.values(NETWORKS) as Network[]).find((n) => new URL(n.httpUrl).host === http.host);
  if (served && served.chainId !== chainId) {
    throw invalid(
      'network.chainId',
      `${http.host} serves '${served.networkId}', which verifies chain id ${served.chainId}; received ${chainId} (use network '${served.networkId}')`,
    );
  }
  return Object.freeze({
    networkId,
    displayName: params.displayName ?? (named ? `${named.displayName} (custom hosts)` : `custom network ${networkId}`),
    httpUrl: http.href.replace(/\/+$/, ''),
    wsUrl: params.wsUrl,
    chainId,
    l1ChainId: 'l1ChainId' in params ? params.l1ChainId : named?.l1ChainId,
    l1Contract: 'l1Contract' in params ? params.l1Contract : named?.l1Contract,
    collateral: params.collateral ?? named?.collateral ?? USDC,
    isMainnet: params.isMainnet ?? named?.isMainnet ?? false,
  });
}

/**
 * Resolve the `network` option every client takes: a name (`lighter-mainnet`, `lighter-testnet`,
 * `robinhood-mainnet`, `robinhood-testnet`, or the aliases `mainnet` / `testnet`) or a {@link Network}
 * object (validated as by {@link customNetwork}; its `networkId` is kept).
 *
 * @example resolveNetwork('robinhood-mainnet').chainId // 466324
 * @example resolveNetwork('testnet').networkId // 'lighter-testnet'
 * @throws {LighterModelsError} code `INVALID_NETWORK` naming the field (`network`, `network.httpUrl`, …) and the received value
 */
export function resolveNetwork(network: NetworkName | Network | CustomNetworkParams): Network {
  if (typeof network === 'string') {
    if (Object.hasOwn(NETWORK_ALIASES, network))
      return NETWORKS[NETWORK_ALIASES[network as keyof typeof NETWORK_ALIASES]];
    if (Object.hasOwn(NETWORKS, network)) return NETWORKS[network as NetworkId];
    throw invalid(
      'network',
      `unknown network '${network}' (use one of ${Object.keys(NETWORKS).join(', ')}, mainnet, testnet, or customNetwork({ httpUrl, wsUrl, chainId }))`,
    );
  }
  if (network === null || typeof network !== 'object')
    throw invalid('network', `expected a network name or { httpUrl, wsUrl, chainId }, received ${String(network)}`);
  return customNetwork(network);
}

/** What a signed tx, an auth token or a signer says about its network (either field may be unknown). */
export interface NetworkBinding {
  /** `networkId` of the network the item was made for; `undefined` when the item does not say. */
  readonly networkId?: string | undefined;
  /** L2 chain id the item was signed with; `undefined` when the item does not say. */
  readonly chainId?: number | undefined;
}

/**
 * Refuse to send an item made for another network: the network ids must match when the item has one,
 * and the chain ids when it has one. Items that carry neither (a raw `{ txType, txInfo }`) pass.
 *
 * @example assertSameNetwork({ network: client.network, item: signedTx, kind: 'signed tx' })
 * @throws {NetworkMismatchError} naming both networks and chain ids
 */
export function assertSameNetwork(params: { network: Network; item: NetworkBinding; kind: NetworkBoundKind }): void {
  const { network, item } = params;
  const idDiffers = item.networkId !== undefined && item.networkId !== network.networkId;
  const chainDiffers = item.chainId !== undefined && item.chainId !== network.chainId;
  if (!idDiffers && !chainDiffers) return;
  throw new NetworkMismatchError({
    kind: params.kind,
    expected: network.networkId,
    expectedChainId: network.chainId,
    received: item.networkId ?? `chain ${item.chainId}`,
    receivedChainId: item.chainId,
  });
}
