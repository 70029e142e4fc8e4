import { NETWORKS, customNetwork } from '@lighter-ts/models/constants';
import { describe, expect, it } from 'vitest';
import { createSigner, isSigningInputError } from '../src/index.js';

const KEY = '0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728';
const ORDER = {
  marketIndex: 0,
  clientOrderIndex: 1,
  baseAmount: 1000,
  price: 50000,
  isAsk: false,
  orderType: 0,
  timeInForce: 1,
  orderExpiry: 1767225600000,
  nonce: 7,
  expiredAt: 1767225600000,
} as const;

describe('a signer is bound to one network', () => {
  it.each(Object.values(NETWORKS))('$networkId: chain id from the table, network id on every signed tx', (network) => {
    const signer = createSigner({
      network: network.networkId,
      accountIndex: 1001,
      apiKeyIndex: 3,
      privateKey: KEY,
      nonceK: () => 5n,
    });
    expect(signer.chainId).toBe(network.chainId);
    expect(signer.networkId).toBe(network.networkId);
    expect(signer.network).toBe(network);
    const tx = signer.signCreateOrder(ORDER);
    expect(tx.networkId).toBe(network.networkId);
    expect(tx.chainId).toBe(network.chainId);
    expect(JSON.stringify(signer)).toContain(`"networkId":"${network.networkId}"`);
    expect(String(signer)).toContain(`network=${network.networkId}`);
  });

  it('the two testnets sign byte-identical txs; only the network id differs (why binding by chain id is not enough)', () => {
    const a = createSigner({
      network: 'lighter-testnet',
      accountIndex: 1001,
      apiKeyIndex: 3,
      privateKey: KEY,
      nonceK: () => 5n,
    }).signCreateOrder(ORDER);
    const b = createSigner({
      network: 'robinhood-testnet',
      accountIndex: 1001,
      apiKeyIndex: 3,
      privateKey: KEY,
      nonceK: () => 5n,
    }).signCreateOrder(ORDER);
    expect(a.txInfo).toBe(b.txInfo);
    expect([a.networkId, b.networkId]).toEqual(['lighter-testnet', 'robinhood-testnet']);
  });

  it('mainnet and robinhood-mainnet hash differently (chain id is in the hash)', () => {
    const a = createSigner({
      network: 'mainnet',
      accountIndex: 1,
      apiKeyIndex: 3,
      privateKey: KEY,
      nonceK: () => 5n,
    }).signCreateOrder(ORDER);
    const b = createSigner({
      network: 'robinhood-mainnet',
      accountIndex: 1,
      apiKeyIndex: 3,
      privateKey: KEY,
      nonceK: () => 5n,
    }).signCreateOrder(ORDER);
    expect(a.networkId).toBe('lighter-mainnet');
    expect(a.txHash).not.toBe(b.txHash);
  });

  it('accepts a custom network object', () => {
    const sim = customNetwork({
      httpUrl: 'http://127.0.0.1:9',
      wsUrl: 'ws://127.0.0.1:9/stream',
      chainId: 300,
      networkId: 'robinhood-testnet',
    });
    const signer = createSigner({ network: sim, accountIndex: 1, apiKeyIndex: 3, privateKey: KEY });
    expect(signer.networkId).toBe('robinhood-testnet');
    expect(signer.chainId).toBe(300);
  });

  it('a signer from a chain id alone (deprecated) is unbound: its txs carry only the chain id', () => {
    const tx = createSigner({ chainId: 300, accountIndex: 1, apiKeyIndex: 3, privateKey: KEY }).signCreateOrder(ORDER);
    expect(tx.networkId).toBeUndefined();
    expect(tx.chainId).toBe(300);
  });

  it.each([
    [{ network: 'devnet' }, 'network', /unknown network 'devnet'/],
    [
      { network: 'robinhood-mainnet', chainId: 304 },
      'chainId',
      /304 contradicts network 'robinhood-mainnet' \(chain id 466324\)/,
    ],
    [{}, 'network', /is required/],
    [
      { network: { networkId: 'custom:x', httpUrl: 'http://x', wsUrl: 'ws://x', chainId: -1 } },
      'network.chainId',
      /network.chainId/,
    ],
    [
      { network: { networkId: 'robinhood-mainnet', httpUrl: 'http://x', wsUrl: 'ws://x', chainId: 300 } },
      'network.chainId',
      /'robinhood-mainnet' signs with chain id 466324, received 300/,
    ],
    [{ network: { httpUrl: 'http://x', wsUrl: 'ws://x', chainId: 300 } }, 'network.networkId', /non-empty string/],
  ])('rejects %o on field %s', (opts, field, message) => {
    let caught: unknown;
    try {
      createSigner({ accountIndex: 1, apiKeyIndex: 3, privateKey: KEY, ...(opts as object) });
    } catch (e) {
      caught = e;
    }
    expect(isSigningInputError(caught)).toBe(true);
    expect((caught as { field: string }).field).toBe(field);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toMatch(/(network(\.chainId)?): \1:/);
  });
});
