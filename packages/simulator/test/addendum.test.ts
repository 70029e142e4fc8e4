// Venue behaviour per docs/protocol (auth per channel, nextNonce for empty slots, strict and
// skip nonces, sequencer drops, batch limits per path, the read-only socket).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../src/index.js';
import { getJson, postForm, sendTx, signerFor, WsProbe } from './helpers.js';

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

describe('venue behaviour from the protocol addendum', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false, maxBatch: { rest: 50, ws: 15 } });
    acct = await sim.createAccount({ collateral: '100000' });
  });
  afterAll(async () => {
    await sim.close();
  });

  const nonceOf = async (account = acct.accountIndex, key = acct.apiKeyIndex) =>
    (await getJson(sim, `/api/v1/nextNonce?account_index=${account}&api_key_index=${key}`)).body;
  const subscribe = async (ws: WsProbe, channel: string, auth?: string) => {
    ws.send(auth === undefined ? { type: 'subscribe', channel } : { type: 'subscribe', channel, auth });
    return ws.nextNew((f) => 'error' in f || String(f.type).startsWith('subscribed/'));
  };

  it('nextNonce answers {code: 200, nonce: 0} for an empty slot and for an account nobody opened', async () => {
    expect(await nonceOf(acct.accountIndex, 200)).toEqual({ code: 200, nonce: 0 });
    expect(await nonceOf(999_999_999, 2)).toEqual({ code: 200, nonce: 0 });
  });

  it('account_all, user_stats and account_all_trades need no auth; account_all_orders does', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    for (const kind of ['account_all', 'user_stats', 'account_all_trades']) {
      expect((await subscribe(ws, `${kind}/${acct.accountIndex}`)).type).toBe(`subscribed/${kind}`);
    }
    const refused = await subscribe(ws, `account_all_orders/${acct.accountIndex}`);
    expect((refused.error as { code: number }).code).toBe(20001);
    expect((await subscribe(ws, `account_all_positions/${acct.accountIndex}`)).error).toBeDefined();
    ws.close();
  });

  it('nonces are strict; SkipNonce accepts any higher nonce, never a lower one, and the sequence continues from it', async () => {
    const s = signerFor(sim, acct);
    const n = (await nonceOf()).nonce as number;
    expect((await sendTx(sim, s.signCreateOrder(order(n + 1)))).body.code).toBe(21104);
    const clock = 1_700_000_000_000 + n;
    const skipped = await sendTx(sim, s.signCreateOrder({ ...order(clock), attributes: { skipNonce: true } }));
    expect(skipped.body.code).toBe(200);
    expect((await nonceOf()).nonce).toBe(clock + 1);
    expect(
      (await sendTx(sim, s.signCreateOrder({ ...order(clock - 5), attributes: { skipNonce: true } }))).body.code,
    ).toBe(21104);
    expect((await sendTx(sim, s.signCreateOrder(order(clock + 1)))).body.code).toBe(200);
  });

  it('a tx dropped by the sequencer answers 200 but consumes no nonce, so the next nonce is dropped too until re-read', async () => {
    const s = signerFor(sim, acct);
    const n = (await nonceOf()).nonce as number;
    sim.faults.inject({ kind: 'tx-drop' });
    const dropped = s.signCreateOrder(order(n, { price: 240000 }));
    const r = await sendTx(sim, dropped);
    expect(r.body).toMatchObject({ code: 200, tx_hash: dropped.txHash });
    expect((await nonceOf()).nonce).toBe(n);
    // The API server counted n, so n + 1 passes it; the sequencer drops it for the gap.
    expect((await sendTx(sim, s.signCreateOrder(order(n + 1)))).body.code).toBe(200);
    expect((await nonceOf()).nonce).toBe(n);
    expect((await sendTx(sim, s.signCreateOrder(order(n + 3)))).body.code).toBe(21104);
    expect((await sendTx(sim, s.signCreateOrder(order(n)))).body.code).toBe(200);
    expect((await nonceOf()).nonce).toBe(n + 1);
  });

  it('batches need consecutive nonces (21105) and respect the per-path cap (21514)', async () => {
    const s = signerFor(sim, acct);
    const n = (await nonceOf()).nonce as number;
    const a = s.signCreateOrder(order(n, { price: 230000 }));
    const gap = s.signCreateOrder(order(n + 2, { price: 230100 }));
    const gapped = await postForm(sim, '/api/v1/sendTxBatch', {
      tx_types: JSON.stringify([14, 14]),
      tx_infos: JSON.stringify([a.txInfo, gap.txInfo]),
    });
    expect(gapped.body.code).toBe(21105);
    const sixteen = Array.from({ length: 16 }, (_, i) => s.signCreateOrder(order(n + i, { price: 200000 + i })).txInfo);
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({
      type: 'jsonapi/sendtxbatch',
      data: { id: 'b16', tx_types: JSON.stringify(Array(16).fill(14)), tx_infos: JSON.stringify(sixteen) },
    });
    expect(await ws.next((f) => f.id === 'b16')).toMatchObject({ code: 21514 });
    const rest = await postForm(sim, '/api/v1/sendTxBatch', {
      tx_types: JSON.stringify(Array(16).fill(14)),
      tx_infos: JSON.stringify(sixteen),
    });
    expect(rest.body.code).toBe(200);
    expect((await nonceOf()).nonce).toBe(n + 16);
    ws.close();
  });

  it('a ?readonly=true socket serves private channels with auth but takes no transactions', async () => {
    const ws = await WsProbe.open(`${sim.wsUrl}?readonly=true`);
    const s = signerFor(sim, acct);
    expect((await subscribe(ws, `account_all_orders/${acct.accountIndex}`, s.createAuthToken())).type).toBe(
      'subscribed/account_all_orders',
    );
    const n = (await nonceOf()).nonce as number;
    const tx = s.signCreateOrder(order(n));
    ws.send({ type: 'jsonapi/sendtx', data: { id: 'ro', tx_type: tx.txType, tx_info: tx.txInfo } });
    expect(await ws.next((f) => f.id === 'ro')).toMatchObject({ type: 'jsonapi/sendtx', code: 20001 });
    expect((await nonceOf()).nonce).toBe(n);
    ws.close();
  });
});
