/**
 * Trigger-only modify (NT `a9739c10fa`): a modify that names only a new trigger price moves the
 * trigger at the venue and keeps the order's quantity and (for a stop-limit) its limit price.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, has, startHarness, waitFor } from '../integration/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('trigger-only modify', () => {
  it('moves the trigger of a stop-limit and of a stop-market; the stop-limit keeps its price and quantity', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder({
      clientOrderId: 'TL-1',
      instrumentId: 'ETH-PERP.LIGHTER',
      side: 'BUY',
      type: 'STOP_LIMIT',
      quantity: '0.02',
      price: '3060',
      triggerPrice: '3050',
      timeInForce: 'GTC',
    });
    await c.submitOrder({
      clientOrderId: 'TM-1',
      instrumentId: 'ETH-PERP.LIGHTER',
      side: 'BUY',
      type: 'STOP_MARKET',
      quantity: '0.01',
      triggerPrice: '3050',
      timeInForce: 'GTC',
    });
    await waitFor(h, (ev) => has('TL-1', 'OrderAccepted')(ev) && has('TM-1', 'OrderAccepted')(ev), 'accepted');

    await c.modifyOrder({ clientOrderId: 'TL-1', triggerPrice: '3040' });
    await c.modifyOrder({ clientOrderId: 'TM-1', triggerPrice: '3100' });
    await waitFor(h, (ev) => has('TL-1', 'OrderUpdated')(ev) && has('TM-1', 'OrderUpdated')(ev), 'updated');

    const limitReport = await c.generateOrderStatusReport({ instrumentId: 'ETH-PERP.LIGHTER', clientOrderId: 'TL-1' });
    expect(limitReport).toMatchObject({ triggerPrice: '3040', price: '3060', quantity: '0.02' });
    const marketReport = await c.generateOrderStatusReport({ instrumentId: 'ETH-PERP.LIGHTER', clientOrderId: 'TM-1' });
    expect(marketReport).toMatchObject({ triggerPrice: '3100', quantity: '0.01' });
  });
});
