import { createSigner, generatePrivateKey, privateKeyToHex } from '@lighter-ts/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedAccount, type Simulator, startSimulator } from '../src/index.js';
import { getJson, signerFor, WsProbe } from './helpers.js';

describe('auth tokens on private channels and routes', () => {
  let sim: Simulator;
  let acct: CreatedAccount;
  let other: CreatedAccount;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
    acct = await sim.createAccount();
    other = await sim.createAccount();
  });
  afterAll(async () => {
    await sim.close();
  });

  const subscribe = async (ws: WsProbe, channel: string, auth?: string) => {
    ws.send(auth === undefined ? { type: 'subscribe', channel } : { type: 'subscribe', channel, auth });
    return ws.nextNew((f) => 'error' in f || String(f.type).startsWith('subscribed/'));
  };

  it('requires a valid token for the channel account', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    const ch = `account_all_orders/${acct.accountIndex}`;
    expect(((await subscribe(ws, ch)).error as { code: number }).code).toBe(20001);
    const foreign = signerFor(sim, other).createAuthToken();
    expect(((await subscribe(ws, ch, foreign)).error as { code: number }).code).toBe(20001);
    const forged = createSigner({
      chainId: sim.chainId,
      accountIndex: acct.accountIndex,
      apiKeyIndex: acct.apiKeyIndex,
      privateKey: privateKeyToHex(generatePrivateKey()),
    }).createAuthToken();
    expect(((await subscribe(ws, ch, forged)).error as { code: number }).code).toBe(21120);
    const good = signerFor(sim, acct).createAuthToken();
    expect((await subscribe(ws, ch, good)).type).toBe('subscribed/account_all_orders');
    ws.close();
  });

  it('rejects expired tokens and tokens beyond 8 hours', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    const s = signerFor(sim, acct);
    const nowS = Math.floor(sim.now() / 1000);
    const tooLong = s.createAuthToken({ deadline: nowS + 9 * 3600 });
    expect(
      ((await subscribe(ws, `account_all_assets/${acct.accountIndex}`, tooLong)).error as { code: number }).code,
    ).toBe(20001);
    const token = s.createAuthToken({ deadline: nowS + 600 });
    sim.advanceTime(601_000);
    expect(
      ((await subscribe(ws, `account_all_assets/${acct.accountIndex}`, token)).error as { code: number }).code,
    ).toBe(20001);
    ws.close();
  });

  it('private REST routes need auth (header or query)', async () => {
    const path = `/api/v1/accountActiveOrders?account_index=${acct.accountIndex}&market_id=0`;
    expect((await getJson(sim, path)).body.code).toBe(20001);
    const token = signerFor(sim, acct).createAuthToken();
    const viaHeader = await fetch(`${sim.httpUrl}${path}`, { headers: { authorization: token } });
    expect(((await viaHeader.json()) as { code: number }).code).toBe(200);
    expect((await getJson(sim, `${path}&auth=${encodeURIComponent(token)}`)).body.code).toBe(200);
  });
});
