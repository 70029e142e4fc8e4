/**
 * Tx expiry: every tx the execution client signs carries ExpiredAt = now + 5 min (TX_EXPIRY_MS,
 * parity S7), not the signer's default, read back from the venue's own record of each tx.
 */
import { createSigner } from '@lighter-ts/signing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TX_EXPIRY_MS } from '../../src/execution/contracts.js';
import { type Harness, has, limit, startHarness, waitFor } from '../integration/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** The account's txs as the venue recorded them (type, expire_at), newest first, over REST. */
async function venueTxs(): Promise<{ type: number; expire_at: number }[]> {
  const signer = createSigner({
    chainId: h.sim.chainId,
    accountIndex: h.acct.accountIndex,
    apiKeyIndex: h.acct.apiKeyIndex,
    privateKey: h.acct.privateKey,
  });
  const q = new URLSearchParams({
    by: 'account_index',
    value: String(h.acct.accountIndex),
    limit: '100',
    auth: signer.createAuthToken(),
  });
  const res = await fetch(`${h.sim.httpUrl}/api/v1/accountTxs?${q}`);
  return ((await res.json()) as { txs: { type: number; expire_at: number }[] }).txs;
}

describe('tx expiry', () => {
  it('ExpiredAt is now + 5 min on every tx type the client sends', async () => {
    const c = h.makeClient();
    await c.connect();
    const t0 = Date.now();
    await c.submitOrder(limit({ clientOrderId: 'EX-1', price: '2500', postOnly: true }));
    await c.submitOrderList({
      orders: [
        limit({ clientOrderId: 'EX-2', price: '2400', postOnly: true }),
        limit({ clientOrderId: 'EX-3', price: '2300', postOnly: true }),
      ],
    });
    await c.submitOrderList({
      contingency: 'OCO',
      orders: [
        {
          clientOrderId: 'EX-SL',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'STOP_MARKET',
          quantity: '0.01',
          triggerPrice: '2000',
          timeInForce: 'GTC',
          reduceOnly: true,
        },
        {
          clientOrderId: 'EX-TP',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'MARKET_IF_TOUCHED',
          quantity: '0.01',
          triggerPrice: '4000',
          timeInForce: 'GTC',
          reduceOnly: true,
        },
      ],
    });
    await waitFor(h, (ev) => ['EX-1', 'EX-2', 'EX-3'].every((id) => has(id, 'OrderAccepted')(ev)), 'accepted');
    await c.modifyOrder({ clientOrderId: 'EX-1', price: '2450' });
    await c.cancelOrder({ clientOrderId: 'EX-1' });
    await c.batchCancelOrders({ clientOrderIds: ['EX-2', 'EX-3'] });
    await c.updateLeverage({ instrumentId: 'ETH-PERP.LIGHTER', leverage: 10 });
    await c.scheduleCancelAll({ inMs: 10 * 60_000 });
    const t1 = Date.now();

    const txs = await venueTxs();
    // CreateOrder, CreateGroupedOrders, ModifyOrder, CancelOrder, UpdateLeverage, CancelAllOrders at least.
    expect(new Set(txs.map((t) => t.type)).size).toBeGreaterThanOrEqual(6);
    for (const tx of txs) {
      expect(tx.expire_at).toBeGreaterThanOrEqual(t0 + TX_EXPIRY_MS);
      expect(tx.expire_at).toBeLessThanOrEqual(t1 + TX_EXPIRY_MS);
    }
  });
});
