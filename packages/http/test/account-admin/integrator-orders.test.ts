// Orders that name an integrator (tx attributes 1-3) need the account's approval of it
// (docs/protocol/transactions.md#integrators): approve -> accepted, revoke -> 21149, over real sockets to
// @lighter-ts/simulator through the http client's sendTx and its approveIntegrator / revokeIntegrator commands.
import { createSigner, type Signer, signL1Message } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveIntegrator, LighterHttpClient, revokeIntegrator } from '../../src/index.js';

let sim: Simulator;
let acct: CreatedAccount;
let integrator: CreatedAccount;
let http: LighterHttpClient;
let signer: Signer;

beforeAll(async () => {
  sim = await startSimulator({ marketMakers: false });
  acct = await sim.createAccount({ apiKeyIndex: 4, collateral: '100000' });
  integrator = await sim.createAccount();
  http = new LighterHttpClient({ network: sim.network, rateLimits: false });
  signer = createSigner({
    network: sim.network,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
    now: () => sim.now(),
  });
});
afterAll(async () => {
  await http?.close();
  await sim?.close();
});

const wallet = () => ({
  signMessage: ({ message }: { message: string }) =>
    signL1Message({ message, ethPrivateKey: acct.l1PrivateKey as string }),
});

const nextNonce = async () =>
  (await http.nextNonce({ accountIndex: acct.accountIndex, apiKeyIndex: acct.apiKeyIndex })).nonce;

/** A resting bid that pays `integrator` a 0.01 % taker fee. */
const order = async (clientOrderIndex: number) =>
  signer.signCreateOrder({
    marketIndex: 0,
    clientOrderIndex,
    baseAmount: 100,
    price: 250000,
    isAsk: false,
    orderType: 0,
    timeInForce: 1,
    orderExpiry: -1,
    nonce: await nextNonce(),
    attributes: { integratorAccountIndex: integrator.accountIndex, integratorTakerFee: 100, integratorMakerFee: 0 },
  });

describe('orders naming an integrator', () => {
  it('are refused with 21149 until approved, accepted while approved, refused again once revoked', async () => {
    const before = await http.sendTx(await order(1)).catch((e: unknown) => e);
    expect(before).toMatchObject({ outcome: 'rejected', venueCode: 21149 });
    // A plain order (no integrator) is unaffected.
    const plain = signer.signCreateOrder({
      marketIndex: 0,
      clientOrderIndex: 2,
      baseAmount: 100,
      price: 250000,
      isAsk: false,
      orderType: 0,
      timeInForce: 1,
      orderExpiry: -1,
      nonce: await nextNonce(),
    });
    expect((await http.sendTx(plain)).code).toBe(200);

    await approveIntegrator({
      http,
      signer,
      l1Signer: wallet(),
      integratorAccountIndex: integrator.accountIndex,
      maxPerpsTakerFeePpm: 1000,
      maxPerpsMakerFeePpm: 1000,
      maxSpotTakerFeePpm: 0,
      maxSpotMakerFeePpm: 0,
      approvalExpiryMs: sim.now() + 86_400_000,
    });
    expect((await http.sendTx(await order(3))).code).toBe(200);

    await revokeIntegrator({ http, signer, l1Signer: wallet(), integratorAccountIndex: integrator.accountIndex });
    const after = await http.sendTx(await order(4)).catch((e: unknown) => e);
    expect(after).toMatchObject({ outcome: 'rejected', venueCode: 21149 });
    expect((after as Error).message).toMatch(/integrator is not approved/);
  });

  it('an approval that expired no longer counts', async () => {
    await approveIntegrator({
      http,
      signer,
      l1Signer: wallet(),
      integratorAccountIndex: integrator.accountIndex,
      maxPerpsTakerFeePpm: 1000,
      maxPerpsMakerFeePpm: 1000,
      maxSpotTakerFeePpm: 0,
      maxSpotMakerFeePpm: 0,
      approvalExpiryMs: sim.now() + 60_000,
    });
    expect((await http.sendTx(await order(5))).code).toBe(200);
    sim.advanceTime(120_000);
    expect(await http.sendTx(await order(6)).catch((e: unknown) => e)).toMatchObject({ venueCode: 21149 });
  });
});
