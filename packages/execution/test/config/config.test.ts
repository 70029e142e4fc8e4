import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resolveClientConfig, resolveExecConfig } from '../../src/config/config.js';
import { withReadonly } from '../../src/config/network.js';
import { isExecutionConfigError } from '../../src/errors.js';

const KEY = 'ab'.repeat(40);

describe('config', () => {
  it('applies NT defaults and resolves mainnet', () => {
    const c = resolveClientConfig({ config: {} });
    expect(c.network).toMatchObject({
      networkId: 'lighter-mainnet',
      name: 'lighter-mainnet',
      chainId: 304,
      httpUrl: 'https://mainnet.zklighter.elliot.ai',
      envFamily: 'lighter-mainnet',
    });
    expect(c.httpTimeoutMs).toBe(60_000);
    expect(c.wsTimeoutMs).toBe(30_000);
    expect(c.marketOrderSlippageBps).toBe(50);
    expect(c.updateInstrumentsIntervalMins).toBe(60);
    expect(c.restQuotaPerMin).toBe(60);
    expect(c.sendTxQuotaPerMin).toBe(60);
    expect(c.venue).toBe('LIGHTER');
    expect(c.accountId).toBe('LIGHTER-001');
    expect(c.credentials).toBeUndefined();
  });

  it('resolves testnet and custom URLs', () => {
    expect(resolveClientConfig({ config: { network: 'testnet' } }).network.chainId).toBe(300);
    const c = resolveClientConfig({
      config: { network: { httpUrl: 'http://127.0.0.1:1/', wsUrl: 'ws://127.0.0.1:1/stream', chainId: 300 } },
    });
    expect(c.network).toMatchObject({
      httpUrl: 'http://127.0.0.1:1',
      envFamily: 'lighter-testnet',
      networkId: 'custom:300@127.0.0.1:1',
    });
  });

  it('reads mainnet and testnet env names; config wins; blank means unset', () => {
    const env = { LIGHTER_ACCOUNT_INDEX: '7', LIGHTER_API_KEY_INDEX: '3', LIGHTER_API_SECRET: `0x${KEY}` };
    const c = resolveExecConfig({ config: {}, env });
    expect(c.credentials.accountIndex).toBe(7);
    expect(c.credentials.apiKeyIndex).toBe(3);
    expect(c.credentials.revealPrivateKey()).toBe(KEY);
    const t = resolveExecConfig({
      config: { network: 'testnet', accountIndex: 9, privateKey: '  ' },
      env: { LIGHTER_TESTNET_API_KEY_INDEX: '4', LIGHTER_TESTNET_API_SECRET: KEY, LIGHTER_TESTNET_ACCOUNT_INDEX: '1' },
    });
    expect(t.credentials.accountIndex).toBe(9);
    expect(t.credentials.apiKeyIndex).toBe(4);
  });

  it('fails fast naming every missing credential', () => {
    try {
      resolveExecConfig({ config: { network: 'testnet' }, env: {} });
      expect.unreachable();
    } catch (e) {
      expect(isExecutionConfigError(e)).toBe(true);
      const msg = (e as Error).message;
      expect(msg).toContain('LIGHTER_TESTNET_ACCOUNT_INDEX');
      expect(msg).toContain('LIGHTER_TESTNET_API_KEY_INDEX');
      expect(msg).toContain('LIGHTER_TESTNET_API_SECRET');
    }
  });

  it('rejects a malformed key without printing it', () => {
    const bad = `${'cd'.repeat(39)}zz`;
    try {
      resolveExecConfig({ config: { accountIndex: 1, apiKeyIndex: 3, privateKey: bad } });
      expect.unreachable();
    } catch (e) {
      const text = `${(e as Error).message} ${JSON.stringify(e)} ${inspect(e)}`;
      expect(text).toContain('privateKey');
      expect(text).not.toContain('cdcdcd');
    }
  });

  it('rejects api key index 255 and bad account ids', () => {
    expect(() => resolveClientConfig({ config: { apiKeyIndex: 255 } })).toThrow(/apiKeyIndex/);
    expect(() =>
      resolveExecConfig({
        config: {},
        env: { LIGHTER_API_KEY_INDEX: '255', LIGHTER_ACCOUNT_INDEX: '1', LIGHTER_API_SECRET: KEY },
      }),
    ).toThrow(/255/);
    expect(() => resolveClientConfig({ config: { accountId: 'LIGHTER001' } })).toThrow(/accountId/);
  });

  it('redacts the key in JSON, toString and inspect', () => {
    const c = resolveExecConfig({ config: { accountIndex: 1, apiKeyIndex: 3, privateKey: KEY } });
    const text = `${JSON.stringify(c)} ${String(c.credentials)} ${inspect(c, { depth: 5 })}`;
    expect(text).not.toContain('abab');
    expect(text).toContain('[REDACTED]');
  });

  it('adds readonly=true to data WS URLs keeping other params', () => {
    expect(withReadonly('wss://x.io/stream?encoding=json')).toBe('wss://x.io/stream?encoding=json&readonly=true');
  });
});
