/**
 * Batch cancels above the venue's 15-tx batch cap are split into sendTxBatch chunks of at most 15
 * (docs/protocol/transactions.md#orders; the batch cap is MAX_BATCH_SIZE), every chunk with consecutive nonces.
 */
import { describe, expect, it } from 'vitest';
import { proxiedClient, useProxiedHarness } from '../helpers/proxied-client.js';
import { has, limit, waitFor } from '../integration/harness.js';

const env = useProxiedHarness();

describe('batch chunking', () => {
  it('cancelling 20 orders sends two batches (15 + 5) and cancels every order', async () => {
    const c = proxiedClient(env.h, env.proxy);
    await c.connect();
    const ids = Array.from({ length: 20 }, (_, i) => `CH-${i}`);
    const orders = ids.map((id, i) => limit({ clientOrderId: id, price: String(2300 + i), postOnly: true }));
    await c.submitOrderList({ orders: orders.slice(0, 15) });
    await c.submitOrderList({ orders: orders.slice(15) });
    await waitFor(env.h, (ev) => ids.every((id) => has(id, 'OrderAccepted')(ev)), 'all accepted');
    const batchesBefore = env.proxy.count('/api/v1/sendTxBatch');

    const { txs } = await c.batchCancelOrders({ clientOrderIds: ids });

    expect(env.proxy.count('/api/v1/sendTxBatch') - batchesBefore).toBe(2);
    expect(txs).toHaveLength(20);
    const nonces = txs.map((t) => BigInt(t.nonce));
    for (let i = 1; i < nonces.length; i++) expect(nonces[i]).toBe((nonces[i - 1] as bigint) + 1n);
    await waitFor(env.h, (ev) => ids.every((id) => has(id, 'OrderCanceled')(ev)), 'all canceled');
    expect(env.h.events.some((e) => e.type === 'OrderCancelRejected')).toBe(false);
  });
});
