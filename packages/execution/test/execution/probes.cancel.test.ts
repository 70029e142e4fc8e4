/**
 * The cancel probe (docs/protocol/nautilus.md#emission-rules): after a cancel the venue acknowledged, an order still pending
 * cancel is looked up over REST, so its outcome is known even when the private stream never
 * tells. The WS is frozen by the proxy: every event after the freeze can only come from REST.
 */
import { describe, expect, it } from 'vitest';
import { proxiedClient, useProxiedHarness } from '../helpers/proxied-client.js';
import { has, limit, typesOf, waitFor } from '../integration/harness.js';

const env = useProxiedHarness();

describe('cancel probe', () => {
  it('an acknowledged cancel whose stream update never arrives is resolved to OrderCanceled over REST', async () => {
    const c = proxiedClient(env.h, env.proxy);
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'CP-1', postOnly: true }));
    await waitFor(env.h, has('CP-1', 'OrderAccepted'), 'accepted');
    env.proxy.freezeWs();
    const restBefore =
      env.proxy.count('/api/v1/accountActiveOrders') + env.proxy.count('/api/v1/accountInactiveOrders');
    await c.cancelOrder({ clientOrderId: 'CP-1' });
    await waitFor(env.h, has('CP-1', 'OrderCanceled'), 'canceled via the probe');
    expect(typesOf(env.h, 'CP-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderPendingCancel', 'OrderCanceled']);
    expect(
      env.proxy.count('/api/v1/accountActiveOrders') + env.proxy.count('/api/v1/accountInactiveOrders'),
    ).toBeGreaterThan(restBefore);
    expect(c.orderStatus('CP-1')).toBe('CANCELED');
  });
});
