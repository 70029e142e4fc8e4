// sendTx / sendTxBatch over WS and a private channel with a real auth token, against the simulator.
import { createSigner, type Signer } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountAllOrdersChannel } from '../../src/channels/account-all-orders.js';
import { LighterWsClient } from '../../src/client.js';
import { isTxRejected } from '../../src/errors.js';

let sim: Simulator;
let acct: CreatedAccount;
let signer: Signer;
let ws: LighterWsClient;
let tokens = 0;

beforeAll(async () => {
  sim = await startSimulator({ seed: 3, marketMakers: false });
  acct = await sim.createAccount({ collateral: '100000' });
  signer = createSigner({
    chainId: sim.chainId,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
  });
  ws = new LighterWsClient({
    url: sim.wsUrl,
    authToken: () => {
      tokens++;
      return signer.createAuthToken({ deadline: Math.floor(Date.now() / 1000) + 3600 });
    },
  });
  await ws.connect();
});
afterAll(async () => {
  await ws.close();
  await sim.close();
});

async function nextNonce(): Promise<number> {
  const r = await fetch(
    `${sim.httpUrl}/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`,
  );
  return ((await r.json()) as { nonce: number }).nonce;
}

// A resting post-only bid far below the market: ETH perp, price 1000.00 (2 decimals), size 0.0100 (4 decimals).
const order = (nonce: number, clientOrderIndex: number) =>
  signer.signCreateOrder({
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

describe('private channel + sendTx over WS (simulator)', () => {
  it('subscribes account_all_orders with a signed auth token and sees the order sent over WS', async () => {
    const sub = ws.subscribe(accountAllOrdersChannel({ accountIndex: acct.accountIndex }));
    const it = sub[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.done).toBe(false);
    expect(tokens).toBeGreaterThanOrEqual(1);

    const tx = order(await nextNonce(), 11);
    const res = await ws.sendTx({ txType: tx.txType, txInfo: tx.txInfo, txHash: tx.txHash });
    expect(res.txHash).toBe(tx.txHash);

    for (;;) {
      const e = await it.next();
      if (e.done) throw new Error('subscription ended');
      if (JSON.stringify(e.value.data).includes('"client_order_index":11')) break;
    }
    sub.unsubscribe();
  });

  it('reports a venue rejection as outcome rejected with the venue code', async () => {
    sim.faults.rejectNextTx({ code: 21120 });
    const tx = order(await nextNonce(), 12);
    const err = await ws.sendTx({ txType: tx.txType, txInfo: tx.txInfo, txHash: tx.txHash }).catch((e: unknown) => e);
    expect(isTxRejected(err)).toBe(true);
    expect(err).toMatchObject({ outcome: 'rejected', venueCode: 21120 });
  });

  it('sends a batch and returns every tx hash', async () => {
    const n = await nextNonce();
    const a = order(n, 13);
    const b = order(n + 1, 14);
    const res = await ws.sendTxBatch({
      txs: [a, b].map((t) => ({ txType: t.txType, txInfo: t.txInfo, txHash: t.txHash })),
    });
    expect(res.txHashes).toEqual([a.txHash, b.txHash]);
  });
});
