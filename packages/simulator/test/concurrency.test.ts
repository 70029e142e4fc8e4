import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.js';
import { getJson, sendTx, signerFor } from './helpers.js';

describe('concurrent clients', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('keeps nonces, books and balances consistent under parallel sends', async () => {
    const accts = await Promise.all(Array.from({ length: 8 }, () => sim.createAccount({ collateral: '100000' })));
    // each account sends 10 orders in nonce order while all accounts send in parallel;
    // asks and bids cross at one price so every ask fills against some bid
    await Promise.all(
      accts.map(async (a, i) => {
        const s = signerFor(sim, a);
        for (let n = 0; n < 10; n++) {
          const tx = s.signCreateOrder({
            marketIndex: 0,
            clientOrderIndex: n + 1,
            baseAmount: 100,
            price: 300000,
            isAsk: i % 2 === 0,
            orderType: 0,
            timeInForce: 1,
            orderExpiry: -1,
            nonce: n,
          });
          const r = await sendTx(sim, tx);
          expect(r.body.code).toBe(200);
        }
      }),
    );
    for (const a of accts) {
      const n = await getJson(sim, `/api/v1/nextNonce?account_index=${a.accountIndex}&api_key_index=${a.apiKeyIndex}`);
      expect(n.body.nonce).toBe(10);
    }
    const book = await getJson(sim, '/api/v1/orderBookOrders?market_id=0&limit=250');
    expect(book.body.total_asks).toBe(0);
    expect(book.body.total_bids).toBe(0);
    let net = 0;
    for (const a of accts) {
      const r = await getJson(sim, `/api/v1/account?by=index&value=${a.accountIndex}`);
      const acc = (r.body.accounts as { positions: { position: string; sign: number }[] }[])[0]!;
      for (const p of acc.positions) net += Number(p.position) * p.sign;
    }
    expect(net).toBeCloseTo(0, 8);
    const trades = await getJson(sim, '/api/v1/trades?sort_by=trade_id&limit=100&market_id=0');
    expect((trades.body.trades as unknown[]).length).toBe(40);
  });
});
