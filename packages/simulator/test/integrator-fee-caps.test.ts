// An order's integrator fees must stay within the maxima the account approved for that integrator, per market kind
// (docs/protocol/transactions.md#integrators). The venue's code for an excess is undocumented [U]; the simulator
// answers 21149, the code of an order its approval does not cover.
import { withL1Signature } from '@lighter-ts/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../src/index.js';
import { sendTx, signerFor } from './helpers.js';

describe('integrator fee caps', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  let integrator: CreatedAccount;
  let nonce = 0;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
    acct = await sim.createAccount({ spotBalances: { 1: '10' } });
    integrator = await sim.createAccount();
    // Perps: taker up to 1000 ppm, maker up to 200 ppm. Spot: taker up to 50 ppm, no maker fee.
    const approval = signerFor(sim, acct).signApproveIntegrator({
      integratorAccountIndex: integrator.accountIndex,
      maxPerpsTakerFee: 1000,
      maxPerpsMakerFee: 200,
      maxSpotTakerFee: 50,
      maxSpotMakerFee: 0,
      approvalExpiry: sim.now() + 86_400_000,
      nonce: nonce++,
    });
    const sent = await sendTx(sim, await withL1Signature({ signed: approval, l1Signer: acct.l1PrivateKey as string }));
    expect(sent.body.code).toBe(200);
  });
  afterAll(async () => {
    await sim.close();
  });

  /** A resting order paying the integrator `taker` / `maker` ppm; a refused one does not consume its nonce. */
  const order = async (p: { marketIndex: number; taker: number; maker: number; price: number; baseAmount: number }) => {
    const res = await sendTx(
      sim,
      signerFor(sim, acct).signCreateOrder({
        marketIndex: p.marketIndex,
        clientOrderIndex: nonce + 1,
        baseAmount: p.baseAmount,
        price: p.price,
        isAsk: false,
        orderType: 0,
        timeInForce: 1,
        orderExpiry: -1,
        nonce,
        attributes: {
          integratorAccountIndex: integrator.accountIndex,
          integratorTakerFee: p.taker,
          integratorMakerFee: p.maker,
        },
      }),
    );
    if (res.body.code === 200) nonce++;
    return res.body as { code: number; message?: string };
  };
  const perp = (taker: number, maker: number) =>
    order({ marketIndex: 0, taker, maker, price: 250000, baseAmount: 100 });
  const spot = (taker: number, maker: number) =>
    order({ marketIndex: 2048, taker, maker, price: 250000, baseAmount: 1000 });

  it('accepts fees up to the approved maxima', async () => {
    expect((await perp(1000, 200)).code).toBe(200);
    expect((await spot(50, 0)).code).toBe(200);
  });

  it('refuses a taker fee above the maximum, naming the fee and the maximum', async () => {
    const r = await perp(1001, 0);
    expect(r.code).toBe(21149);
    expect(r.message).toMatch(/taker fee 1001 ppm exceeds the 1000 ppm max perps taker fee/);
  });

  it('refuses a maker fee above the maximum', async () => {
    const r = await perp(0, 201);
    expect(r.code).toBe(21149);
    expect(r.message).toMatch(/maker fee 201 ppm exceeds the 200 ppm max perps maker fee/);
  });

  it('holds a spot order to the spot maxima, not the perps ones', async () => {
    const r = await spot(51, 0);
    expect(r.code).toBe(21149);
    expect(r.message).toMatch(/taker fee 51 ppm exceeds the 50 ppm max spot taker fee/);
    expect((await spot(0, 1)).code).toBe(21149);
  });
});
