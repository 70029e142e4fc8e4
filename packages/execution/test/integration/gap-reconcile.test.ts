import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, has, limit, startHarness, typesOf, until, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Closes the client's socket and, in the same tick, changes the order at the venue. */
function whileDisconnected(change: () => void): string[] {
  const before = h.sim.connections().map((x) => x.id);
  h.sim.faults.inject({ kind: 'ws-close', code: 1012, reason: 'test gap' });
  change();
  return before;
}

describe('reconciliation after a WS gap', () => {
  it('a GTT order that expired while disconnected gets exactly one OrderExpired after reconnect', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(
      limit({ clientOrderId: 'GX-1', postOnly: true, timeInForce: 'GTD', expireTimeMs: h.sim.now() + 10 * 60_000 }),
    );
    await waitFor(h, has('GX-1', 'OrderAccepted'), 'accepted');
    const before = whileDisconnected(() => h.sim.advanceTime(11 * 60_000));
    await until(
      () => h.sim.connections().length > 0 && !h.sim.connections().some((x) => before.includes(x.id)),
      'reconnected',
    );
    await waitFor(h, has('GX-1', 'OrderExpired'), 'expired after reconnect');
    // A second lookup applies nothing new (dispatcher dedup).
    await c.queryOrder({ clientOrderId: 'GX-1' });
    expect(typesOf(h, 'GX-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderExpired']);
    // The expiry is known from the REST sweep after the gap, not from a WS frame.
    expect(h.events.filter((e) => e.clientOrderId === 'GX-1').map((e) => e.source)).toEqual([
      'local',
      'ws',
      'reconciliation',
    ]);
    expect(c.orderStatus('GX-1')).toBe('EXPIRED');
  });

  it('an order filled while disconnected gets exactly one OrderFilled after reconnect', async () => {
    const taker = await h.sim.createAccount({ collateral: '100000' });
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'GF-1', postOnly: true, price: '2500', quantity: '0.01' }));
    await waitFor(h, has('GF-1', 'OrderAccepted'), 'accepted');
    whileDisconnected(() =>
      h.sim.placeOrder({
        accountIndex: taker.accountIndex,
        marketIndex: 0,
        isAsk: true,
        price: '2500',
        size: '0.01',
        timeInForce: 'ioc',
      }),
    );
    await waitFor(h, has('GF-1', 'OrderFilled'), 'filled after reconnect');
    await c.queryOrder({ clientOrderId: 'GF-1' });
    expect(typesOf(h, 'GF-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderFilled']);
    expect(h.events.filter((e) => e.clientOrderId === 'GF-1').map((e) => e.source)).toEqual([
      'local',
      'ws',
      'reconciliation',
    ]);
    expect(c.orderStatus('GF-1')).toBe('FILLED');
  });

  it('partially filled then canceled (scheduled cancel-all) while disconnected: fill before cancel, once each', async () => {
    const taker = await h.sim.createAccount({ collateral: '100000' });
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'GP-1', postOnly: true, price: '2500', quantity: '0.02' }));
    await waitFor(h, has('GP-1', 'OrderAccepted'), 'accepted');
    expect((await c.scheduleCancelAll({ inMs: 5 * 60_000 })).outcome).toBe('accepted');
    whileDisconnected(() => {
      h.sim.placeOrder({
        accountIndex: taker.accountIndex,
        marketIndex: 0,
        isAsk: true,
        price: '2500',
        size: '0.01',
        timeInForce: 'ioc',
      });
      h.sim.advanceTime(6 * 60_000);
    });
    await waitFor(h, has('GP-1', 'OrderCanceled'), 'canceled after reconnect');
    await c.queryOrder({ clientOrderId: 'GP-1' });
    expect(typesOf(h, 'GP-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderFilled', 'OrderCanceled']);
    expect(c.orderStatus('GP-1')).toBe('CANCELED');
  });
});
