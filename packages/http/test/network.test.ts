import { NETWORKS, customNetwork } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { isLighterInputError, LighterHttpClient } from '../src/index.js';

const networkOf = (network: ConstructorParameters<typeof LighterHttpClient>[0]['network']) =>
  new LighterHttpClient({ network }).network;

describe('networks', () => {
  it.each(Object.values(NETWORKS))('$networkId: REST host and chain id from the models table', (n) => {
    expect(networkOf(n.networkId)).toMatchObject({
      networkId: n.networkId,
      name: n.networkId,
      baseUrl: n.httpUrl,
      origin: n.httpUrl,
      chainId: n.chainId,
    });
  });

  it('mainnet and testnet stay aliases of the Lighter deployments', () => {
    expect(networkOf('mainnet')).toMatchObject({
      networkId: 'lighter-mainnet',
      baseUrl: 'https://mainnet.zklighter.elliot.ai',
      chainId: 304,
    });
    expect(networkOf('testnet')).toMatchObject({
      networkId: 'lighter-testnet',
      baseUrl: 'https://testnet.zklighter.elliot.ai',
      chainId: 300,
    });
  });

  it('takes a custom Network, keeping its identity', () => {
    const n = customNetwork({
      networkId: 'robinhood-testnet',
      httpUrl: 'http://127.0.0.1:9/',
      wsUrl: 'ws://127.0.0.1:9/stream',
      chainId: 300,
    });
    expect(networkOf(n)).toMatchObject({
      networkId: 'robinhood-testnet',
      baseUrl: 'http://127.0.0.1:9',
      origin: 'http://127.0.0.1:9',
      chainId: 300,
    });
  });

  it('a custom network needs an explicit chain id: never guessed from the URL', () => {
    const err = (() => {
      try {
        networkOf({ baseUrl: 'https://mainnet.zklighter.elliot.ai' } as unknown as {
          baseUrl: string;
          chainId: number;
        });
      } catch (e) {
        return e;
      }
    })();
    expect(isLighterInputError(err) && err.field).toBe('network.chainId');
    // The deprecated { baseUrl, chainId } form still works.
    expect(networkOf({ baseUrl: 'http://127.0.0.1:9/', chainId: 300 })).toMatchObject({
      baseUrl: 'http://127.0.0.1:9',
      origin: 'http://127.0.0.1:9',
      chainId: 300,
    });
  });

  it('rejects bad URLs and names, naming the field', () => {
    expect(() => networkOf({ baseUrl: 'ftp://x', chainId: 1 })).toThrow(/network.baseUrl/);
    expect(() => networkOf({ baseUrl: 'not a url', chainId: 1 })).toThrow(/network.baseUrl/);
    expect(() => networkOf({ httpUrl: 'http://x', wsUrl: 'http://x', chainId: 1 })).toThrow(/network.wsUrl/);
    expect(() => networkOf('devnet' as 'mainnet')).toThrow(/unknown network 'devnet'/);
  });

  it('construction is inert: no socket until the first call; close() before use is fine', async () => {
    const c = new LighterHttpClient({ network: 'robinhood-mainnet' });
    expect(c.chainId).toBe(466324);
    await c.close();
    await c.close();
  });
});
