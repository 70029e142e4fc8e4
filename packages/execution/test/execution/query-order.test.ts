/**
 * queryOrder (parity R8) applies what the venue says to the local state: an order that expired
 * at the venue while the client heard nothing (WS frozen by the proxy) is OrderExpired once
 * queryOrder resolves, and the returned report says so.
 */
import { describe, expect, it } from 'vitest';
import { proxiedClient, useProxiedHarness } from '../helpers/proxied-client.js';
import { has, limit, typesOf, waitFor } from '../integration/harness.js';

const env = useProxiedHarness();

describe('queryOrder', () => {
  it('applies the venue row: an expiry the streams missed becomes OrderExpired', async () => {
    const c = proxiedClient(env.h, env.proxy);
    await c.connect();
    await c.submitOrder(
      limit({ clientOrderId: 'Q-1', postOnly: true, timeInForce: 'GTD', expireTimeMs: env.h.sim.now() + 10 * 60_000 }),
    );
    await waitFor(env.h, has('Q-1', 'OrderAccepted'), 'accepted');
    env.proxy.freezeWs();
    env.h.sim.advanceTime(11 * 60_000);
    expect(c.orderStatus('Q-1')).toBe('ACCEPTED');

    const report = await c.queryOrder({ clientOrderId: 'Q-1' });

    expect(report).toMatchObject({ clientOrderId: 'Q-1', orderStatus: 'EXPIRED' });
    expect(c.orderStatus('Q-1')).toBe('EXPIRED');
    expect(typesOf(env.h, 'Q-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderExpired']);
  });
});
