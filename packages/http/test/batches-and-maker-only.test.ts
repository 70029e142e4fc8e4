// Batch caps and maker-only keys against @lighter-ts/simulator over real sockets
// (docs/protocol/transactions.md#batches, docs/protocol/transactions.md#maker-only-api-keys).
import { BatchTooLargeError, isBatchTooLargeError, ORDER_TYPE, TIME_IN_FORCE } from '@lighter-ts/models';
import { createSigner, type Signer } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthTokenProvider,
  isLighterApiError,
  isTxSendError,
  LighterHttpClient,
  LighterInputError,
  type TxSendError,
} from '../src/index.js';

let sim: Simulator;
let acct: CreatedAccount;
let signer: Signer;
const clients: LighterHttpClient[] = [];

beforeAll(async () => {
  // The venue's cap is 50; a smaller simulator cap lets the test reach the venue's 21514 with a client allowed more.
  sim = await startSimulator({ marketMakers: false, maxBatch: { rest: 20 } });
  acct = await sim.createAccount({ collateral: '100000', apiKeyIndex: 4 });
  signer = createSigner({
    chainId: sim.chainId,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
  });
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await sim.close();
});

function client(maxTxBatchSize?: number): LighterHttpClient {
  const c = new LighterHttpClient({
    network: { baseUrl: sim.httpUrl, chainId: sim.chainId },
    retry: false,
    auth: createAuthTokenProvider({ signer }),
    ...(maxTxBatchSize === undefined ? {} : { maxTxBatchSize }),
  });
  clients.push(c);
  return c;
}

const nextNonce = async () =>
  Number((await client().nextNonce({ accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex })).nonce);
const bids = (first: number, count: number, tif: number = TIME_IN_FORCE.POST_ONLY) =>
  Array.from({ length: count }, (_, i) =>
    signer.signCreateOrder({
      marketIndex: 0,
      clientOrderIndex: first + i + 1,
      baseAmount: 100,
      price: 200000 + i,
      isAsk: false,
      orderType: ORDER_TYPE.LIMIT,
      timeInForce: tif,
      orderExpiry: -1,
      nonce: first + i,
    }),
  );

describe('sendTxBatch caps', () => {
  it('15 per batch by default: 16 is refused before any I/O with BatchTooLargeError', async () => {
    const n = await nextNonce();
    const err = await client()
      .sendTxBatch({ txs: bids(n, 16) })
      .catch((e: unknown) => e);
    expect(isBatchTooLargeError(err)).toBe(true);
    expect(err).toMatchObject({ limit: 15, received: 16, venueCode: undefined, field: 'txs' });
    expect(await nextNonce()).toBe(n);
    expect((await client().sendTxBatch({ txs: bids(n, 15) })).tx_hash).toHaveLength(15);
    expect(await nextNonce()).toBe(n + 15);
  });

  it('configurable up to 50; 51 is refused locally and the option is validated', async () => {
    const err = await client(50)
      .sendTxBatch({ txs: bids(0, 51) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatchTooLargeError);
    expect(err).toMatchObject({ limit: 50, received: 51 });
    expect(
      () => new LighterHttpClient({ network: { baseUrl: sim.httpUrl, chainId: sim.chainId }, maxTxBatchSize: 51 }),
    ).toThrow(LighterInputError);
    expect(
      () => new LighterHttpClient({ network: { baseUrl: sim.httpUrl, chainId: sim.chainId }, maxTxBatchSize: 0 }),
    ).toThrow(/maxTxBatchSize.*received 0/);
  });

  it("the venue's 21514 is a BatchTooLargeError carrying the venue code; nothing was applied", async () => {
    const n = await nextNonce();
    const err = await client(30)
      .sendTxBatch({ txs: bids(n, 25) })
      .catch((e: unknown) => e);
    expect(isBatchTooLargeError(err)).toBe(true);
    expect(err).toMatchObject({ limit: 50, received: 25, venueCode: 21514 });
    expect(isTxSendError((err as BatchTooLargeError).cause)).toBe(true);
    expect(await nextNonce()).toBe(n);
  });

  it('batch nonces must be consecutive: a gap is 21105 and nothing is applied', async () => {
    const n = await nextNonce();
    const [a, , c] = bids(n, 3);
    const err = (await client()
      .sendTxBatch({ txs: [a!, c!] })
      .catch((e: unknown) => e)) as TxSendError;
    expect(isTxSendError(err)).toBe(true);
    expect(err).toMatchObject({ outcome: 'rejected', venueCode: 21105 });
    expect(await nextNonce()).toBe(n);
  });
});

describe('maker-only api keys', () => {
  it('set, read back, enforced by the venue (62007), cleared', async () => {
    const c = client();
    await c.setMakerOnlyApiKeys({ accountIndex: acct.accountIndex, apiKeyIndexes: [acct.apiKeyIndex] });
    expect((await c.getMakerOnlyApiKeys({ accountIndex: acct.accountIndex })).api_key_indexes).toEqual([
      acct.apiKeyIndex,
    ]);
    const n = await nextNonce();
    const err = await c.sendTx(bids(n, 1, TIME_IN_FORCE.GOOD_TILL_TIME)[0]!).catch((e: unknown) => e);
    expect(err).toMatchObject({ outcome: 'rejected', venueCode: 62007 });
    expect((await c.sendTx(bids(n, 1)[0]!)).code).toBe(200);
    await c.setMakerOnlyApiKeys({ accountIndex: acct.accountIndex, apiKeyIndexes: [] });
    expect((await c.getMakerOnlyApiKeys({ accountIndex: acct.accountIndex })).api_key_indexes).toEqual([]);
  });

  it('slots 0-3 are refused before any I/O', async () => {
    const err = await client()
      .setMakerOnlyApiKeys({ accountIndex: acct.accountIndex, apiKeyIndexes: [3] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LighterInputError);
    expect(isLighterApiError(err)).toBe(false);
  });
});
