// A WS connection on a read-only API token alone (docs/protocol/rest.md#read-only-tokens): account channels
// subscribe with it on a `readonly=true` socket, and a transaction fails locally with WS_READ_ONLY.
import { createAuthTokenProvider, LighterHttpClient, readOnlyTokenAuth } from '@lighter-ts/http';
import { createSigner } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountAllOrdersChannel } from '../../src/channels/account-all-orders.js';
import { LighterWsClient } from '../../src/client.js';

let sim: Simulator;
let acct: CreatedAccount;
let token: string;

beforeAll(async () => {
  sim = await startSimulator({ marketMakers: false });
  acct = await sim.createAccount();
  // the token is minted once with the API key; everything below runs on the token alone
  const http = new LighterHttpClient({
    network: sim.network,
    rateLimits: false,
    auth: createAuthTokenProvider({
      key: {
        network: sim.network,
        accountIndex: acct.accountIndex,
        apiKeyIndex: acct.apiKeyIndex,
        privateKey: acct.privateKey,
      },
      now: () => sim.now(),
    }),
  });
  const created = await http.tokensCreate({
    accountIndex: acct.accountIndex,
    name: 'ws',
    expiry: Math.floor(sim.now() / 1000) + 7 * 86_400,
  });
  token = (created as Record<string, unknown>).api_token as string;
  await http.close();
});
afterAll(async () => {
  await sim?.close();
});

it('subscribes an auth-only account channel with the read-only token and refuses transactions locally', async () => {
  const ws = new LighterWsClient({
    network: sim.network,
    readonly: true,
    auth: readOnlyTokenAuth({ token, network: sim.network }),
  });
  try {
    await ws.connect();
    expect(ws.readOnly).toBe(true);
    const sub = ws.subscribe(accountAllOrdersChannel({ accountIndex: acct.accountIndex }));
    const first = await sub.next();
    expect(first.channel).toContain(`${acct.accountIndex}`);
    const signed = createSigner({
      network: sim.network,
      accountIndex: acct.accountIndex,
      apiKeyIndex: acct.apiKeyIndex,
      privateKey: acct.privateKey,
    }).signCancelOrder({
      marketIndex: 0,
      orderIndex: 281474976710656n,
      nonce: 0,
    });
    await expect(ws.sendTx(signed)).rejects.toMatchObject({ code: 'WS_READ_ONLY' });
    await expect(ws.sendTxBatch({ txs: [signed] })).rejects.toMatchObject({ code: 'WS_READ_ONLY' });
    // nothing reached the venue: the key's nonce is untouched
    expect(
      (await (
        await fetch(
          `${sim.httpUrl}/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`,
        )
      ).json()) as { nonce: number },
    ).toMatchObject({ nonce: 0 });
  } finally {
    await ws.close();
  }
});
