/**
 * Cancel and modify results say why nothing took effect, under the names the execution client's results use:
 * `reason` (the venue's message, or the local denial) and `venueCode`. Real sockets to the simulator; the
 * refusals are the venue's own answers for an order it no longer has.
 */
import { VENUE_ERROR_CODE } from '@lighter-ts/models';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness, until } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Places a resting ETH order, cancels it and waits until the venue no longer lists it. */
async function goneOrder(clientOrderIndex: number): Promise<void> {
  const placed = await h.client.placeOrder({
    market: 'ETH',
    side: 'buy',
    size: '0.01',
    price: '2000',
    postOnly: true,
    clientOrderIndex,
  });
  expect(placed.status).toBe('accepted');
  await until(
    async () => ((await h.client.openOrders({ market: 'ETH' })).length === 1 ? true : undefined),
    'order resting',
  );
  expect((await h.client.cancelOrder({ market: 'ETH', clientOrderIndex })).status).toBe('accepted');
  await until(
    async () => ((await h.client.openOrders({ market: 'ETH' })).length === 0 ? true : undefined),
    'order gone',
  );
}

describe('trading client cancel / modify results carry the reason', () => {
  it('cancel of an order the venue no longer has: rejected with reason and venueCode 21715', async () => {
    await goneOrder(5151);
    const r = await h.client.cancelOrder({ market: 'ETH', clientOrderIndex: 5151 });
    expect(r).toMatchObject({
      status: 'rejected',
      venueCode: VENUE_ERROR_CODE.NOT_ACTIVE_ORDER,
      code: VENUE_ERROR_CODE.NOT_ACTIVE_ORDER,
      clientOrderIndex: 5151n,
    });
    if (r.status !== 'rejected') throw new Error('not rejected');
    expect(r.reason).toBe('given order is not an active order');
    expect(r.reason).toBe(r.message);
  });

  it('modify of an order the venue no longer has: rejected with reason and venueCode', async () => {
    await goneOrder(5252);
    const r = await h.client.modifyOrder({ market: 'ETH', clientOrderIndex: 5252, size: '0.02', price: '1990' });
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') throw new Error('not rejected');
    expect(r.venueCode).toBe(r.code);
    expect(r.venueCode).toEqual(expect.any(Number));
    expect(r.reason).toBe(r.message);
    expect(r.reason).not.toBe('');
  });

  it('a modify denied before sending (aborted) says why; so does a denied cancel-all', async () => {
    await h.client.markets();
    const signal = AbortSignal.abort(new Error('bot stopping'));
    const modify = await h.client.modifyOrder({
      market: 'ETH',
      clientOrderIndex: 7,
      size: '0.02',
      price: '1990',
      signal,
    });
    expect(modify).toMatchObject({ status: 'denied', clientOrderIndex: 7n });
    if (modify.status !== 'denied') throw new Error('not denied');
    expect(modify.reason).toBe('aborted before sending: bot stopping');
    const all = await h.client.cancelAll({ signal });
    expect(all).toMatchObject({ status: 'denied', reason: 'aborted before sending: bot stopping' });
  });
});
