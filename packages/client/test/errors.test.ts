import { createSigner } from '@lighter-ts/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTradingClientError, LighterTradingClient } from '../src/index.js';
import { type Harness, startHarness } from './helpers.js';

// Errors that say what to do (issue 16 item 4), asserted verbatim: the text is the feature.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function errorOf(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as Error,
  );
}

describe('trading client errors', () => {
  it('a signer for another chain is refused at construction, naming both networks and chain ids', () => {
    const signer = createSigner({
      network: 'lighter-mainnet',
      accountIndex: h.acct.accountIndex,
      apiKeyIndex: h.acct.apiKeyIndex,
      privateKey: h.acct.privateKey,
    });
    let err: Error | undefined;
    try {
      new LighterTradingClient({
        network: h.sim.network,
        accountIndex: h.acct.accountIndex,
        apiKeyIndex: h.acct.apiKeyIndex,
        signer,
      });
    } catch (e) {
      err = e as Error;
    }
    expect(err).toMatchObject({
      name: 'NetworkMismatchError',
      code: 'NETWORK_MISMATCH',
      expected: h.sim.network.networkId,
      received: 'lighter-mainnet',
    });
    expect(err?.message).toBe(
      `signer was made for network 'lighter-mainnet' (chain id 304) but this client is on '${h.sim.network.networkId}' (chain id ${h.sim.network.chainId}); refusing to send it`,
    );
  });

  it('a 32-byte Ethereum key as API key says what was received', () => {
    expect(
      () =>
        new LighterTradingClient({
          network: h.sim.network,
          accountIndex: 1,
          apiKeyIndex: 0,
          apiPrivateKey: `0x${'ab'.repeat(32)}`,
        }),
    ).toThrow(
      'privateKey: is not a valid 40-byte API private key: got 32 bytes; an Ethereum key is 32 bytes, a Lighter API key is 40 bytes',
    );
  });

  it('a price off the tick names the value, the tick and the nearest prices; nothing is sent', async () => {
    const e = await errorOf(h.client.placeOrder({ market: 'ETH', side: 'buy', size: '0.01', price: '2000.005' }));
    expect(isTradingClientError(e)).toBe(true);
    expect(e).toMatchObject({ code: 'CLIENT_NOT_ON_INCREMENT', field: 'price', value: '2000.005' });
    expect(e.message).toBe(
      'price: 2000.005 is not a multiple of the increment 0.01 (2 decimals allowed); nearest allowed values are 2000.00 and 2000.01 (or pass a rounding mode) on ETH',
    );
    expect(await h.client.openOrders()).toEqual([]);
  });

  it('a size off the lot does the same (modify too)', async () => {
    const e = await errorOf(
      h.client.modifyOrder({ market: 'BTC', clientOrderIndex: 5, size: '0.000015', price: '50000' }),
    );
    expect(e).toMatchObject({ code: 'CLIENT_NOT_ON_INCREMENT', field: 'size', value: '0.000015' });
    expect(e.message).toContain(
      'size: 0.000015 is not a multiple of the increment 0.00001 (5 decimals allowed); nearest allowed values are 0.00001 and 0.00002',
    );
  });

  it('an unknown market symbol or id is a typed error listing the known markets', async () => {
    const e = await errorOf(h.client.placeOrder({ market: 'DOGE', side: 'buy', size: '1', price: '0.1' }));
    expect(e).toMatchObject({ code: 'CLIENT_UNKNOWN_MARKET', field: 'market', value: 'DOGE' });
    expect(e.message).toBe('market: unknown market "DOGE"; this venue lists ETH (0), BTC (1), ETH/USDC (2048)');
    await expect(h.client.cancelOrder({ market: 99, clientOrderIndex: 1 })).rejects.toMatchObject({
      code: 'CLIENT_UNKNOWN_MARKET',
      value: '99',
    });
  });

  it('malformed inputs name the field and the received value', async () => {
    await expect(
      h.client.placeOrder({ market: 'ETH', side: 'long' as 'buy', size: '0.01', price: '2000' }),
    ).rejects.toThrow(`side: expected 'buy' or 'sell', received "long"`);
    await expect(
      h.client.placeOrder({ market: 'ETH', side: 'buy', size: 0.01 as unknown as string, price: '2000' }),
    ).rejects.toThrow('size: expected a non-negative decimal string such as "2000.5", received "0.01"');
    await expect(h.client.cancelOrder({ market: 'ETH' } as never)).rejects.toThrow(
      'clientOrderIndex: give exactly one of clientOrderIndex or orderIndex',
    );
    expect(() => new LighterTradingClient({ network: h.sim.network, accountIndex: 1, apiKeyIndex: 0 })).toThrow(
      'apiPrivateKey: is required (or pass signer)',
    );
  });
});
