/**
 * What a `LighterTradingClient` is built from: network, account, API key and its private key (or a signer),
 * tx lifetime, nonce source and clock. One job: the constructor's options and the check of the key option.
 */
import type { Network, NetworkName } from '@lighter-ts/models';
import type { Signer } from '@lighter-ts/signing';
import { inputError, TRADING_CLIENT_ERROR_CODE, TradingClientError } from './errors.js';
import type { NonceSource } from './nonces.js';

/** Options of {@link LighterTradingClient}. */
export interface LighterTradingClientOptions {
  /** `'lighter-mainnet'`, `'lighter-testnet'`, `'robinhood-mainnet'`, `'robinhood-testnet'` (aliases `'mainnet'`/`'testnet'`) or a models `Network` (`customNetwork(...)`, a simulator's `sim.network`). */
  readonly network: NetworkName | Network;
  /** Venue account index that trades (the account's `index`). */
  readonly accountIndex: number;
  /** API key slot (0 … 254; 0-3 are reserved for Lighter's own apps) whose private key signs. */
  readonly apiKeyIndex: number;
  /** The 40-byte API private key as hex. Give this or `signer`. */
  readonly apiPrivateKey?: string;
  /** A signer from @lighter-ts/signing; it must be for `network`, `accountIndex` and `apiKeyIndex`. */
  readonly signer?: Signer;
  /** Lifetime of each signed tx (`ExpiredAt` = now + this). Default 60 000 ms; the venue allows up to 10 min (docs/protocol/signing.md#transaction-hashes). */
  readonly txTtlMs?: number;
  /** Where the next nonce comes from. Default: the venue's `nextNonce`. */
  readonly nonceSource?: NonceSource;
  /** Clock (Unix ms) for expiries and default client order indexes. Default Date.now. */
  readonly now?: () => number;
}

/** The API private key option, refused when missing or not a string (its value is never echoed). */
export function requireKey(key: unknown): string {
  if (key === undefined) throw inputError('apiPrivateKey', 'is required (or pass signer)');
  if (typeof key !== 'string')
    throw new TradingClientError({
      code: TRADING_CLIENT_ERROR_CODE.INPUT,
      field: 'apiPrivateKey',
      message: `apiPrivateKey: expected a hex string, received ${typeof key}`,
    });
  return key;
}
