// Tier and volume quota in the execution client's account state and command results, against the simulator
// (docs/protocol/errors-and-limits.md#volume-quota, #account-tiers).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, has, limit, startHarness, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('tier and volume quota', () => {
  it('a Standard account: results carry no quota, the state says null until the tier is read', async () => {
    const c = h.makeClient();
    await c.connect();
    const sub = await c.submitOrder(limit({ clientOrderId: 'S-1', postOnly: true }));
    expect(sub.outcome).toBe('accepted');
    expect(sub).not.toHaveProperty('volumeQuotaRemaining');
    expect(c.queryAccount()).toMatchObject({ tier: null, volumeQuotaRemaining: null });
    expect(await c.refreshAccountLimits()).toMatchObject({ tier: 'std', volumeQuotaRemaining: null });
    expect(c.queryAccount()?.tier).toBe('std');
  });

  it('a Premium account: every accepted answer updates the quota in the result and the account state', async () => {
    h.sim.setAccountTier({ accountIndex: h.acct.accountIndex, tier: 'premium', remaining: 500 });
    const c = h.makeClient();
    await c.connect();
    const venue = () => h.sim.accountQuota(h.acct.accountIndex).remaining;
    const first = await c.submitOrder(limit({ clientOrderId: 'Q-1', postOnly: true }));
    expect(first.volumeQuotaRemaining).toBe(venue());
    await waitFor(h, has('Q-1', 'OrderAccepted'), 'accepted');
    const cancel = await c.cancelOrder({ clientOrderId: 'Q-1' });
    // cancels spend nothing, and the answer still reports what is left
    expect(cancel.volumeQuotaRemaining).toBe(first.volumeQuotaRemaining);
    const second = await c.submitOrder(limit({ clientOrderId: 'Q-2', postOnly: true, price: '1000' }));
    expect(second.volumeQuotaRemaining).toBe(venue());
    expect(second.volumeQuotaRemaining).toBeLessThanOrEqual(500);
    await waitFor(h, has('Q-2', 'OrderAccepted'), 'accepted');
    const modify = await c.modifyOrder({ clientOrderId: 'Q-2', price: '1001' });
    expect(modify.volumeQuotaRemaining).toBe(venue());
    expect(c.account.venueLimits.volumeQuotaRemaining).toBe(venue());
    expect(c.queryAccount()?.volumeQuotaRemaining).toBe(venue());
    expect((await c.refreshAccountLimits()).tier).toBe('premium');
    expect(c.queryAccount()).toMatchObject({ tier: 'premium', volumeQuotaRemaining: venue() });
  });
});
