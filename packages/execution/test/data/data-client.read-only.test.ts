// The data client on a read-only API token alone (docs/protocol/rest.md#read-only-tokens), against the simulator
// over real sockets: market data and the account streams with no private key; trading on the token fails loudly.
import { createSigner } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveExecConfig } from '../../src/config/config.js';
import type { AccountStreamUpdate } from '../../src/data/account-feed.js';
import { LighterDataClient } from '../../src/data/client.js';
import { LighterExecutionClient } from '../../src/execution/client.js';
import { until } from '../integration/harness.js';

let sim: Simulator;
let acct: CreatedAccount;
let token: string;
const network = () => ({ httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: sim.chainId });

beforeAll(async () => {
  sim = await startSimulator({ seed: 5, marketMakers: true });
  acct = await sim.createAccount({ collateral: '5000' });
  // minted once with the API key (POST tokens/create takes an API-key auth token); the clients below never see the key
  const auth = createSigner({
    chainId: sim.chainId,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
    now: () => sim.now(),
  }).createAuthToken();
  const res = await fetch(`${sim.httpUrl}/api/v1/tokens/create`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      account_index: String(acct.accountIndex),
      name: 'monitor',
      expiry: String(Math.floor(sim.now() / 1000) + 7 * 86_400),
    }).toString(),
  });
  token = ((await res.json()) as { api_token: string }).api_token;
});
afterAll(async () => {
  await sim?.close();
});

describe('LighterDataClient on a read-only token', () => {
  it('connects, streams market data and follows the account streams with no private key', async () => {
    const data = new LighterDataClient({
      config: { network: network(), restQuotaPerMin: 100_000 },
      readOnlyToken: token,
    });
    const updates: AccountStreamUpdate[] = [];
    data.on('account', (u) => updates.push(u));
    let quotes = 0;
    data.on('quote', () => quotes++);
    try {
      expect(data.config.credentials).toBeUndefined();
      expect(data.readOnlyAccountIndex).toBe(acct.accountIndex);
      await data.connect();
      data.subscribeQuotes({ instrumentId: 'ETH-PERP.LIGHTER' });
      // resolves only after every stream (orders and assets need auth on the venue) sent its first frame
      await data.subscribeAccountStreams({ timeoutMs: 60_000 });
      expect(new Set(updates.map((u) => u.stream))).toEqual(
        new Set(['orders', 'trades', 'positions', 'assets', 'userStats']),
      );
      expect(updates.every((u) => u.accountIndex === acct.accountIndex)).toBe(true);
      await until(() => quotes > 0, 'a quote', 60_000);
      // the subscriptions on the venue carry this account's private channels
      expect(sim.connections().flatMap((c) => c.subscriptions)).toEqual(
        expect.arrayContaining([`account_all_orders:${acct.accountIndex}`]),
      );
    } finally {
      await data.close();
    }
  });

  it('fails account streams loudly on a token the venue does not know (NOT_CONNECTED naming the silent streams)', async () => {
    const data = new LighterDataClient({
      config: { network: network(), restQuotaPerMin: 100_000 },
      readOnlyToken: 'ro:1:single:99999999999:00ff',
    });
    try {
      await data.connect();
      await expect(data.subscribeAccountStreams({ timeoutMs: 3_000 })).rejects.toMatchObject({
        code: 'NOT_CONNECTED',
        message: expect.stringContaining('orders'),
      });
    } finally {
      await data.close();
    }
  });

  it('refuses a token in place of a private key for trading, naming the field and not echoing the token', () => {
    const config = {
      network: network(),
      accountIndex: acct.accountIndex,
      apiKeyIndex: acct.apiKeyIndex,
      privateKey: token,
    };
    for (const attempt of [
      () => resolveExecConfig({ config, env: {} }),
      () => new LighterExecutionClient({ config, env: {} }),
    ]) {
      let caught: unknown;
      try {
        attempt();
      } catch (e) {
        caught = e;
      }
      expect(caught).toMatchObject({
        name: 'ExecutionConfigError',
        fields: expect.arrayContaining(['config.privateKey']),
        message: expect.stringContaining('read-only API token, which cannot sign'),
      });
      expect(String((caught as Error).message)).not.toContain(token.split(':')[4]);
    }
  });

  it('refuses a malformed readOnlyToken at construction, and account streams without any account', () => {
    expect(() => new LighterDataClient({ config: { network: network() }, readOnlyToken: 'not-a-token' })).toThrow(
      expect.objectContaining({ name: 'ExecutionConfigError', fields: ['readOnlyToken'] }),
    );
    const plain = new LighterDataClient({ config: { network: network() } });
    return expect(plain.subscribeAccountStreams())
      .rejects.toMatchObject({ fields: ['accountIndex'] })
      .finally(() => plain.close());
  });
});
