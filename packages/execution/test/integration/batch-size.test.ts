// Batch size of order lists and batch cancels (docs/protocol/transactions.md#batches), over real
// sockets against the simulator (which accepts the venue's 50): 15 by default, configurable up to 50.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveClientConfig } from '../../src/config/config.js';
import { isExecutionConfigError } from '../../src/errors.js';
import { type Harness, has, limit, startHarness, waitFor } from './harness.js';
import { simClientConfig } from '../helpers/sim-config.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const config = (maxTxBatchSize?: number) => ({
  ...simClientConfig({ sim: h.sim, acct: h.acct }),
  ...(maxTxBatchSize === undefined ? {} : { maxTxBatchSize }),
});
const orders = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    limit({ clientOrderId: `${prefix}-${i}`, price: String(2000 + i), postOnly: true }),
  );

describe('maxTxBatchSize', () => {
  it('default 15: a list of 16 is denied locally, nothing sent', async () => {
    const c = h.makeClient({ config: config() });
    await c.connect();
    const r = await c.submitOrderList({ orders: orders('DF', 16) });
    expect(r.txs).toEqual([]);
    expect(new Set(r.statuses)).toEqual(new Set(['DENIED']));
  });

  it('configured to 20: a list of 20 goes out as one batch and every order is accepted; cancels too', async () => {
    const c = h.makeClient({ config: config(20) });
    await c.connect();
    const r = await c.submitOrderList({ orders: orders('B20', 20) });
    expect(r.txs).toHaveLength(20);
    await waitFor(
      h,
      (e) => Array.from({ length: 20 }, (_, i) => has(`B20-${i}`, 'OrderAccepted')(e)).every(Boolean),
      'all accepted',
      30_000,
    );
    const { txs } = await c.batchCancelOrders({ clientOrderIds: Array.from({ length: 20 }, (_, i) => `B20-${i}`) });
    expect(txs).toHaveLength(20);
    await waitFor(
      h,
      (e) => Array.from({ length: 20 }, (_, i) => has(`B20-${i}`, 'OrderCanceled')(e)).every(Boolean),
      'all canceled',
      30_000,
    );
  }, 60_000);

  it('above the venue cap of 50 the config is refused', () => {
    let err: unknown;
    try {
      resolveClientConfig({ config: { maxTxBatchSize: 51 } });
    } catch (e) {
      err = e;
    }
    expect(isExecutionConfigError(err)).toBe(true);
    expect(String((err as Error).message)).toContain('maxTxBatchSize');
  });
});
