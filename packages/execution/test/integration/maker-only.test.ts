// Maker-only api keys (docs/protocol/transactions.md#maker-only-api-keys) over real sockets against
// the simulator: the client reads its key's status at connect and denies takers locally; the venue
// refuses them too (62007) when the client did not know.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAKER_ONLY_DENIAL } from '../../src/execution/maker-only.js';
import type { OrderEvent } from '../../src/orders/events.js';
import { type Harness, has, limit, startHarness, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  // Maker-only keys must be in slot 4 or above.
  h = await startHarness({ apiKeyIndex: 4 });
});
afterEach(async () => {
  await h.close();
});

const eventOf = (cloid: string, type: OrderEvent['type']) =>
  h.events.find((e) => e.clientOrderId === cloid && e.type === type);

async function nextNonce(): Promise<bigint> {
  const res = await fetch(
    `${h.sim.httpUrl}/api/v1/nextNonce?account_index=${h.acct.accountIndex}&api_key_index=${h.acct.apiKeyIndex}`,
  );
  return BigInt(((await res.json()) as { nonce: number }).nonce);
}

describe('maker-only keys', () => {
  it('set through the client: takers are denied locally with MAKER_ONLY_KEY, post-only orders and cancels go through', async () => {
    const c = h.makeClient();
    await c.connect();
    expect(c.makerOnlyKey).toBe(false);
    await c.setMakerOnlyApiKeys({ apiKeyIndexes: [4] });
    expect(c.makerOnlyKey).toBe(true);
    const before = await nextNonce();
    for (const [cloid, order] of [
      ['MO-GTC', limit({ clientOrderId: 'MO-GTC', price: '2500' })],
      ['MO-IOC', limit({ clientOrderId: 'MO-IOC', price: '2500', timeInForce: 'IOC' })],
      [
        'MO-MKT',
        {
          clientOrderId: 'MO-MKT',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'BUY',
          type: 'MARKET',
          quantity: '0.01',
          timeInForce: 'IOC',
        } as const,
      ],
    ] as const) {
      const r = await c.submitOrder(order);
      expect(r, cloid).toMatchObject({ status: 'DENIED', outcome: 'denied' });
      expect((eventOf(cloid, 'OrderDenied') as { reason: string }).reason).toMatch(
        new RegExp(`^${MAKER_ONLY_DENIAL}: api key 4 is maker-only`),
      );
    }
    expect(await nextNonce()).toBe(before);

    await c.submitOrder(limit({ clientOrderId: 'MO-PO', price: '2500', postOnly: true }));
    await waitFor(h, has('MO-PO', 'OrderAccepted'), 'post-only accepted');
    await c.cancelOrder({ clientOrderId: 'MO-PO' });
    await waitFor(h, has('MO-PO', 'OrderCanceled'), 'cancel accepted');

    // A new client reads the status at connect.
    const fresh = h.makeClient();
    await fresh.connect();
    expect(fresh.makerOnlyKey).toBe(true);
    await c.setMakerOnlyApiKeys({ apiKeyIndexes: [] });
    expect(c.makerOnlyKey).toBe(false);
  }, 60_000);

  it('the venue enforces it too: a client that connected before the change gets 62007 as OrderRejected', async () => {
    const stale = h.makeClient();
    await stale.connect();
    const admin = h.makeClient();
    await admin.connect();
    await admin.setMakerOnlyApiKeys({ apiKeyIndexes: [4] });
    expect(stale.makerOnlyKey).toBe(false);
    const r = await stale.submitOrder(limit({ clientOrderId: 'MO-V', price: '2500' }));
    expect(r.outcome).toBe('rejected');
    await waitFor(h, has('MO-V', 'OrderRejected'), 'venue refusal');
    expect(eventOf('MO-V', 'OrderRejected')).toMatchObject({ venueCode: 62007 });
  }, 60_000);
});
