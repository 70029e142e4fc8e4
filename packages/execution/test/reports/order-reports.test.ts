/**
 * Bulk order status reports (reconciliation R2): `openOnly` stops at the active orders, and a
 * start time is pushed down to the venue as `between_timestamps` (seconds, `start-end`) and
 * applied to what comes back.
 */
import { describe, expect, it } from 'vitest';
import { proxiedClient, useProxiedHarness } from '../helpers/proxied-client.js';
import { has, limit, waitFor } from '../integration/harness.js';

const env = useProxiedHarness();

/** One canceled order (inactive) and one open order, both this client's. */
async function openAndCanceled(c: ReturnType<typeof proxiedClient>): Promise<void> {
  await c.submitOrder(limit({ clientOrderId: 'OPEN-1', price: '2500', postOnly: true }));
  await c.submitOrder(limit({ clientOrderId: 'GONE-1', price: '2400', postOnly: true }));
  await waitFor(
    env.h,
    (ev) => has('OPEN-1', 'OrderAccepted')(ev) && has('GONE-1', 'OrderAccepted')(ev),
    'both accepted',
  );
  await c.cancelOrder({ clientOrderId: 'GONE-1' });
  await waitFor(env.h, has('GONE-1', 'OrderCanceled'), 'canceled');
}

describe('order status reports', () => {
  it('openOnly: only active orders are reported and inactive orders are never requested', async () => {
    const c = proxiedClient(env.h, env.proxy);
    await c.connect();
    await openAndCanceled(c);
    const open = await c.generateOrderStatusReports({ instrumentId: 'ETH-PERP.LIGHTER', openOnly: true });
    expect(open.map((r) => r.clientOrderId)).toEqual(['OPEN-1']);
    expect(env.proxy.count('/api/v1/accountInactiveOrders')).toBe(0);
    const all = await c.generateOrderStatusReports({ instrumentId: 'ETH-PERP.LIGHTER' });
    expect(all.map((r) => r.clientOrderId).sort()).toEqual(['GONE-1', 'OPEN-1']);
  });

  it('between_timestamps: a start time is sent to the venue as start-end seconds and bounds the inactive orders', async () => {
    const c = proxiedClient(env.h, env.proxy);
    await c.connect();
    await openAndCanceled(c);
    const startMs = Date.now() - 3_600_000;
    const endMs = Date.now() + 1_500;
    await c.generateOrderStatusReports({ instrumentId: 'ETH-PERP.LIGHTER', startMs, endMs });
    const inactive = env.proxy.requests.filter((r) => r.path === '/api/v1/accountInactiveOrders');
    expect(inactive.length).toBeGreaterThan(0);
    expect(inactive[0]?.query.get('between_timestamps')).toBe(
      `${Math.floor(startMs / 1000)}-${Math.ceil(endMs / 1000)}`,
    );
    // A window that ended before the cancel excludes the canceled order; active orders are always reported.
    const before = await c.generateOrderStatusReports({
      instrumentId: 'ETH-PERP.LIGHTER',
      startMs: startMs - 3_600_000,
      endMs: startMs,
    });
    expect(before.map((r) => r.clientOrderId)).toEqual(['OPEN-1']);
  });
});
