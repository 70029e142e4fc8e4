import { withL1Signature } from '@lighter-ts/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../src/index.js';
import { getJson, sendTx, signerFor } from './helpers.js';

describe('ApproveIntegrator (docs/protocol/transactions.md#integrators)', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  let integrator: CreatedAccount;
  let nonce = 0;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
    acct = await sim.createAccount();
    integrator = await sim.createAccount();
  });
  afterAll(async () => {
    await sim.close();
  });

  const approvals = async () => {
    const { body } = await getJson(sim, `/api/v1/account?by=index&value=${acct.accountIndex}`);
    return (body.accounts as { approved_integrators: Record<string, unknown>[] }[])[0]?.approved_integrators;
  };
  const approve = (p: { fee: number; expiry: number }) =>
    signerFor(sim, acct).signApproveIntegrator({
      integratorAccountIndex: integrator.accountIndex,
      maxPerpsTakerFee: p.fee,
      maxPerpsMakerFee: 0,
      maxSpotTakerFee: 0,
      maxSpotMakerFee: 0,
      approvalExpiry: p.expiry,
      nonce,
    });

  it('records an L1-signed approval on the account and removes it on revocation', async () => {
    const expiry = sim.now() + 86_400_000;
    const tx = await withL1Signature({ signed: approve({ fee: 1000, expiry }), l1Signer: acct.l1PrivateKey as string });
    expect((await sendTx(sim, tx)).body.code).toBe(200);
    nonce++;
    expect(await approvals()).toEqual([
      {
        account_index: integrator.accountIndex,
        name: '',
        max_perps_taker_fee: 1000,
        max_perps_maker_fee: 0,
        max_spot_taker_fee: 0,
        max_spot_maker_fee: 0,
        approval_expiry: expiry,
      },
    ]);
    // revocation: expiry 0 and every fee 0, as NautilusTrader's revoke tool sends it (no L1Sig)
    expect((await sendTx(sim, approve({ fee: 0, expiry: 0 }))).body.code).toBe(200);
    nonce++;
    expect(await approvals()).toEqual([]);
  });

  it('wants the owner L1 signature for an approval with a fee, and refuses system accounts', async () => {
    expect((await sendTx(sim, approve({ fee: 500, expiry: sim.now() + 86_400_000 }))).body.code).toBe(21504);
    const foreign = await withL1Signature({
      signed: approve({ fee: 500, expiry: sim.now() + 86_400_000 }),
      l1Signer: integrator.l1PrivateKey as string,
    });
    expect((await sendTx(sim, foreign)).body.code).toBe(21504);
    const system = signerFor(sim, acct).signApproveIntegrator({
      integratorAccountIndex: 1,
      maxPerpsTakerFee: 0,
      maxPerpsMakerFee: 0,
      maxSpotTakerFee: 0,
      maxSpotMakerFee: 0,
      approvalExpiry: sim.now() + 1000,
      nonce,
    });
    expect(
      (await sendTx(sim, await withL1Signature({ signed: system, l1Signer: acct.l1PrivateKey as string }))).body.code,
    ).toBe(21146);
  });
});
