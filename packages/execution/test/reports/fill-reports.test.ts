/**
 * Fill reports (reconciliation R3): the venue-order-id filter keeps only that order's fills and
 * a start time drops earlier fills (and is pushed down to the venue as `from`). The venue lists
 * trades newest first, so the walk stops at the first trade older than the start: no page after it
 * is requested (`trades` costs rate-limit weight), and trades stamped exactly at the start still count.
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

  it('a start time ends the trade walk at the first older trade; trades stamped exactly at the start all come', async () => {
    const c = proxiedClient(env.h, env.proxy);
    await c.connect();
    const me = env.h.acct.accountIndex;
    const taker = (await env.h.sim.createAccount({ collateral: '100000' })).accountIndex;
    const bid = { accountIndex: me, marketIndex: 0, isAsk: false, price: '2500', size: '0.01' } as const;
    // 101 resting bids of ours taken by one sell: 101 trades, more than a page (100), stamped within a few ms
    for (let i = 0; i < 101; i++) env.h.sim.placeOrder(bid);
    env.h.sim.placeOrder({ ...bid, accountIndex: taker, isAsk: true, size: '1.01', timeInForce: 'ioc' });
    env.h.sim.advanceTime(120_000);
    env.h.sim.placeOrder(bid);
    env.h.sim.placeOrder({ ...bid, accountIndex: taker, isAsk: true, timeInForce: 'ioc' });

    const all = await c.generateFillReports({ instrumentId: 'ETH-PERP.LIGHTER' });
    expect(all).toHaveLength(102);
    const newest = Math.max(...all.map((r) => r.tsEvent));

    const pages = () => env.proxy.count('/api/v1/trades');
    const before = pages();
    const recent = await c.generateFillReports({ instrumentId: 'ETH-PERP.LIGHTER', startMs: newest - 60_000 });
    expect(recent.map((r) => r.tsEvent)).toEqual([newest]);
    // the first page already reaches a trade older than the start: the walk ends there
    expect(pages() - before).toBe(1);

    // A start equal to a millisecond that several trades share: every one of them is reported.
    const perMs = new Map<number, number>();
    for (const r of all) perMs.set(r.tsEvent, (perMs.get(r.tsEvent) ?? 0) + 1);
    const [tied, shared] = [...perMs].sort((a, b) => b[1] - a[1])[0] as [number, number];
    expect(shared).toBeGreaterThan(1);
    const sinceTied = await c.generateFillReports({ instrumentId: 'ETH-PERP.LIGHTER', startMs: tied });
    expect(sinceTied).toHaveLength(all.filter((r) => r.tsEvent >= tied).length);
  });
});
