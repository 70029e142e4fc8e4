import { parseWsFrame } from '@lighter-ts/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.js';
import { getJson, sendTx, signerFor, WsProbe } from './helpers.js';

describe('spot market ETH/USDC (2048)', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false, flushIntervalMs: 10 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('settles base and quote balances and reports avg entry prices', async () => {
    const seller = await sim.createAccount({ collateral: '0', spotBalances: { 1: '2.0000' } });
    const buyer = await sim.createAccount({ collateral: '10000' });
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({
      type: 'subscribe',
      channel: `account_spot_avg_entry_prices/${buyer.accountIndex}`,
      auth: signerFor(sim, buyer).createAuthToken(),
    });
    await ws.next((f) => f.type === 'subscribed/account_spot_avg_entry_prices');
    expect(
      sim.placeOrder({
        accountIndex: seller.accountIndex,
        marketIndex: 2048,
        isAsk: true,
        price: '3000.00',
        size: '1.0000',
      }).status,
    ).toBe('open');
    const tx = signerFor(sim, buyer).signCreateOrder({
      marketIndex: 2048,
      baseAmount: 5000,
      price: 300000,
      isAsk: false,
      orderType: 1,
      timeInForce: 0,
      orderExpiry: 0,
      nonce: 0,
    });
    expect((await sendTx(sim, tx)).body.code).toBe(200);
    const acct = await getJson(sim, `/api/v1/account?by=index&value=${buyer.accountIndex}`);
    const assets = (
      acct.body.accounts as { assets: { asset_id: number; balance: string }[]; collateral: string }[]
    )[0]!;
    expect(assets.collateral).toBe('8500.000000');
    expect(assets.assets.find((x) => x.asset_id === 1)?.balance).toBe('0.5000');
    const upd = await ws.next((f) => f.type === 'update/account_spot_avg_entry_prices');
    expect(
      (upd.avg_entry_prices as Record<string, { avg_entry_price: string; asset_size: string }>)['1'],
    ).toMatchObject({ avg_entry_price: '3000.00', asset_size: '0.5000' });
    expect((parseWsFrame(upd) as { kind: string }).kind).toBe('account_spot_avg_entry_prices');
    ws.close();
  });

  it('rejects a spot sell beyond the base balance and spot-only rule violations', async () => {
    const poor = await sim.createAccount({ collateral: '10000' });
    const s = signerFor(sim, poor);
    const r = await sendTx(
      sim,
      s.signCreateOrder({
        marketIndex: 2048,
        baseAmount: 5000,
        price: 400000,
        isAsk: true,
        orderType: 0,
        timeInForce: 1,
        orderExpiry: -1,
        nonce: 0,
      }),
    );
    expect(r.body.code).toBe(21304);
    const ioc = await sendTx(
      sim,
      s.signCreateOrder({
        marketIndex: 2048,
        baseAmount: 5000,
        price: 100000,
        isAsk: true,
        orderType: 0,
        timeInForce: 0,
        orderExpiry: 0,
        nonce: 0,
      }),
    );
    expect(ioc.body.code).toBe(200); // taker: accepted, then canceled by the sequencer
    const inactive = await getJson(
      sim,
      `/api/v1/accountInactiveOrders?account_index=${poor.accountIndex}&limit=5&auth=${encodeURIComponent(s.createAuthToken())}`,
    );
    expect((inactive.body.orders as { status: string }[])[0]!.status).toBe('canceled-invalid-balance');
  });
});
