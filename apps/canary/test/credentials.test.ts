import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCredentials } from '../src/credentials.js';

const SECRET = 'cd'.repeat(40);
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function file(content: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'canary-cred-'));
  dirs.push(d);
  const f = join(d, 'c.json');
  await writeFile(f, content);
  return f;
}

describe('loadCredentials', () => {
  it('reads env', async () => {
    const c = await loadCredentials({
      network: 'mainnet',
      env: { LIGHTER_ACCOUNT_INDEX: '12', LIGHTER_API_KEY_INDEX: '3', LIGHTER_API_SECRET: SECRET },
      configFile: undefined,
    });
    expect(c).toEqual({ accountIndex: 12, apiKeyIndex: 3, apiSecret: SECRET });
  });

  it('accepts the LIGHTER_TESTNET_* names on testnet only', async () => {
    const env = {
      LIGHTER_TESTNET_ACCOUNT_INDEX: '5',
      LIGHTER_TESTNET_API_KEY_INDEX: '2',
      LIGHTER_TESTNET_API_SECRET: SECRET,
    };
    expect((await loadCredentials({ network: 'testnet', env, configFile: undefined })).accountIndex).toBe(5);
    await expect(loadCredentials({ network: 'mainnet', env, configFile: undefined })).rejects.toMatchObject({
      field: 'accountIndex',
    });
  });

  it('config file beats env', async () => {
    const f = await file(JSON.stringify({ accountIndex: 7, apiKeyIndex: 4, apiSecret: SECRET }));
    const c = await loadCredentials({ network: 'mainnet', env: { LIGHTER_ACCOUNT_INDEX: '1' }, configFile: f });
    expect(c.accountIndex).toBe(7);
  });

  it('names the bad field and never echoes the secret', async () => {
    const bad = await file(`{"apiSecret": "${SECRET}", oops}`);
    const e1 = await loadCredentials({ network: 'mainnet', env: {}, configFile: bad }).catch((e: unknown) => e);
    expect(String((e1 as Error).message)).not.toContain(SECRET);
    expect(e1).toMatchObject({ code: 'CANARY_CONFIG', field: 'config' });
    const e2 = await loadCredentials({
      network: 'mainnet',
      env: { LIGHTER_ACCOUNT_INDEX: '1', LIGHTER_API_KEY_INDEX: '1', LIGHTER_API_SECRET: 'not-hex-secret' },
      configFile: undefined,
    }).catch((e: unknown) => e);
    expect(e2).toMatchObject({ field: 'apiSecret' });
    expect(String((e2 as Error).message)).not.toContain('not-hex-secret');
    await expect(
      loadCredentials({ network: 'mainnet', env: { LIGHTER_ACCOUNT_INDEX: 'x' }, configFile: undefined }),
    ).rejects.toMatchObject({ field: 'accountIndex' });
    await expect(
      loadCredentials({ network: 'mainnet', env: {}, configFile: '/nonexistent/c.json' }),
    ).rejects.toMatchObject({ field: 'config' });
  });

  it('lists every missing item with every env name that can supply it (testnet: primary and fallback)', async () => {
    const e = (await loadCredentials({ network: 'testnet', env: {}, configFile: undefined }).catch(
      (x: unknown) => x,
    )) as Error;
    expect(e).toMatchObject({ code: 'CANARY_CONFIG', field: 'accountIndex' });
    expect(e.message).toBe(
      'missing credentials for lighter-testnet: ' +
        'accountIndex (set LIGHTER_ACCOUNT_INDEX or LIGHTER_TESTNET_ACCOUNT_INDEX, or "accountIndex" in the --config file); ' +
        'apiKeyIndex (set LIGHTER_API_KEY_INDEX or LIGHTER_TESTNET_API_KEY_INDEX, or "apiKeyIndex" in the --config file); ' +
        'apiSecret (set LIGHTER_API_SECRET or LIGHTER_TESTNET_API_SECRET, or "apiSecret" in the --config file)',
    );
  });

  it('names only what is still missing, with the Robinhood names on Robinhood Chain', async () => {
    const e = (await loadCredentials({
      network: 'robinhood-mainnet',
      env: { LIGHTER_ROBINHOOD_API_KEY_INDEX: '2' },
      configFile: undefined,
    }).catch((x: unknown) => x)) as Error;
    expect(e.message).toContain('accountIndex (set LIGHTER_ROBINHOOD_ACCOUNT_INDEX,');
    expect(e.message).toContain('apiSecret (set LIGHTER_ROBINHOOD_API_SECRET,');
    expect(e.message).not.toContain('apiKeyIndex');
  });
});
