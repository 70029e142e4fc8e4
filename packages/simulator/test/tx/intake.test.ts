import { createSigner, generatePrivateKey, privateKeyToHex } from '@lighter-ts/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../../src/index.js';
import { getJson, postForm, sendTx, signerFor, WsProbe } from '../helpers.js';

describe('signed tx intake', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
    acct = await sim.createAccount({ collateral: '100000' });
  });
  afterAll(async () => {
    await sim.close();
  });

  const nonceOf = async () =>
    (await getJson(sim, `/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`)).body
      .nonce as number;

  const order = (nonce: number, extra: Record<string, unknown> = {}) => ({
    marketIndex: 0,
    clientOrderIndex: 0,
    baseAmount: 100,
    price: 250000,
    isAsk: false,
    orderType: 0,
    timeInForce: 1,
    orderExpiry: -1,
    nonce,
    ...extra,
  });

  it('accepts a correctly signed order, returns the signer hash and consumes the nonce', async () => {
    const tx = signerFor(sim, acct).signCreateOrder(order(await nonceOf()));
    const r = await sendTx(sim, tx);
    expect(r.status).toBe(200);
    expect(r.body.code).toBe(200);
    expect(r.body.tx_hash).toBe(tx.txHash);
    expect(await nonceOf()).toBe(1);
    const active = await getJson(
      sim,
      `/api/v1/accountActiveOrders?account_index=${acct.accountIndex}&market_id=0&auth=${encodeURIComponent(signerFor(sim, acct).createAuthToken())}`,
    );
    expect(active.status).toBe(200);
    expect((active.body.orders as unknown[]).length).toBe(1);
  });

  it('tx-drop fault: answers 200 with the hash but applies nothing (nonce unconsumed, hash unknown)', async () => {
    const n = await nonceOf();
    const tx = signerFor(sim, acct).signCreateOrder(order(n, { clientOrderIndex: 4242 }));
    sim.faults.inject({ kind: 'tx-drop' });
    const r = await sendTx(sim, tx);
    expect(r.status).toBe(200);
    expect(r.body.tx_hash).toBe(tx.txHash);
    expect(await nonceOf()).toBe(n);
    expect((await getJson(sim, `/api/v1/tx?by=hash&value=${tx.txHash}`)).body.code).toBe(21500);
    // Consumed: the same tx resent is applied.
    expect((await sendTx(sim, tx)).body.code).toBe(200);
    expect(await nonceOf()).toBe(n + 1);
  });

  it('rejects a stale nonce with 21104 and does not consume it', async () => {
    const n = await nonceOf();
    const r = await sendTx(sim, signerFor(sim, acct).signCreateOrder(order(n - 1)));
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ code: 21104, message: 'invalid nonce' });
    const ahead = await sendTx(sim, signerFor(sim, acct).signCreateOrder(order(n + 5)));
    expect(ahead.body.code).toBe(21104);
    expect(await nonceOf()).toBe(n);
  });

  it('rejects a signature from another key with 21120', async () => {
    const other = createSigner({
      chainId: sim.chainId,
      accountIndex: acct.accountIndex,
      apiKeyIndex: acct.apiKeyIndex,
      privateKey: privateKeyToHex(generatePrivateKey()),
    });
    const r = await sendTx(sim, other.signCreateOrder(order(await nonceOf())));
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(21120);
  });

  it('rejects a tx signed for another chain id with 21120', async () => {
    const r = await sendTx(sim, signerFor(sim, acct, 304).signCreateOrder(order(await nonceOf())));
    expect(r.body.code).toBe(21120);
  });

  it('takes an expired tx (200) and drops it without consuming its nonce; a re-signed one at that nonce lands', async () => {
    // docs/protocol/transactions.md#expired-transactions
    const s = createSigner({
      chainId: sim.chainId,
      accountIndex: acct.accountIndex,
      apiKeyIndex: acct.apiKeyIndex,
      privateKey: acct.privateKey,
    });
    const nonce = await nonceOf();
    const expired = s.signCreateOrder({ ...order(nonce), clientOrderIndex: 7101, expiredAt: sim.now() - 1000 });
    const r = await sendTx(sim, expired);
    expect([r.status, r.body.code, r.body.tx_hash]).toEqual([200, 200, expired.txHash]);
    expect(await nonceOf()).toBe(nonce);
    expect((await getJson(sim, `/api/v1/tx?by=hash&value=${expired.txHash}`)).body.code).toBe(21500);
    const again = s.signCreateOrder({ ...order(nonce), clientOrderIndex: 7102 });
    expect((await sendTx(sim, again)).body.code).toBe(200);
    expect(await nonceOf()).toBe(nonce + 1);
  });

  it('refuses a malformed ExpiredAt (above 2^48 - 1) at the API with 21711', async () => {
    const tx = signerFor(sim, acct).signCreateOrder(order(await nonceOf()));
    const info = JSON.parse(tx.txInfo) as Record<string, unknown>;
    const r = await sendTx(sim, { ...tx, txInfo: JSON.stringify({ ...info, ExpiredAt: 2 ** 48 }) });
    expect(r.body.code).toBe(21711);
  });

  it('rejects unknown api keys, accounts and tx types', async () => {
    const s = createSigner({
      chainId: sim.chainId,
      accountIndex: acct.accountIndex,
      apiKeyIndex: 9,
      privateKey: acct.privateKey,
    });
    expect((await sendTx(sim, s.signCreateOrder(order(0)))).body.code).toBe(21109);
    const ghost = createSigner({
      chainId: sim.chainId,
      accountIndex: 999_999,
      apiKeyIndex: 3,
      privateKey: acct.privateKey,
    });
    expect((await sendTx(sim, ghost.signCreateOrder(order(0)))).body.code).toBe(21100);
    expect((await postForm(sim, '/api/v1/sendTx', { tx_type: '99', tx_info: '{}' })).body.code).toBe(21505);
    expect((await postForm(sim, '/api/v1/sendTx', { tx_type: '14', tx_info: '{nope' })).body.code).toBe(21501);
  });

  it('rejects invalid order fields with venue codes (market order with expiry)', async () => {
    const s = signerFor(sim, acct);
    const n = await nonceOf();
    // post-only order crossing nothing is fine; a too-small order is 21706
    const r = await sendTx(sim, s.signCreateOrder(order(n, { baseAmount: 1 })));
    expect(r.body.code).toBe(21706);
    expect(await nonceOf()).toBe(n);
  });

  it('accepts multipart form bodies', async () => {
    const tx = signerFor(sim, acct).signCreateOrder(order(await nonceOf(), { price: 240000 }));
    const fd = new FormData();
    fd.set('tx_type', String(tx.txType));
    fd.set('tx_info', tx.txInfo);
    const res = await fetch(`${sim.httpUrl}/api/v1/sendTx`, { method: 'POST', body: fd });
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.code).toBe(200);
    expect(body.tx_hash).toBe(tx.txHash);
  });

  it('sendTxBatch enforces same key, increasing nonces and the cap', async () => {
    const s = signerFor(sim, acct);
    const n = await nonceOf();
    const a = s.signCreateOrder(order(n, { price: 230000 }));
    const b = s.signCreateOrder(order(n + 1, { price: 230100 }));
    const bad = await postForm(sim, '/api/v1/sendTxBatch', {
      tx_types: JSON.stringify([14, 14]),
      tx_infos: JSON.stringify([b.txInfo, a.txInfo]),
    });
    expect(bad.body.code).toBe(21105);
    const tooMany = await postForm(sim, '/api/v1/sendTxBatch', {
      tx_types: JSON.stringify(Array(51).fill(14)),
      tx_infos: JSON.stringify(Array(51).fill(a.txInfo)),
    });
    expect(tooMany.body.code).toBe(21514);
    const ok = await postForm(sim, '/api/v1/sendTxBatch', {
      tx_types: JSON.stringify([14, 14]),
      tx_infos: JSON.stringify([a.txInfo, b.txInfo]),
    });
    expect(ok.body.code).toBe(200);
    expect(ok.body.tx_hash).toEqual([a.txHash, b.txHash]);
    expect(await nonceOf()).toBe(n + 2);
  });

  it('sends txs over WS (object tx_info) and batches (double-encoded)', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    const s = signerFor(sim, acct);
    const n = await nonceOf();
    const a = s.signCreateOrder(order(n, { price: 220000 }));
    ws.send({ type: 'jsonapi/sendtx', data: { id: 'x1', tx_type: a.txType, tx_info: JSON.parse(a.txInfo) } });
    const r1 = await ws.next((f) => f.type === 'jsonapi/sendtx' && f.id === 'x1');
    expect(r1.code).toBe(200);
    expect(r1.tx_hash).toBe(a.txHash);
    const stale = s.signCreateOrder(order(n, { price: 220100 }));
    ws.send({ type: 'jsonapi/sendtx', data: { id: 'x2', tx_type: 14, tx_info: stale.txInfo } });
    const r2 = await ws.next((f) => f.id === 'x2');
    expect(r2).toMatchObject({ type: 'jsonapi/sendtx', code: 21104, message: 'invalid nonce' });
    const b = s.signCreateOrder(order(n + 1, { price: 220200 }));
    const c = s.signCreateOrder(order(n + 2, { price: 220300 }));
    ws.send({
      type: 'jsonapi/sendtxbatch',
      data: { id: 'x3', tx_types: JSON.stringify([14, 14]), tx_infos: JSON.stringify([b.txInfo, c.txInfo]) },
    });
    const r3 = await ws.next((f) => f.id === 'x3');
    expect(r3).toMatchObject({ type: 'jsonapi/sendtxbatch', code: 200, tx_hash: [b.txHash, c.txHash] });
    ws.close();
  });

  it('registers a new key with ChangePubKey signed by that key', async () => {
    const sk = privateKeyToHex(generatePrivateKey());
    const s = createSigner({
      chainId: sim.chainId,
      accountIndex: acct.accountIndex,
      apiKeyIndex: 7,
      privateKey: sk,
      now: () => sim.now(),
    });
    // without the owner's L1 signature the venue refuses the key
    const unsigned = await sendTx(sim, s.signChangePubKey({ pubKey: s.publicKeyHex, nonce: 0 }));
    expect(unsigned.body.code).toBe(21504);
    const tx = s.signChangePubKey({ pubKey: s.publicKeyHex, nonce: 0, ethPrivateKey: acct.l1PrivateKey });
    const r = await sendTx(sim, tx);
    expect(r.body.code).toBe(200);
    const keys = await getJson(sim, `/api/v1/apikeys?account_index=${acct.accountIndex}&api_key_index=7`);
    expect((keys.body.api_keys as Record<string, unknown>[])[0]).toMatchObject({ api_key_index: 7, nonce: 1 });
    const o = s.signCreateOrder(order(1, { price: 210000 }));
    expect((await sendTx(sim, o)).body.code).toBe(200);
  });
});
