// Cross-network refusal over real sockets: one simulator, reached as two networks that share chain id
// 300 (lighter-testnet and robinhood-testnet on the simulator's hosts). A tx or an auth token made for
// one is refused by a client of the other before any byte is sent; the right client is accepted.
import { type Network, NETWORKS, customNetwork, isNetworkMismatchError } from '@lighter-ts/models';
import { createSigner } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountActiveOrders,
  type HttpEvent,
  createAuthTokenProvider,
  LighterHttpClient,
  sendTx,
} from '../src/index.js';

let sim: Simulator;
let acct: CreatedAccount;
const clients: LighterHttpClient[] = [];
const on = (networkId: string): Network =>
  customNetwork({
    networkId,
    httpUrl: sim.httpUrl,
    wsUrl: sim.wsUrl,
    chainId: NETWORKS[networkId as keyof typeof NETWORKS].chainId,
  });
const keyOf = (network: Network) => ({
  network,
  accountIndex: acct.accountIndex,
  apiKeyIndex: acct.apiKeyIndex,
  privateKey: acct.privateKey,
});
function client(
  network: Network,
  extra: Partial<ConstructorParameters<typeof LighterHttpClient>[0]> = {},
  events: HttpEvent[] = [],
): LighterHttpClient {
  const c = new LighterHttpClient({
    network,
    rateLimits: false,
    retry: false,
    onEvent: (e) => events.push(e),
    ...extra,
  });
  clients.push(c);
  return c;
}
const order = (nonce: number, clientOrderIndex: number) => ({
  marketIndex: 0,
  clientOrderIndex,
  baseAmount: 100,
  price: 250000,
  isAsk: false,
  orderType: 0,
  timeInForce: 1,
  orderExpiry: -1,
  nonce,
});
const nonceOf = async (c: LighterHttpClient) =>
  (await c.nextNonce({ accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex })).nonce;

beforeAll(async () => {
  sim = await startSimulator({ network: 'lighter-testnet', marketMakers: false });
  acct = await sim.createAccount({ collateral: '100000' });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sim?.close();
});

describe('signed txs are bound to their network', () => {
  it('sendTx: a lighter-testnet tx is refused by a robinhood-testnet client (same chain id 300), naming both; nothing is sent', async () => {
    const events: HttpEvent[] = [];
    const rh = client(on('robinhood-testnet'), {}, events);
    const lt = client(on('lighter-testnet'));
    const nonce = await nonceOf(lt);
    const tx = createSigner(keyOf(on('lighter-testnet'))).signCreateOrder(order(nonce, 1));
    const err = await rh.sendTx(tx).catch((e: unknown) => e);
    expect(isNetworkMismatchError(err)).toBe(true);
    expect(err).toMatchObject({
      kind: 'signed tx',
      expected: 'robinhood-testnet',
      received: 'lighter-testnet',
      expectedChainId: 300,
      receivedChainId: 300,
    });
    expect((err as Error).message).toMatch(/'lighter-testnet'.*'robinhood-testnet'/);
    expect(events.filter((e) => e.type === 'request')).toEqual([]);
    expect(await nonceOf(lt)).toBe(nonce);
    expect((await lt.sendTx(tx)).tx_hash).toBe(tx.txHash);
  });

  it('sendTxBatch: one foreign tx refuses the whole batch before I/O', async () => {
    const lt = client(on('lighter-testnet'));
    const nonce = await nonceOf(lt);
    const mine = createSigner(keyOf(on('lighter-testnet'))).signCreateOrder(order(nonce, 2));
    const foreign = createSigner(keyOf(on('robinhood-testnet'))).signCreateOrder(order(nonce + 1, 3));
    const err = await lt.sendTxBatch({ txs: [mine, foreign] }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'NetworkMismatchError',
      expected: 'lighter-testnet',
      received: 'robinhood-testnet',
    });
    expect(await nonceOf(lt)).toBe(nonce);
  });

  it('a route function used alone with a context that names its network checks too', async () => {
    const lt = client(on('lighter-testnet'));
    const tx = createSigner(keyOf(NETWORKS['lighter-mainnet'])).signCreateOrder(order(0, 4));
    const err = await sendTx(lt.context, tx).catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'NetworkMismatchError',
      expected: 'lighter-testnet',
      received: 'lighter-mainnet',
      expectedChainId: 300,
      receivedChainId: 304,
    });
  });

  it('a chain-id-only (deprecated) signer is checked by chain id', async () => {
    const lt = client(on('lighter-testnet'));
    const tx = createSigner({
      chainId: 466324,
      accountIndex: acct.accountIndex,
      apiKeyIndex: acct.apiKeyIndex,
      privateKey: acct.privateKey,
    }).signCreateOrder(order(0, 5));
    expect(await lt.sendTx(tx).catch((e: unknown) => e)).toMatchObject({
      name: 'NetworkMismatchError',
      received: 'chain 466324',
      receivedChainId: 466324,
    });
  });
});

describe('auth tokens are bound to their network', () => {
  it('the client refuses an auth provider of the other testnet at construction, naming both', () => {
    const auth = createAuthTokenProvider({ key: keyOf(on('lighter-testnet')) });
    expect(auth.networkId).toBe('lighter-testnet');
    let caught: unknown;
    try {
      client(on('robinhood-testnet'), { auth });
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({
      name: 'NetworkMismatchError',
      kind: 'auth token',
      expected: 'robinhood-testnet',
      received: 'lighter-testnet',
    });
  });

  it('a route context with a foreign provider refuses before I/O; the right one authenticates', async () => {
    const rhAuth = createAuthTokenProvider({ signer: createSigner(keyOf(on('robinhood-testnet'))) });
    const lt = client(on('lighter-testnet'), {
      auth: createAuthTokenProvider({ signer: createSigner(keyOf(on('lighter-testnet'))) }),
    });
    expect(Array.isArray((await lt.accountActiveOrders({ accountIndex: acct.accountIndex, marketId: 0 })).orders)).toBe(
      true,
    );
    const foreign = { ...lt.context, auth: rhAuth };
    const refused = await accountActiveOrders(foreign, { accountIndex: acct.accountIndex, marketId: 0 }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({
      name: 'NetworkMismatchError',
      kind: 'auth token',
      expected: 'lighter-testnet',
      received: 'robinhood-testnet',
    });
  });
});
