/**
 * queryOrder (parity R8) applies what the venue says to the local state: an order that expired
 * at the venue while the client heard nothing (WS frozen by the proxy) is OrderExpired once
 * queryOrder resolves, and the returned report says so.
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

describe('queryOrder', () => {
  it('applies the venue row: an expiry the streams missed becomes OrderExpired', async () => {
    const c = proxiedClient(h, proxy);
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'Q-1', postOnly: true, timeInForce: 'GTD', expireTimeMs: h.sim.now() + 10 * 60_000 }));
    await waitFor(h, has('Q-1', 'OrderAccepted'), 'accepted');
    proxy.freezeWs();
    h.sim.advanceTime(11 * 60_000);
    expect(c.orderStatus('Q-1')).toBe('ACCEPTED');

    const report = await c.queryOrder({ clientOrderId: 'Q-1' });

    expect(report).toMatchObject({ clientOrderId: 'Q-1', orderStatus: 'EXPIRED' });
    expect(c.orderStatus('Q-1')).toBe('EXPIRED');
    expect(typesOf(h, 'Q-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderExpired']);
  });
});
