/**
 * Reports of a client without an instrument for some market of its account: an Up/Down market is
 * listed only through `events` (docs/protocol/binary-options.md#events), so a client with
 * `loadBinaryOptions` off has none for it. Its rows on that market (active, inactive and trades)
 * are left out of the order and fill reports; the rows of the markets it knows are still reported.
 */
import { binaryMarketSpec, DEFAULT_MARKETS, type MarketSpec } from '@lighter-ts/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, has, limit, startHarness, waitFor } from '../integration/harness.js';

const NOW_S = Math.floor(Date.now() / 1000);
const BO: MarketSpec = binaryMarketSpec({ startAt: NOW_S - 60, endAt: NOW_S + 3_600, eventId: 3002 });
const BO_MARKET = 1001;
const ETH = 'ETH-PERP.LIGHTER';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ markets: [...DEFAULT_MARKETS, BO] });
});
afterEach(async () => {
  await h.close();
});

describe('reports skip rows of a market without an instrument', () => {
  it('Up/Down rows of the account are left out of order and fill reports; ETH rows still come', async () => {
    const c = h.makeClient();
    await c.connect();
    expect(c.instruments.byMarketIndex(BO_MARKET)).toBeUndefined();
    const me = h.acct.accountIndex;
    const other = (await h.sim.createAccount({ collateral: '100000' })).accountIndex;
    // On the Up/Down market: a bid of ours filled (an inactive row and a trade), another one resting.
    const up = { accountIndex: me, marketIndex: BO_MARKET, isAsk: false, price: '0.55', size: '10' } as const;
    h.sim.placeOrder(up);
    h.sim.placeOrder({ ...up, accountIndex: other, isAsk: true, timeInForce: 'ioc' });
    h.sim.placeOrder({ ...up, price: '0.40' });
    // On ETH: one order of ours resting, one filled.
    await c.submitOrder(limit({ clientOrderId: 'UL-OPEN', price: '2400', postOnly: true }));
    await c.submitOrder(limit({ clientOrderId: 'UL-FILL', price: '2500', postOnly: true }));
    await waitFor(h, (ev) => has('UL-OPEN', 'OrderAccepted')(ev) && has('UL-FILL', 'OrderAccepted')(ev), 'accepted');
    h.sim.placeOrder({
      accountIndex: other,
      marketIndex: 0,
      isAsk: true,
      price: '2500',
      size: '0.01',
      timeInForce: 'ioc',
    });
    h.sim.flush();
    await waitFor(h, has('UL-FILL', 'OrderFilled'), 'filled');

    // A start time makes the inactive rows go through the time window too.
    const startMs = h.sim.now() - 600_000;
    for (const params of [{}, { startMs }]) {
      const orders = await c.generateOrderStatusReports(params);
      expect(orders.map((r) => [r.instrumentId, r.clientOrderId, r.orderStatus]).sort()).toEqual([
        [ETH, 'UL-FILL', 'FILLED'],
        [ETH, 'UL-OPEN', 'ACCEPTED'],
      ]);
      const fills = await c.generateFillReports(params);
      expect(fills.map((r) => [r.instrumentId, r.clientOrderId])).toEqual([[ETH, 'UL-FILL']]);
    }
  });
});
