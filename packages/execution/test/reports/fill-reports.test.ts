/**
 * Fill reports (reconciliation R3): the venue-order-id filter keeps only that order's fills and
 * a start time drops earlier fills (and is pushed down to the venue as `from`).
 */
import { describe, expect, it } from 'vitest';
import { proxiedClient, useProxiedHarness } from '../helpers/proxied-client.js';
import { has, limit, waitFor } from '../integration/harness.js';

const env = useProxiedHarness();

/** Rests `clientOrderId` at `price` and fills it with an IOC seller from another account. */
async function restAndFill(
  c: ReturnType<typeof proxiedClient>,
  taker: number,
  clientOrderId: string,
  price: string,
): Promise<void> {
  await c.submitOrder(limit({ clientOrderId, price, postOnly: true }));
  await waitFor(env.h, has(clientOrderId, 'OrderAccepted'), `${clientOrderId} accepted`);
  env.h.sim.placeOrder({ accountIndex: taker, marketIndex: 0, isAsk: true, price, size: '0.01', timeInForce: 'ioc' });
  env.h.sim.flush();
  await waitFor(env.h, has(clientOrderId, 'OrderFilled'), `${clientOrderId} filled`);
}

describe('fill reports', () => {
  it('venue order id filter and start filter', async () => {
    const c = proxiedClient(env.h, env.proxy);
    await c.connect();
    const taker = (await env.h.sim.createAccount({ collateral: '100000' })).accountIndex;
    await restAndFill(c, taker, 'F-1', '2500');
    // Two venue minutes between the fills (well inside the 5 min tx expiry of the next submit).
    env.h.sim.advanceTime(120_000);
    const between = env.h.sim.now() - 60_000;
    await restAndFill(c, taker, 'F-2', '2400');

    const all = await c.generateFillReports({ instrumentId: 'ETH-PERP.LIGHTER' });
    expect(all.map((r) => r.clientOrderId).sort()).toEqual(['F-1', 'F-2']);
    const f1 = all.find((r) => r.clientOrderId === 'F-1')!;

    const byOrder = await c.generateFillReports({ instrumentId: 'ETH-PERP.LIGHTER', venueOrderId: f1.venueOrderId });
    expect(byOrder.map((r) => r.clientOrderId)).toEqual(['F-1']);

    const since = await c.generateFillReports({ instrumentId: 'ETH-PERP.LIGHTER', startMs: between });
    expect(since.map((r) => r.clientOrderId)).toEqual(['F-2']);
    expect(
      env.proxy.requests
        .filter((r) => r.path === '/api/v1/trades')
        .at(-1)
        ?.query.get('from'),
    ).toBe(String(between));

    const until = await c.generateFillReports({ instrumentId: 'ETH-PERP.LIGHTER', endMs: between });
    expect(until.map((r) => r.clientOrderId)).toEqual(['F-1']);
  });
});
