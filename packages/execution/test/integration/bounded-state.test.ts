/**
 * Bounded state end to end (issue 12 #9): terminal orders leave the registry and the identity
 * journal; open orders keep their mapping across a restart.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileIdentityStore } from '../../src/identity/file-store.js';
import { type Harness, has, limit, startHarness, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('bounded order state against the simulator', () => {
  it('canceled orders beyond maxTerminalOrders are forgotten (memory and journal), open ones are kept', async () => {
    const c = h.makeClient({ retention: { maxTerminalOrders: 2 } });
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'KEEP-1', price: '1000', postOnly: true }));
    const cloids = Array.from({ length: 8 }, (_, i) => `GONE-${i}`);
    await c.submitOrderList({
      orders: cloids.map((clientOrderId, i) => limit({ clientOrderId, price: String(1100 + i), postOnly: true })),
    });
    await waitFor(h, (e) => [...cloids, 'KEEP-1'].every((x) => has(x, 'OrderAccepted')(e)), 'all accepted');
    await c.batchCancelOrders({ clientOrderIds: cloids });
    await waitFor(h, (e) => cloids.every((x) => has(x, 'OrderCanceled')(e)), 'all canceled');
    expect(cloids.map((x) => c.orderStatus(x))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'CANCELED',
      'CANCELED',
    ]);
    expect(c.orderStatus('KEEP-1')).toBe('ACCEPTED');
    await c.close();
    const journal = new FileIdentityStore({ path: join(h.dir, 'ids.json') });
    expect(
      journal
        .all()
        .map((x) => x.clientOrderId)
        .sort(),
    ).toEqual(['GONE-6', 'GONE-7', 'KEEP-1']);
    // A restarted client still maps the open order back to its ClientOrderId.
    const again = h.makeClient();
    await again.connect();
    const open = await again.generateOrderStatusReports({ instrumentId: 'ETH-PERP.LIGHTER', openOnly: true });
    expect(open.map((r) => r.clientOrderId)).toEqual(['KEEP-1']);
  });

  it('rejects invalid retention knobs at construction', () => {
    expect(() => h.makeClient({ retention: { terminalOrderTtlMs: 1.5 } })).toThrow(
      expect.objectContaining({ fields: ['retention.terminalOrderTtlMs'] }),
    );
  });
});
