import { describe, expect, it } from 'vitest';
import { isLighterInputError, LighterHttpClient, resolveNetwork } from '../src/index.js';

describe('networks', () => {
  it('mainnet and testnet carry their own URLs and chain ids (docs/protocol/networks.md#hosts-and-chain-ids)', () => {
    expect(resolveNetwork('mainnet')).toMatchObject({ baseUrl: 'https://mainnet.zklighter.elliot.ai', chainId: 304 });
    expect(resolveNetwork('testnet')).toMatchObject({ baseUrl: 'https://testnet.zklighter.elliot.ai', chainId: 300 });
  });

  it('a custom network needs an explicit chain id: never guessed from the URL', () => {
    const err = (() => {
      try {
        resolveNetwork({ baseUrl: 'https://mainnet.zklighter.elliot.ai' } as unknown as { baseUrl: string; chainId: number });
      } catch (e) {
        return e;
      }
    })();
    expect(isLighterInputError(err) && err.field).toBe('network.chainId');
    expect(resolveNetwork({ baseUrl: 'http://127.0.0.1:9/', chainId: 300 })).toMatchObject({ baseUrl: 'http://127.0.0.1:9', origin: 'http://127.0.0.1:9', chainId: 300 });
  });

  it('rejects bad URLs and names', () => {
    expect(() => resolveNetwork({ baseUrl: 'ftp://x', chainId: 1 })).toThrow(/network.baseUrl/);
    expect(() => resolveNetwork({ baseUrl: 'not a url', chainId: 1 })).toThrow(/network.baseUrl/);
    expect(() => resolveNetwork('devnet' as 'mainnet')).toThrow(/unknown network/);
  });

  it('construction is inert: no socket until the first call; close() before use is fine', async () => {
    const c = new LighterHttpClient({ network: 'mainnet' });
    expect(c.chainId).toBe(304);
    await c.close();
    await c.close();
  });
});
