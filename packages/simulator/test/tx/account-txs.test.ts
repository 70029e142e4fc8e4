import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../../src/index.js';
import { fixture } from '../conformance/fixtures.js';
import { compareShape } from '../conformance/shape.js';
import { getJson, sendTx, signerFor } from '../helpers.js';

describe('signed order management and account txs over REST', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  let peer: CreatedAccount;
  let nonce = 0;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
    acct = await sim.createAccount({ collateral: '20000' });
    peer = await sim.createAccount({ collateral: '20000' });
  });
  afterAll(async () => {
    await sim.close();
  });
  const s = () => signerFor(sim, acct);
  const auth = () => encodeURIComponent(s().createAuthToken());
  const ok = async (tx: { txType: number; txInfo: string }) => {
    const r = await sendTx(sim, tx);
    expect(r.body.code, JSON.stringify(r.body)).toBe(200);
    nonce++;
    return r;
  };
  const active = async () =>
    (await getJson(sim, `/api/v1/accountActiveOrders?account_index=${acct.accountIndex}&market_id=0&auth=${auth()}`))
      .body.orders as Record<string, unknown>[];

  it('create, modify, cancel by client order index, cancel-all', async () => {
    await ok(
      s().signCreateOrder({
        marketIndex: 0,
        clientOrderIndex: 77,
        baseAmount: 100,
        price: 280000,
        isAsk: false,
        orderType: 0,
        timeInForce: 1,
        orderExpiry: -1,
        nonce,
      }),
    );
    const [o] = await active();
    expect(o).toMatchObject({
      client_order_index: 77,
      price: '2800.00',
      status: 'open',
      type: 'limit',
      time_in_force: 'good-till-time',
    });
    await ok(
      s().signModifyOrder({
        marketIndex: 0,
        orderIndex: Number(o!.order_index),
        baseAmount: 200,
        price: 281000,
        nonce,
      }),
    );
    expect((await active())[0]).toMatchObject({
      price: '2810.00',
      initial_base_amount: '0.0200',
      remaining_base_amount: '0.0200',
    });
    await ok(s().signCancelOrder({ marketIndex: 0, orderIndex: 77, nonce }));
    expect(await active()).toEqual([]);
    const byCoi = await getJson(
      sim,
      `/api/v1/accountOrders?client_order_indexes=77&account_index=${acct.accountIndex}&auth=${auth()}`,
    );
    expect((byCoi.body.orders as Record<string, unknown>[])[0]).toMatchObject({
      client_order_index: 77,
      status: 'canceled',
    });
    const inactive = await getJson(
      sim,
      `/api/v1/accountInactiveOrders?account_index=${acct.accountIndex}&limit=10&auth=${auth()}`,
    );
    expect((inactive.body.orders as unknown[]).length).toBe(1);
    await ok(
      s().signCreateOrder({
        marketIndex: 0,
        clientOrderIndex: 78,
        baseAmount: 100,
        price: 280000,
        isAsk: false,
        orderType: 0,
        timeInForce: 1,
        orderExpiry: -1,
        nonce,
      }),
    );
    await ok(s().signCancelAllOrders({ timeInForce: 0, time: 0, nonce }));
    expect(await active()).toEqual([]);
    const cancelMissing = await sendTx(sim, s().signCancelOrder({ marketIndex: 0, orderIndex: 78, nonce }));
    expect(cancelMissing.body.code).toBe(21715);
  });

  it('grouped OTOCO over REST creates a parent and two pending children', async () => {
    const tx = s().signCreateGroupedOrders({
      groupingType: 3,
      nonce,
      orders: [
        { marketIndex: 0, baseAmount: 100, price: 280000, isAsk: false, orderType: 0, timeInForce: 1, orderExpiry: -1 },
        {
          marketIndex: 0,
          baseAmount: 0,
          price: 260000,
          isAsk: true,
          orderType: 2,
          timeInForce: 0,
          triggerPrice: 265000,
          reduceOnly: true,
          orderExpiry: -1,
        },
        {
          marketIndex: 0,
          baseAmount: 0,
          price: 300000,
          isAsk: true,
          orderType: 4,
          timeInForce: 0,
          triggerPrice: 295000,
          reduceOnly: true,
          orderExpiry: -1,
        },
      ],
    });
    await ok(tx);
    const orders = await active();
    expect(orders.map((o) => [o.type, o.status, o.trigger_status]).sort()).toEqual([
      ['limit', 'open', 'na'],
      ['stop-loss', 'pending', 'parent-order'],
      ['take-profit', 'pending', 'parent-order'],
    ]);
    await ok(s().signCancelAllOrders({ timeInForce: 0, time: 0, nonce }));
  });

  it('update leverage: valid IMF accepted, below market minimum is 21113', async () => {
    await ok(s().signUpdateLeverage({ marketIndex: 0, initialMarginFraction: 1000, marginMode: 0, nonce }));
    const a = await getJson(sim, `/api/v1/account?by=index&value=${acct.accountIndex}`);
    const pos = (a.body.accounts as { positions: { market_id: number; initial_margin_fraction: string }[] }[])[0]!
      .positions;
    expect(pos.find((p) => p.market_id === 0)?.initial_margin_fraction).toBe('10.00');
    const bad = await sendTx(
      sim,
      s().signUpdateLeverage({ marketIndex: 0, initialMarginFraction: 100, marginMode: 0, nonce }),
    );
    expect(bad.body.code).toBe(21113);
  });

  it('transfer (L1-signed) and withdraw move collateral and appear in the histories', async () => {
    const t = s().signTransfer({
      toAccountIndex: peer.accountIndex,
      assetIndex: 3,
      fromRouteType: 0,
      toRouteType: 0,
      amount: 1_000_000_000,
      usdcFee: 0,
      nonce,
      ethPrivateKey: acct.l1PrivateKey,
    });
    await ok(t);
    const w = s().signWithdraw({ assetIndex: 3, routeType: 0, amount: 500_000_000, nonce });
    await ok(w);
    const me = await getJson(sim, `/api/v1/account?by=index&value=${acct.accountIndex}`);
    expect((me.body.accounts as { collateral: string }[])[0]!.collateral).toBe('18500.000000');
    const them = await getJson(sim, `/api/v1/account?by=index&value=${peer.accountIndex}`);
    expect((them.body.accounts as { collateral: string }[])[0]!.collateral).toBe('21000.000000');
    const th = await getJson(sim, `/api/v1/transfer/history?account_index=${acct.accountIndex}&auth=${auth()}`);
    expect(compareShape(th.body, fixture('rest/ccxt_transfer_history.json'))).toEqual([]);
    expect((th.body.transfers as { tx_hash: string }[])[0]!.tx_hash).toBe(t.txHash);
    const dh = await getJson(
      sim,
      `/api/v1/deposit/history?account_index=${acct.accountIndex}&l1_address=${acct.l1Address}&auth=${auth()}`,
    );
    expect(compareShape(dh.body, fixture('rest/ccxt_deposit_history.json'))).toEqual([]);
    const wh = await getJson(sim, `/api/v1/withdraw/history?account_index=${acct.accountIndex}&auth=${auth()}`);
    expect((wh.body.withdraws as { amount: string }[])[0]!.amount).toBe('500.000000');
    const unsignedL1 = await sendTx(
      sim,
      s().signTransfer({
        toAccountIndex: peer.accountIndex,
        assetIndex: 3,
        fromRouteType: 0,
        toRouteType: 0,
        amount: 1_000_000,
        nonce,
      }),
    );
    expect(unsignedL1.body.code).toBe(21504);
    const tooMuch = await sendTx(sim, s().signWithdraw({ assetIndex: 3, routeType: 0, amount: 10n ** 12n, nonce }));
    expect(tooMuch.body.code).toBe(21301);
  });

  it('account txs and tx lookup by hash', async () => {
    const txs = await getJson(
      sim,
      `/api/v1/accountTxs?by=account_index&value=${acct.accountIndex}&limit=5&auth=${auth()}`,
    );
    const list = txs.body.txs as { hash: string; type: number; nonce: number }[];
    expect(list.length).toBe(5);
    expect(list[0]!.nonce).toBe(nonce - 1);
    const one = await getJson(sim, `/api/v1/tx?by=hash&value=${list[0]!.hash}`);
    expect(one.body).toMatchObject({ code: 200, hash: list[0]!.hash, status: 2 });
    expect((await getJson(sim, '/api/v1/tx?by=hash&value=00')).body.code).toBe(21500);
  });
});
