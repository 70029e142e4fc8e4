// Tier and volume quota (docs/protocol/errors-and-limits.md#volume-quota, #account-tiers): real sockets, real signing.
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

async function nextNonce(sim: Simulator, acct: CreatedAccount): Promise<number> {
  return (await getJson(sim, `/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`))
    .body.nonce as number;
}

async function tierOf(sim: Simulator, acct: CreatedAccount): Promise<unknown> {
  const auth = encodeURIComponent(signerFor(sim, acct).createAuthToken());
  return (await getJson(sim, `/api/v1/accountLimits?account_index=${acct.accountIndex}&auth=${auth}`)).body.user_tier;
}

async function adminQuota(
  sim: Simulator,
  body: Record<string, unknown>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${sim.httpUrl}/__sim/quota`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('volume quota and tier, every unit counted (no free request)', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false, volumeQuota: { freeTxIntervalMs: false } });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('a Standard account spends nothing and is told so; accountLimits says std', async () => {
    const acct = await sim.createAccount();
    const r = await sendTx(sim, signerFor(sim, acct).signCreateOrder(order(await nextNonce(sim, acct))));
    expect(r.body).toMatchObject({ code: 200, message: '{"ratelimit": "didn\'t use volume quota"}' });
    expect(r.body).not.toHaveProperty('volume_quota_remaining');
    expect(await tierOf(sim, acct)).toBe('std');
    expect(sim.accountQuota(acct.accountIndex)).toEqual({ tier: 'standard', remaining: 1000 });
  });

  it('Premium (set through the admin route): each order spends one, cancels spend none, a batch spends per order', async () => {
    const acct = await sim.createAccount();
    expect((await adminQuota(sim, { accountIndex: acct.accountIndex, tier: 'premium' })).body).toEqual({
      code: 200,
      quota: { tier: 'premium', remaining: 1000 },
    });
    expect(await tierOf(sim, acct)).toBe('premium');
    const s = signerFor(sim, acct);
    let n = await nextNonce(sim, acct);
    const seen: unknown[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await sendTx(sim, s.signCreateOrder(order(n++, { clientOrderIndex: i })));
      seen.push(r.body.volume_quota_remaining);
      expect(r.body.message).toBe(`${String(r.body.volume_quota_remaining)} volume quota remaining.`);
    }
    expect(seen).toEqual([999, 998, 997]);
    const cancel = await sendTx(sim, s.signCancelOrder({ marketIndex: 0, orderIndex: 1, nonce: n++ }));
    expect(cancel.body).toMatchObject({ code: 200, volume_quota_remaining: 997 });
    const batch = [
      s.signCreateOrder(order(n++, { clientOrderIndex: 4 })),
      s.signCreateOrder(order(n++, { clientOrderIndex: 5 })),
    ];
    const b = await postForm(sim, '/api/v1/sendTxBatch', {
      tx_types: JSON.stringify(batch.map((t) => t.txType)),
      tx_infos: JSON.stringify(batch.map((t) => t.txInfo)),
    });
    expect(b.body).toMatchObject({ code: 200, volume_quota_remaining: 995 });
    // over WS the answer carries it too
    const ws = await WsProbe.open(sim.wsUrl);
    const tx = s.signCreateOrder(order(n++, { clientOrderIndex: 6 }));
    ws.send({
      type: 'jsonapi/sendtx',
      data: { id: 'q1', tx_type: tx.txType, tx_info: JSON.parse(tx.txInfo) as unknown },
    });
    expect(await ws.next((f) => f.type === 'jsonapi/sendtx')).toMatchObject({
      code: 200,
      id: 'q1',
      volume_quota_remaining: 994,
    });
    ws.close();
    expect(sim.accountQuota(acct.accountIndex)).toEqual({ tier: 'premium', remaining: 994 });
  });

  it('a spent quota answers 429 / 23000 without consuming the nonce; sub-accounts of one owner share it', async () => {
    const acct = await sim.createAccount();
    const sibling = await sim.createAccount({ l1Address: acct.l1Address });
    sim.setAccountTier({ accountIndex: acct.accountIndex, tier: 'plus', remaining: 1 });
    expect(sim.accountQuota(sibling.accountIndex)).toEqual({ tier: 'plus', remaining: 1 });
    const s = signerFor(sim, acct);
    const n = await nextNonce(sim, acct);
    expect((await sendTx(sim, s.signCreateOrder(order(n)))).body.volume_quota_remaining).toBe(0);
    const refused = await sendTx(sim, s.signCreateOrder(order(n + 1, { clientOrderIndex: 9 })));
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe(23000);
    expect(await nextNonce(sim, acct)).toBe(n + 1);
    // the sibling (same L1 address) is out of quota too
    const sib = await sendTx(sim, signerFor(sim, sibling).signCreateOrder(order(await nextNonce(sim, sibling))));
    expect(sib.body.code).toBe(23000);
    sim.setAccountTier({ accountIndex: acct.accountIndex, remaining: 5 });
    expect((await sendTx(sim, s.signCreateOrder(order(n + 1, { clientOrderIndex: 9 })))).body).toMatchObject({
      code: 200,
      volume_quota_remaining: 4,
    });
  });

  it('fills earn one unit per 10 USDC traded for the taker and the maker', async () => {
    const maker = await sim.createAccount();
    const taker = await sim.createAccount();
    sim.setAccountTier({ accountIndex: maker.accountIndex, tier: 'premium', remaining: 100 });
    sim.setAccountTier({ accountIndex: taker.accountIndex, tier: 'premium', remaining: 100 });
    // 0.04 ETH at 2600 = 104 USDC of notional = 10 units each (above the bids earlier tests left at 2500)
    expect(
      sim.placeOrder({ accountIndex: maker.accountIndex, marketIndex: 0, isAsk: true, price: '2600', size: '0.04' })
        .status,
    ).toBe('open');
    const r = await sendTx(
      sim,
      signerFor(sim, taker).signCreateOrder(
        order(await nextNonce(sim, taker), { baseAmount: 400, price: 260000, timeInForce: 0, orderExpiry: 0 }),
      ),
    );
    expect(r.body.code).toBe(200);
    // the answer is written after the match: the taker's order spent one, the fill earned ten
    expect(r.body.volume_quota_remaining).toBe(109);
    expect(sim.accountQuota(maker.accountIndex).remaining).toBe(110);
  });

  it('changeAccountTier switches the tier and refuses the same tier, open orders and a quick downgrade', async () => {
    const acct = await sim.createAccount();
    // a fresh token per call: the venue clock jumps a day below
    const change = (tier: string) =>
      postForm(sim, '/api/v1/changeAccountTier', {
        account_index: String(acct.accountIndex),
        new_tier: tier,
        auth: signerFor(sim, acct).createAuthToken(),
      });
    expect((await change('gold')).body.code).toBe(62002);
    expect((await change('standard')).body.code).toBe(62003);
    expect((await change('premium')).body.code).toBe(200);
    expect(await tierOf(sim, acct)).toBe('premium');
    expect((await change('standard')).body.code).toBe(62006);
    sim.advanceTime(24 * 3600_000);
    const resting = sim.placeOrder({
      accountIndex: acct.accountIndex,
      marketIndex: 0,
      isAsk: false,
      price: '1000',
      size: '0.01',
    });
    expect((await change('standard')).body.code).toBe(62005);
    const s = signerFor(sim, acct);
    expect(
      (
        await sendTx(
          sim,
          s.signCancelOrder({ marketIndex: 0, orderIndex: resting.orderIndex, nonce: await nextNonce(sim, acct) }),
        )
      ).body.code,
    ).toBe(200);
    expect((await change('standard')).body.code).toBe(200);
    expect(await tierOf(sim, acct)).toBe('std');
  });
});

describe('volume quota with the free request every 15 s', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ marketMakers: false });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('the first request of a 15 s window spends nothing, the next ones do', async () => {
    const acct = await sim.createAccount();
    sim.setAccountTier({ accountIndex: acct.accountIndex, tier: 'premium' });
    const s = signerFor(sim, acct);
    let n = await nextNonce(sim, acct);
    const remaining = async () =>
      (await sendTx(sim, s.signCreateOrder(order(n++, { clientOrderIndex: n })))).body.volume_quota_remaining;
    expect(await remaining()).toBe(1000);
    expect(await remaining()).toBe(999);
    sim.advanceTime(15_000);
    expect(await remaining()).toBe(999);
    expect(await remaining()).toBe(998);
  });
});
