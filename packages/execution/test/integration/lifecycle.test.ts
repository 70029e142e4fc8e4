import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, has, limit, startHarness, typesOf, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('execution client lifecycle against the simulator', () => {
  it('accepted -> canceled', async () => {
    const c = h.makeClient();
    await c.connect();
    expect(c.queryAccount()?.accountType).toBe('MARGIN');
    await c.submitOrder(limit({ clientOrderId: 'O-1', postOnly: true }));
    await waitFor(h, has('O-1', 'OrderAccepted'), 'accepted');
    await c.cancelOrder({ clientOrderId: 'O-1' });
    await waitFor(h, has('O-1', 'OrderCanceled'), 'canceled');
    expect(typesOf(h, 'O-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderPendingCancel', 'OrderCanceled']);
    const report = await c.generateOrderStatusReport({ instrumentId: 'ETH-PERP.LIGHTER', clientOrderId: 'O-1' });
    expect(report).toMatchObject({ clientOrderId: 'O-1', orderStatus: 'CANCELED' });
  });
});
