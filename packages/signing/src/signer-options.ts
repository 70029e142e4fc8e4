// Validation of createSigner's options that needs more than a range check: which network the signer binds
// to (name, custom Network or a bare chain id) and why a private key was refused (described by shape only).
import { NETWORK_ALIASES, NETWORK_NAMES, NETWORKS, type Network, type NetworkId } from '@lighter-ts/models/constants';
import { SigningInputError, isSigningInputError } from './errors.js';
import type { CreateSignerOptions } from './signer-types.js';
import { checkChainId } from './tx/registry.js';

/**
 * The network of a signer: from `network` (checked against a `chainId` given too), or none (chain id only).
 * Names are looked up in the models table; a `Network` object is taken as is, checking only what signing
 * uses (id and chain id), so the signer bundle does not carry URL validation.
 */
export function signerNetwork(o: CreateSignerOptions): Network | undefined {
  const n = o.network;
  if (n === undefined) {
    if (o.chainId === undefined)
      throw new SigningInputError(
        'network',
        "is required (e.g. 'lighter-mainnet', 'robinhood-mainnet' or a custom Network)",
      );
    checkKnownChainId(o.chainId);
    return undefined;
  }
  let network: Network;
  if (typeof n === 'string') {
    const id = Object.hasOwn(NETWORK_ALIASES, n) ? NETWORK_ALIASES[n as keyof typeof NETWORK_ALIASES] : n;
    if (!Object.hasOwn(NETWORKS, id))
      throw new SigningInputError(
        'network',
        `unknown network '${n}' (use one of ${NETWORK_NAMES.join(', ')} or a Network)`,
      );
    network = NETWORKS[id as NetworkId];
  } else {
    if (n === null || typeof n !== 'object')
      throw new SigningInputError('network', 'must be a network name or a Network');
    if (typeof n.networkId !== 'string' || n.networkId === '')
      throw new SigningInputError('network.networkId', 'must be a non-empty string');
    checkChainId(n.chainId, 'network.chainId');
    const named: Network | undefined = Object.hasOwn(NETWORKS, n.networkId)
      ? NETWORKS[n.networkId as NetworkId]
      : undefined;
    if (named && named.chainId !== n.chainId) {
      throw new SigningInputError(
        'network.chainId',
        `network '${n.networkId}' signs with chain id ${named.chainId}, received ${n.chainId}`,
      );
    }
    network = n;
  }
  if (o.chainId !== undefined && Number(checkChainId(o.chainId)) !== network.chainId) {
    throw new SigningInputError(
      'chainId',
      `${String(o.chainId)} contradicts network '${network.networkId}' (chain id ${network.chainId})`,
    );
  }
  return network;
}

/**
 * A bare chain id (the deprecated form) must be one a Lighter deployment signs with: any other value
 * (an Ethereum chain id such as 1, a typo) would sign happily and come back from the venue as
 * `21120 invalid signature` with no hint (docs/protocol/networks.md#hosts-and-chain-ids). A deployment
 * with its own chain id (a simulator) is described by a custom `network`, which carries it explicitly.
 */
function checkKnownChainId(chainId: unknown): void {
  const id = Number(checkChainId(chainId));
  const networks = Object.values(NETWORKS) as Network[];
  if (networks.some((n) => n.chainId === id)) return;
  const known = [...new Set(networks.map((n) => n.chainId))]
    .map(
      (c) =>
        `${c} (${networks
          .filter((n) => n.chainId === c)
          .map((n) => n.networkId)
          .join(', ')})`,
    )
    .join(', ');
  throw new SigningInputError(
    'chainId',
    `${id} is not the chain id of any Lighter network; known: ${known}. For another deployment pass network: customNetwork({ httpUrl, wsUrl, chainId })`,
  );
}

/**
 * What was wrong with a rejected private key, described by its shape only (never its digits): the most
 * common mistake is an Ethereum key (32 bytes) where the 40-byte Lighter API key belongs
 * (docs/protocol/signing.md#keys).
 */
export function describeKeyShape(key: unknown): string {
  if (typeof key === 'bigint') return 'got a bigint outside [1, n)';
  if (typeof key !== 'string') return `got ${key === null ? 'null' : typeof key}`;
  const body = key.startsWith('0x') || key.startsWith('0X') ? key.slice(2) : key;
  if (!/^[0-9a-fA-F]*$/.test(body)) return `got ${body.length} characters that are not all hex digits`;
  if (body.length % 2 !== 0) return `got an odd number of hex digits (${body.length})`;
  const bytes = body.length / 2;
  if (bytes === 40) return 'got 40 bytes that reduce to zero mod n';
  return `got ${bytes} bytes; an Ethereum key is 32 bytes, a Lighter API key is 40 bytes`;
}

/** Rethrow a key-parsing failure as a SigningInputError on `privateKey` that names the key's shape, never its digits. */
export function wrapKeyError(e: unknown, key: unknown): never {
  if (isSigningInputError(e))
    throw new SigningInputError('privateKey', `is not a valid 40-byte API private key: ${describeKeyShape(key)}`);
  throw e;
}
