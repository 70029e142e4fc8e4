/**
 * The cancel probe (parity §1.6): after a cancel the venue acknowledged, an order still pending
 * cancel is looked up over REST, so its outcome is known even when the private stream never
 * tells. The WS is frozen by the proxy: every event after the freeze can only come from REST.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proxiedClient } from '../helpers/proxied-client.js';
import { type RecordingProxy, startRecordingProxy } from '../helpers/recording-proxy.js';
import { type Harness, has, limit, startHarness, typesOf, waitFor } from '../integration/harness.js';

let h: Harness;
let proxy: RecordingProxy;
beforeEach(async () => {
  h = await startHarness();
  proxy = await startRecordingProxy(h.sim.httpUrl);
});
afterEach(async () => {
  await h.close();
  await proxy.close();
});

describe('cancel probe', () => {
  it('an acknowledged cancel whose stream update never arrives is resolved to OrderCanceled over REST', async () => {
    const c = proxiedClient(h, proxy);
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'CP-1', postOnly: true }));
    await waitFor(h, has('CP-1', 'OrderAccepted'), 'accepted');
    proxy.freezeWs();
    const restBefore = proxy.count('/api/v1/accountActiveOrders') + proxy.count('/api/v1/accountInactiveOrders');
    await c.cancelOrder({ clientOrderId: 'CP-1' });
    await waitFor(h, has('CP-1', 'OrderCanceled'), 'canceled via the probe');
    expect(typesOf(h, 'CP-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderPendingCancel', 'OrderCanceled']);
    expect(proxy.count('/api/v1/accountActiveOrders') + proxy.count('/api/v1/accountInactiveOrders')).toBeGreaterThan(restBefore);
    expect(c.orderStatus('CP-1')).toBe('CANCELED');
  });
});
