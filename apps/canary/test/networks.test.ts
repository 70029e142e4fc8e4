import { NETWORKS } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { parseCanaryArgs } from '../src/args.js';
import { loadCredentials } from '../src/credentials.js';
import { isCanaryError } from '../src/errors.js';

const SECRET = 'cd'.repeat(40);
const run = (argv: string[], env: Record<string, string> = {}) => {
  const r = parseCanaryArgs(argv, env);
  if (r.kind !== 'run') throw new Error('expected a run');
  return r.options;
};
const usage = (fn: () => unknown): { field: string | undefined; message: string } => {
  try {
    fn();
  } catch (e) {
    if (isCanaryError(e)) return { field: e.field, message: e.message };
    throw e;
  }
  throw new Error('expected a usage error');
};

describe('canary networks', () => {
  it.each(Object.values(NETWORKS))('--network $networkId is accepted; mainnet safety follows the table', (n) => {
    const safe = ['--yes', '--max-notional', '25'];
    expect(run(['--network', n.networkId, ...safe]).network).toBe(n.networkId);
    if (n.isMainnet) {
      expect(usage(() => run(['--network', n.networkId, '--max-notional', '25']))).toMatchObject({
        field: 'yes',
        message: expect.stringContaining(`${n.networkId} holds real funds`),
      });
      expect(usage(() => run(['--network', n.networkId, '--yes']))).toMatchObject({ field: 'maxNotional' });
    } else {
      expect(run(['--network', n.networkId]).network).toBe(n.networkId);
    }
  });

  it('the aliases keep their safety: mainnet needs --yes, testnet does not', () => {
    expect(usage(() => run(['--network', 'mainnet'])).field).toBe('yes');
    expect(run(['--network', 'testnet']).network).toBe('testnet');
  });

  it('env LIGHTER_NETWORK names the target when --network is absent; the flag wins', () => {
    expect(run([], { LIGHTER_NETWORK: 'robinhood-testnet' }).network).toBe('robinhood-testnet');
    expect(run(['--network', 'sim'], { LIGHTER_NETWORK: 'robinhood-testnet' }).network).toBe('sim');
    expect(usage(() => run([], { LIGHTER_NETWORK: 'robinhood-mainnet' })).field).toBe('yes');
    expect(usage(() => run([], { LIGHTER_NETWORK: 'devnet' })).field).toBe('network');
  });

  it('--sim-network picks what the simulator impersonates, and only with --network sim', () => {
    expect(run(['--sim-network', 'robinhood-mainnet'])).toMatchObject({
      network: 'sim',
      simNetwork: 'robinhood-mainnet',
    });
    expect(usage(() => run(['--network', 'testnet', '--sim-network', 'robinhood-testnet'])).field).toBe('simNetwork');
    expect(usage(() => run(['--sim-network', 'devnet'])).field).toBe('simNetwork');
  });

  it('Robinhood Chain reads its own credential env vars, never the Lighter ones', async () => {
    const lighter = { LIGHTER_ACCOUNT_INDEX: '12', LIGHTER_API_KEY_INDEX: '3', LIGHTER_API_SECRET: SECRET };
    await expect(
      loadCredentials({ network: 'robinhood-mainnet', env: lighter, configFile: undefined }),
    ).rejects.toMatchObject({
      field: 'accountIndex',
      message: expect.stringContaining('LIGHTER_ROBINHOOD_ACCOUNT_INDEX'),
    });
    const rh = {
      LIGHTER_ROBINHOOD_TESTNET_ACCOUNT_INDEX: '7',
      LIGHTER_ROBINHOOD_TESTNET_API_KEY_INDEX: '4',
      LIGHTER_ROBINHOOD_TESTNET_API_SECRET: SECRET,
    };
    expect(await loadCredentials({ network: 'robinhood-testnet', env: rh, configFile: undefined })).toEqual({
      accountIndex: 7,
      apiKeyIndex: 4,
      apiSecret: SECRET,
    });
    await expect(
      loadCredentials({ network: 'robinhood-mainnet', env: rh, configFile: undefined }),
    ).rejects.toMatchObject({ field: 'accountIndex' });
    expect(
      (await loadCredentials({ network: 'lighter-mainnet', env: lighter, configFile: undefined })).accountIndex,
    ).toBe(12);
  });
});
