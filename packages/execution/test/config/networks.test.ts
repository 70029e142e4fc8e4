import { NETWORKS, NetworkMismatchError } from '@lighter-ts/models';
import { LighterHttpClient } from '@lighter-ts/http';
import { createSigner } from '@lighter-ts/signing';
import { LighterWsClient } from '@lighter-ts/streaming';
import { describe, expect, it } from 'vitest';
import { resolveClientConfig, resolveExecConfig } from '../../src/config/config.js';
import { CREDENTIAL_ENV_VARS } from '../../src/config/network.js';
import { isExecutionConfigError } from '../../src/errors.js';
import { LighterExecutionClient } from '../../src/index.js';

const KEY = 'ab'.repeat(40);

describe('every Lighter network in the config', () => {
  it.each(Object.values(NETWORKS))('$networkId: by name, with its own credential env vars', (n) => {
    const names = CREDENTIAL_ENV_VARS[n.networkId];
    const env = { [names.accountIndex]: '11', [names.apiKeyIndex]: '4', [names.privateKey]: KEY };
    const c = resolveExecConfig({ config: { network: n.networkId }, env });
    expect(c.network).toMatchObject({
      networkId: n.networkId,
      chainId: n.chainId,
      httpUrl: n.httpUrl,
      wsUrl: n.wsUrl,
      envFamily: n.networkId,
    });
    expect(c.network.collateral.symbol).toBe(n.collateral.symbol);
    expect(c.credentials.accountIndex).toBe(11);
    // Credentials of one deployment are never read for another (a key must not be reused across them).
    const other = Object.values(NETWORKS).find((o) => o.networkId !== n.networkId);
    expect(() => resolveExecConfig({ config: { network: other?.networkId }, env })).toThrow(/missing credentials/);
  });

  it('env LIGHTER_NETWORK picks the network when the config names none; the config wins', () => {
    expect(resolveClientConfig({ config: {}, env: { LIGHTER_NETWORK: 'robinhood-testnet' } }).network.networkId).toBe(
      'robinhood-testnet',
    );
    expect(
      resolveClientConfig({ config: { network: 'mainnet' }, env: { LIGHTER_NETWORK: 'robinhood-testnet' } }).network
        .networkId,
    ).toBe('lighter-mainnet');
    expect(resolveClientConfig({ config: {}, env: { LIGHTER_NETWORK: ' ' } }).network.networkId).toBe(
      'lighter-mainnet',
    );
    let caught: unknown;
    try {
      resolveClientConfig({ config: {}, env: { LIGHTER_NETWORK: 'robinhood' } });
    } catch (e) {
      caught = e;
    }
    expect(isExecutionConfigError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/LIGHTER_NETWORK must be one of lighter-mainnet, .*received 'robinhood'/);
  });

  it('a custom network keeps a named identity and reads that deployment credentials', () => {
    const c = resolveClientConfig({
      config: {
        network: {
          networkId: 'robinhood-testnet',
          httpUrl: 'http://127.0.0.1:1',
          wsUrl: 'ws://127.0.0.1:1/stream',
          chainId: 300,
        },
      },
    });
    expect(c.network).toMatchObject({
      networkId: 'robinhood-testnet',
      envFamily: 'robinhood-testnet',
      httpUrl: 'http://127.0.0.1:1',
    });
    expect(c.network.collateral.symbol).toBe('USDG');
    expect(() =>
      resolveClientConfig({
        config: {
          network: {
            networkId: 'robinhood-mainnet',
            httpUrl: 'http://127.0.0.1:1',
            wsUrl: 'ws://127.0.0.1:1/stream',
            chainId: 300,
          },
        },
      }),
    ).toThrow(/'robinhood-mainnet' signs with chain id 466324, received 300/);
  });

  it('the execution client refuses a signer of another network at construction, naming both', () => {
    const env = {
      LIGHTER_TESTNET_ACCOUNT_INDEX: '11',
      LIGHTER_TESTNET_API_KEY_INDEX: '4',
      LIGHTER_TESTNET_API_SECRET: KEY,
    };
    const signer = createSigner({ network: 'robinhood-testnet', accountIndex: 11, apiKeyIndex: 4, privateKey: KEY });
    let caught: unknown;
    try {
      new LighterExecutionClient({ config: { network: 'lighter-testnet' }, env, signer });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(NetworkMismatchError);
    expect(caught).toMatchObject({
      kind: 'signer',
      expected: 'lighter-testnet',
      received: 'robinhood-testnet',
      expectedChainId: 300,
      receivedChainId: 300,
    });
    const mainnetSigner = createSigner({ chainId: 304, accountIndex: 11, apiKeyIndex: 4, privateKey: KEY });
    expect(
      () =>
        new LighterExecutionClient({
          config: { network: 'robinhood-mainnet', accountIndex: 11, apiKeyIndex: 4, privateKey: KEY },
          signer: mainnetSigner,
        }),
    ).toThrow(
      /signer was made for network 'chain 304' \(chain id 304\) but this client is on 'robinhood-mainnet' \(chain id 466324\)/,
    );
  });

  it('injected http and ws clients must be on the configured network', async () => {
    const config = { network: 'lighter-testnet' as const, accountIndex: 11, apiKeyIndex: 4, privateKey: KEY };
    const http = new LighterHttpClient({ network: 'robinhood-testnet' });
    const ws = new LighterWsClient({ network: 'robinhood-testnet' });
    try {
      expect(() => new LighterExecutionClient({ config, http })).toThrow(
        /client was made for network 'robinhood-testnet' \(chain id 300\) but this client is on 'lighter-testnet'/,
      );
      expect(() => new LighterExecutionClient({ config, ws })).toThrow(
        /client was made for network 'robinhood-testnet'/,
      );
    } finally {
      await http.close();
      await ws.close();
    }
  });
});
