import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  NETWORK,
  NETWORK_NAMES,
  NETWORKS,
  NetworkMismatchError,
  assertSameNetwork,
  customNetwork,
  isLighterModelsError,
  isNetworkMismatchError,
  isNetworkName,
  resolveNetwork,
} from '../../src/index.js';

// docs/protocol/networks.md#hosts-and-chain-ids: one row per deployment.
const TABLE = [
  [
    'lighter-mainnet',
    'https://mainnet.zklighter.elliot.ai',
    'wss://mainnet.zklighter.elliot.ai/stream',
    304,
    1,
    '0x3B4D794a66304F130a4Db8F2551B0070dfCf5ca7',
    'USDC',
    true,
  ],
  [
    'lighter-testnet',
    'https://testnet.zklighter.elliot.ai',
    'wss://testnet.zklighter.elliot.ai/stream',
    300,
    undefined,
    undefined,
    'USDC',
    false,
  ],
  [
    'robinhood-mainnet',
    'https://api.rh.lighter.xyz',
    'wss://api.rh.lighter.xyz/stream',
    466324,
    4663,
    '0x94bAB9693Ba2f6358507eFfcbd372b0660AFfF9d',
    'USDG',
    true,
  ],
  [
    'robinhood-testnet',
    'https://api.rh-testnet.lighter.xyz',
    'wss://api.rh-testnet.lighter.xyz/stream',
    300,
    46630,
    undefined,
    'USDG',
    false,
  ],
] as const;

describe('network table', () => {
  it.each(TABLE)(
    '%s: hosts, chain ids, contract, collateral',
    (id, http, ws, chainId, l1ChainId, l1Contract, symbol, isMainnet) => {
      const n = resolveNetwork(id);
      expect(n).toBe(NETWORKS[id]);
      expect(n).toMatchObject({ networkId: id, httpUrl: http, wsUrl: ws, chainId, l1ChainId, l1Contract, isMainnet });
      expect(n.collateral).toEqual({ symbol, assetIndex: 3, decimals: 6 });
      expect(isNetworkName(id)).toBe(true);
    },
  );

  it('has exactly the four deployments, each with its own networkId', () => {
    expect(Object.keys(NETWORKS)).toEqual(TABLE.map((r) => r[0]));
    expect(new Set(Object.values(NETWORKS).map((n) => n.networkId)).size).toBe(4);
    expect(NETWORK_NAMES).toEqual([
      'lighter-mainnet',
      'lighter-testnet',
      'robinhood-mainnet',
      'robinhood-testnet',
      'mainnet',
      'testnet',
    ]);
  });

  it('keeps mainnet / testnet as aliases of the Lighter deployments', () => {
    expect(resolveNetwork('mainnet')).toBe(NETWORKS['lighter-mainnet']);
    expect(resolveNetwork('testnet')).toBe(NETWORKS['lighter-testnet']);
    expect(NETWORK.mainnet.httpUrl).toBe('https://mainnet.zklighter.elliot.ai');
  });

  it('rejects an unknown name, naming it', () => {
    expect(() => resolveNetwork('robinhood' as never)).toThrow(/unknown network 'robinhood'/);
    expect(isNetworkName('robinhood')).toBe(false);
    expect(isNetworkName('toString')).toBe(false);
    try {
      resolveNetwork('devnet' as never);
    } catch (e) {
      expect(isLighterModelsError(e) && e.code === 'INVALID_NETWORK' && e.field === 'network').toBe(true);
    }
  });

  it('the table is reachable from the zod-free constants entry', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    for (const f of ['networks.ts', 'network-resolve.ts', 'index.ts']) {
      expect(readFileSync(join(here, '../../src/constants', f), 'utf8')).not.toMatch(/from 'zod'/);
    }
    expect(readFileSync(join(here, '../../src/network-mismatch.ts'), 'utf8')).not.toMatch(/from 'zod'/);
    expect(readFileSync(join(here, '../../src/errors.ts'), 'utf8')).not.toMatch(/from 'zod'/);
  });
});

describe('customNetwork', () => {
  const sim = { httpUrl: 'http://127.0.0.1:8080/', wsUrl: 'ws://127.0.0.1:8080/stream', chainId: 300 };

  it('derives a stable id from chain id and host; nothing else from the URL', () => {
    const n = customNetwork(sim);
    expect(n).toMatchObject({
      networkId: 'custom:300@127.0.0.1:8080',
      httpUrl: 'http://127.0.0.1:8080',
      chainId: 300,
      isMainnet: false,
      l1Contract: undefined,
    });
    expect(n.collateral.symbol).toBe('USDC');
    expect(customNetwork(sim).networkId).toBe(n.networkId);
    expect(resolveNetwork(sim)).toEqual(n);
  });

  it('moves a named network to other hosts, keeping its identity and facts', () => {
    const n = customNetwork({ ...sim, networkId: 'robinhood-testnet' });
    expect(n).toMatchObject({
      networkId: 'robinhood-testnet',
      chainId: 300,
      l1ChainId: 46630,
      isMainnet: false,
      httpUrl: 'http://127.0.0.1:8080',
    });
    expect(n.collateral.symbol).toBe('USDG');
    expect(customNetwork({ ...NETWORKS['robinhood-mainnet'], httpUrl: 'http://127.0.0.1:1' }).isMainnet).toBe(true);
  });

  it.each([
    [{ ...sim, httpUrl: 'ftp://x' }, 'network.httpUrl', /ftp:\/\/x/],
    [{ ...sim, httpUrl: 'not a url' }, 'network.httpUrl', /not a url/],
    [{ ...sim, wsUrl: 'http://127.0.0.1/stream' }, 'network.wsUrl', /http:\/\/127/],
    [{ ...sim, chainId: 0 }, 'network.chainId', /received 0/],
    [{ ...sim, chainId: undefined as unknown as number }, 'network.chainId', /never inferred/],
    [
      { ...sim, networkId: 'lighter-mainnet' },
      'network.chainId',
      /'lighter-mainnet' signs with chain id 304, received 300/,
    ],
    [{ ...sim, networkId: '' }, 'network.networkId', /non-empty/],
    [
      {
        httpUrl: 'https://mainnet.zklighter.elliot.ai',
        wsUrl: 'wss://mainnet.zklighter.elliot.ai/stream',
        chainId: 300,
      },
      'network.chainId',
      /^network\.chainId: mainnet\.zklighter\.elliot\.ai serves 'lighter-mainnet', which verifies chain id 304; received 300 \(use network 'lighter-mainnet'\)$/,
    ],
  ])('rejects %o with field %s', (params, field, message) => {
    let caught: unknown;
    try {
      customNetwork(params);
    } catch (e) {
      caught = e;
    }
    expect(isLighterModelsError(caught)).toBe(true);
    expect((caught as { field: string }).field).toBe(field);
    expect((caught as Error).message).toMatch(message);
  });
});

describe('assertSameNetwork', () => {
  it('passes items of the same network and items that carry nothing', () => {
    for (const n of Object.values(NETWORKS)) {
      expect(() =>
        assertSameNetwork({ network: n, item: { networkId: n.networkId, chainId: n.chainId }, kind: 'signed tx' }),
      ).not.toThrow();
    }
    expect(() =>
      assertSameNetwork({ network: NETWORKS['lighter-mainnet'], item: {}, kind: 'signed tx' }),
    ).not.toThrow();
  });

  it('refuses the other testnet although both sign with chain id 300, naming both', () => {
    let caught: unknown;
    try {
      assertSameNetwork({
        network: NETWORKS['robinhood-testnet'],
        item: { networkId: 'lighter-testnet', chainId: 300 },
        kind: 'auth token',
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(NetworkMismatchError);
    expect(isNetworkMismatchError(caught)).toBe(true);
    expect(isLighterModelsError(caught)).toBe(true);
    const e = caught as NetworkMismatchError;
    expect(e).toMatchObject({
      code: 'NETWORK_MISMATCH',
      kind: 'auth token',
      expected: 'robinhood-testnet',
      received: 'lighter-testnet',
      expectedChainId: 300,
    });
    expect(e.message).toMatch(
      /auth token was made for network 'lighter-testnet' \(chain id 300\) but this client is on 'robinhood-testnet'/,
    );
    expect(isNetworkMismatchError({ ...e.toJSON() })).toBe(true);
  });

  it('refuses a chain id mismatch when the item carries only a chain id', () => {
    expect(() =>
      assertSameNetwork({ network: NETWORKS['robinhood-mainnet'], item: { chainId: 304 }, kind: 'signer' }),
    ).toThrow(
      /signer was made for network 'chain 304' \(chain id 304\) but this client is on 'robinhood-mainnet' \(chain id 466324\)/,
    );
  });
});
