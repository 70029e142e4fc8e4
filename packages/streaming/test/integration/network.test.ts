// Networks over real sockets: the client takes a named or custom network, and refuses a tx or an auth
// source made for another network before anything is sent. One simulator impersonating lighter-testnet
// is also reached as robinhood-testnet: both sign with chain id 300, only the network id differs.
import { type Network, NETWORKS, customNetwork, isNetworkMismatchError } from '@lighter-ts/models';
import { createSigner } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountAllOrdersChannel } from '../../src/channels/account-all-orders.js';
import { LighterWsClient } from '../../src/client.js';
import { isLighterWsError } from '../../src/errors.js';
import { LighterWsPool } from '../../src/pool.js';

let sim: Simulator;
let acct: CreatedAccount;
const clients: LighterWsClient[] = [];
const on = (networkId: 'lighter-testnet' | 'robinhood-testnet'): Network =>
  customNetwork({ networkId, httpUrl: sim.httpUrl, wsUrl: sim.wsUrl, chainId: 300 });
const signerOn = (network: Network) =>
  createSigner({
    network,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
  });
const authOn = (network: Network) => {
  const s = signerOn(network);
  return {
    networkId: s.networkId,
    chainId: s.chainId,
    getToken: () => s.createAuthToken({ deadline: Math.floor(Date.now() / 1000) + 3600 }),
  };
};
const client = (o: ConstructorParameters<typeof LighterWsClient>[0]) => {
  const c = new LighterWsClient(o);
  clients.push(c);
  return c;
};
const order = (network: Network, nonce: number, clientOrderIndex: number) =>
  signerOn(network).signCreateOrder({
    marketIndex: 0,
    clientOrderIndex,
    baseAmount: 100,
    price: 100_000,
    isAsk: false,
    orderType: 0,
    timeInForce: 2,
    orderExpiry: -1,
    nonce,
  });
async function nextNonce(): Promise<number> {
  const r = await fetch(
    `${sim.httpUrl}/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`,
  );
  return ((await r.json()) as { nonce: number }).nonce;
}

beforeAll(async () => {
  sim = await startSimulator({ network: 'lighter-testnet', seed: 5, marketMakers: false });
  acct = await sim.createAccount({ collateral: '100000' });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sim?.close();
});

describe('network option', () => {
  it.each(Object.values(NETWORKS))('$networkId: WS URL from the table (construction is inert)', (n) => {
    const c = client({ network: n.networkId });
    expect(c.url).toBe(n.wsUrl);
    expect(c.network).toStrictEqual(n); // the table from the zod-free constants entry: equal, not the same object
  });

  it('mainnet/testnet aliases; url alone still works (deprecated, unbound); both or neither is refused', () => {
    expect(client({ network: 'mainnet' }).network?.networkId).toBe('lighter-mainnet');
    expect(client({ url: 'ws://127.0.0.1:9/stream' }).network).toBeUndefined();
    expect(() => new LighterWsClient({ network: 'testnet', url: 'ws://127.0.0.1:9/stream' })).toThrow(
      /url pass network or url, not both/,
    );
    expect(() => new LighterWsClient({})).toThrow(/network is required/);
    let caught: unknown;
    try {
      new LighterWsClient({ network: 'devnet' as never });
    } catch (e) {
      caught = e;
    }
    expect(isLighterWsError(caught) && caught.code).toBe('WS_INVALID_ARGUMENT');
    expect((caught as Error).message).toMatch(/unknown network 'devnet'/);
  });
});

describe('binding', () => {
  it('sendTx: a lighter-testnet tx is refused by a robinhood-testnet client, naming both; nothing is sent; the right client is accepted', async () => {
    const rh = client({ network: on('robinhood-testnet') });
    const lt = client({ network: on('lighter-testnet') });
    await Promise.all([rh.connect(), lt.connect()]);
    const nonce = await nextNonce();
    const tx = order(on('lighter-testnet'), nonce, 21);
    const err = await rh.sendTx(tx).catch((e: unknown) => e);
    expect(isNetworkMismatchError(err)).toBe(true);
    expect(err).toMatchObject({
      kind: 'signed tx',
      expected: 'robinhood-testnet',
      received: 'lighter-testnet',
      expectedChainId: 300,
      receivedChainId: 300,
    });
    expect(await nextNonce()).toBe(nonce);
    expect((await lt.sendTx(tx)).txHash).toBe(tx.txHash);
  });

  it('sendTxBatch: one foreign tx refuses the batch', async () => {
    const lt = client({ network: on('lighter-testnet') });
    const nonce = await nextNonce();
    const err = await lt
      .sendTxBatch({ txs: [order(on('lighter-testnet'), nonce, 22), order(on('robinhood-testnet'), nonce + 1, 23)] })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'NetworkMismatchError',
      expected: 'lighter-testnet',
      received: 'robinhood-testnet',
    });
    expect(await nextNonce()).toBe(nonce);
  });

  it('auth: an auth source of the other testnet is refused at construction; the right one opens a private channel', async () => {
    expect(() => client({ network: on('robinhood-testnet'), auth: authOn(on('lighter-testnet')) })).toThrow(
      /auth token was made for network 'lighter-testnet' \(chain id 300\) but this client is on 'robinhood-testnet'/,
    );
    expect(() =>
      new LighterWsPool().acquire({ network: NETWORKS['robinhood-mainnet'], auth: authOn(on('lighter-testnet')) }),
    ).toThrow(/refusing/);
    const lt = client({ network: on('lighter-testnet'), auth: authOn(on('lighter-testnet')) });
    await lt.connect();
    const sub = lt.subscribe(accountAllOrdersChannel({ accountIndex: acct.accountIndex }));
    const first = await sub[Symbol.asyncIterator]().next();
    expect(first.done).toBe(false);
    sub.unsubscribe();
  });
});
