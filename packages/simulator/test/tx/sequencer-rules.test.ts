// The venue's nonce and key rules beyond shape and signature, over real sockets
// (docs/protocol/transactions.md#nonces, docs/protocol/transactions.md#maker-only-api-keys).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../../src/index.js';
import { getJson, postForm, sendTx, signerFor } from '../helpers.js';

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

describe('sequencer drops and maker-only keys', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
    acct = await sim.createAccount({ collateral: '100000' });
  });
  afterAll(async () => {
    await sim.close();
  });

  const nonceOf = async (a: CreatedAccount = acct) =>
    (await getJson(sim, `/api/v1/nextNonce?account_index=${a.accountIndex}&api_key_index=${a.apiKeyIndex}`)).body
      .nonce as number;
  const known = async (hash: string) => (await getJson(sim, `/api/v1/tx?by=hash&value=${hash}`)).body.code === 200;
  const activeOrders = async (a: CreatedAccount) => {
    const auth = encodeURIComponent(signerFor(sim, a).createAuthToken());
    return (await getJson(sim, `/api/v1/accountActiveOrders?account_index=${a.accountIndex}&market_id=0&auth=${auth}`))
      .body.orders as unknown[];
  };

  it('after a drop, later txs pass the API and are dropped for the gap; re-signed from nextNonce they land', async () => {
    const s = signerFor(sim, acct);
    const n = await nonceOf();
    sim.faults.inject({ kind: 'tx-drop' });
    const [a, b, c] = [0, 1, 2].map((i) =>
      s.signCreateOrder(order(n + i, { clientOrderIndex: 100 + i, price: 240000 + i })),
    );
    for (const tx of [a!, b!, c!])
      expect((await sendTx(sim, tx)).body).toMatchObject({ code: 200, tx_hash: tx.txHash });
    expect(await nonceOf()).toBe(n);
    for (const tx of [a!, b!, c!]) expect(await known(tx.txHash)).toBe(false);
    const b2 = s.signCreateOrder(order(n, { clientOrderIndex: 101, price: 240001 }));
    const c2 = s.signCreateOrder(order(n + 1, { clientOrderIndex: 102, price: 240002 }));
    expect((await sendTx(sim, b2)).body.code).toBe(200);
    expect((await sendTx(sim, c2)).body.code).toBe(200);
    expect(await nonceOf()).toBe(n + 2);
    expect([await known(b2.txHash), await known(c2.txHash), await known(a!.txHash)]).toEqual([true, true, false]);
  });

  it('a resting order without margin answers 200 and is dropped without consuming its nonce (default)', async () => {
    const poor = await sim.createAccount({ collateral: '1' });
    const n = await nonceOf(poor);
    const tx = signerFor(sim, poor).signCreateOrder(order(n, { baseAmount: 100_000, price: 300000 }));
    expect((await sendTx(sim, tx)).body).toMatchObject({ code: 200, tx_hash: tx.txHash });
    expect(await nonceOf(poor)).toBe(n);
    expect(await known(tx.txHash)).toBe(false);
    expect(await activeOrders(poor)).toEqual([]);
  });

  it("noMarginRefusal: 'api' refuses the same order with 21739 at once", async () => {
    const strict = await startSimulator({ marketMakers: false, noMarginRefusal: 'api' });
    try {
      const poor = await strict.createAccount({ collateral: '1' });
      const tx = signerFor(strict, poor).signCreateOrder(order(0, { baseAmount: 100_000, price: 300000 }));
      expect((await sendTx(strict, tx)).body.code).toBe(21739);
    } finally {
      await strict.close();
    }
  });

  it('setMakerOnlyApiKeys replaces the set; a maker-only key sends post-only creates, modifies and cancels, nothing else (62007)', async () => {
    const maker = await sim.createAccount({ collateral: '100000', apiKeyIndex: 4 });
    const s = signerFor(sim, maker);
    const auth = s.createAuthToken();
    const get = async () =>
      (
        await getJson(
          sim,
          `/api/v1/getMakerOnlyApiKeys?account_index=${maker.accountIndex}&auth=${encodeURIComponent(auth)}`,
        )
      ).body;
    const set = (indexes: string) =>
      postForm(sim, '/api/v1/setMakerOnlyApiKeys', {
        account_index: String(maker.accountIndex),
        api_key_indexes: indexes,
        auth,
      });
    expect((await set('[2]')).body.code).toBe(20001);
    expect(
      (
        await postForm(sim, '/api/v1/setMakerOnlyApiKeys', {
          account_index: String(maker.accountIndex),
          api_key_indexes: `[${maker.apiKeyIndex}]`,
        })
      ).status,
    ).toBe(400);
    expect((await set(`[${maker.apiKeyIndex}]`)).body.code).toBe(200);
    expect(await get()).toMatchObject({ code: 200, api_key_indexes: [maker.apiKeyIndex] });

    let n = await nonceOf(maker);
    const gtt = await sendTx(sim, s.signCreateOrder(order(n, { clientOrderIndex: 1 })));
    expect(gtt.body.code).toBe(62007);
    const ioc = await sendTx(sim, s.signCreateOrder(order(n, { clientOrderIndex: 1, timeInForce: 0, orderExpiry: 0 })));
    expect(ioc.body.code).toBe(62007);
    expect(await nonceOf(maker)).toBe(n);
    expect((await sendTx(sim, s.signCreateOrder(order(n++, { clientOrderIndex: 2, timeInForce: 2 })))).body.code).toBe(
      200,
    );
    const [resting] = (await activeOrders(maker)) as { order_index: number }[];
    expect(
      (
        await sendTx(
          sim,
          s.signModifyOrder({
            marketIndex: 0,
            orderIndex: resting!.order_index,
            baseAmount: 200,
            price: 250100,
            triggerPrice: 0,
            nonce: n++,
          }),
        )
      ).body.code,
    ).toBe(200);
    expect(
      (await sendTx(sim, s.signCancelOrder({ marketIndex: 0, orderIndex: resting!.order_index, nonce: n++ }))).body
        .code,
    ).toBe(200);

    expect((await set('[]')).body.code).toBe(200);
    expect((await get()).api_key_indexes).toEqual([]);
    expect((await sendTx(sim, s.signCreateOrder(order(n, { clientOrderIndex: 3 })))).body.code).toBe(200);
  });
});
