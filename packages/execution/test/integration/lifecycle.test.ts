import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src/orders/events.js';
import { compareDecimal } from '../../src/translate/decimal.js';
import { type Harness, has, limit, startHarness, typesOf, until, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const ev = <T extends OrderEvent['type']>(cloid: string, type: T) =>
  h.events.find((e) => e.clientOrderId === cloid && e.type === type) as Extract<OrderEvent, { type: T }> | undefined;

describe('execution client lifecycle against the simulator', () => {
  it('accepted -> canceled', async () => {
    const c = h.makeClient();
    await c.connect();
    expect(c.queryAccount()?.accountType).toBe('MARGIN');
    const sub = await c.submitOrder(limit({ clientOrderId: 'O-1', postOnly: true }));
    expect(sub.status === 'SUBMITTED' || sub.status === 'ACCEPTED').toBe(true);
    await waitFor(h, has('O-1', 'OrderAccepted'), 'accepted');
    const can = await c.cancelOrder({ clientOrderId: 'O-1' });
    // Results carry what was sent: consecutive nonces of the one sequencer, distinct tx hashes.
    expect(BigInt(can.nonce ?? '-1')).toBe(BigInt(sub.nonce ?? '-9') + 1n);
    expect(can.txHash).toBeDefined();
    expect(can.txHash).not.toBe(sub.txHash);
    await waitFor(h, has('O-1', 'OrderCanceled'), 'canceled');
    expect(typesOf(h, 'O-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderPendingCancel', 'OrderCanceled']);
    const report = await c.generateOrderStatusReport({ instrumentId: 'ETH-PERP.LIGHTER', clientOrderId: 'O-1' });
    expect(report).toMatchObject({
      clientOrderId: 'O-1',
      orderStatus: 'CANCELED',
      venueOrderId: ev('O-1', 'OrderAccepted')?.venueOrderId,
    });
    expect(await c.queryOrder({ clientOrderId: 'O-1' })).toMatchObject({
      clientOrderId: 'O-1',
      orderStatus: 'CANCELED',
    });
    expect(typesOf(h, 'O-1')).toHaveLength(4); // querying never duplicates events
  });

  it('accepted -> partially filled -> filled, fills deduplicated and reported', async () => {
    const c = h.makeClient();
    await c.connect();
    const other = await h.sim.createAccount({ collateral: '100000' });
    h.sim.placeOrder({
      accountIndex: other.accountIndex,
      marketIndex: 0,
      isAsk: true,
      price: '3000.00',
      size: '0.008',
    });
    await c.submitOrder(limit({ clientOrderId: 'P-1', price: '3000', quantity: '0.02' }));
    await waitFor(
      h,
      (e) => e.filter((x) => x.clientOrderId === 'P-1' && x.type === 'OrderFilled').length >= 1,
      'first fill',
    );
    await waitFor(h, has('P-1', 'OrderAccepted'), 'accepted');
    expect(c.orderStatus('P-1')).toBe('PARTIALLY_FILLED');
    h.sim.placeOrder({
      accountIndex: other.accountIndex,
      marketIndex: 0,
      isAsk: true,
      price: '2999.00',
      size: '0.012',
    });
    await waitFor(
      h,
      (e) => e.filter((x) => x.clientOrderId === 'P-1' && x.type === 'OrderFilled').length >= 2,
      'second fill',
    );
    expect(c.orderStatus('P-1')).toBe('FILLED');
    const fills = h.events.filter((e): e is Extract<OrderEvent, { type: 'OrderFilled' }> => e.type === 'OrderFilled');
    expect(fills.map((f) => f.lastQty)).toEqual(['0.008', '0.012']);
    expect(new Set(fills.map((f) => f.tradeId)).size).toBe(2);
    expect(fills[0]).toMatchObject({ liquiditySide: 'TAKER', orderSide: 'BUY', commission: { currency: 'USDC' } });
    expect(fills[1]).toMatchObject({ liquiditySide: 'MAKER', lastPx: '3000' });
    const reports = await c.generateFillReports({ instrumentId: 'ETH-PERP.LIGHTER' });
    expect(
      reports
        .filter((r) => r.clientOrderId === 'P-1')
        .map((r) => r.tradeId)
        .sort(),
    ).toEqual(fills.map((f) => f.tradeId).sort());
    await until(
      () => c.generatePositionStatusReports({ instrumentId: 'ETH-PERP.LIGHTER' })[0]?.positionSide === 'LONG',
      'long position',
    );
    expect(c.generatePositionStatusReports({ instrumentId: 'ETH-PERP.LIGHTER' })[0]).toMatchObject({
      quantity: '0.02',
      signedDecimalQty: '0.02',
    });
    expect(c.generatePositionStatusReports({ instrumentId: 'BTC-PERP.LIGHTER' })[0]?.positionSide).toBe('FLAT');
  });

  it('post-only crossing -> rejected (due_post_only)', async () => {
    const c = h.makeClient();
    await c.connect();
    const other = await h.sim.createAccount({ collateral: '100000' });
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: true, price: '3000.00', size: '0.1' });
    await c.submitOrder(limit({ clientOrderId: 'PO-1', price: '3001', postOnly: true }));
    await waitFor(h, has('PO-1', 'OrderRejected'), 'rejected');
    expect(ev('PO-1', 'OrderRejected')).toMatchObject({ duePostOnly: true });
    expect(c.orderStatus('PO-1')).toBe('REJECTED');
  });

  it('insufficient margin -> rejected (resting maker and IOC taker)', async () => {
    await h.close();
    // The API-level refusal (older venue builds; docs/protocol/transactions.md#nonces): the venue's default, a sequencer drop, is in nonce-drop.test.ts.
    h = await startHarness({ collateral: '10', noMarginRefusal: 'api' });
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'M-1', price: '2500', quantity: '1' }));
    await waitFor(h, has('M-1', 'OrderRejected'), 'maker rejected');
    expect(ev('M-1', 'OrderRejected')?.venueCode).toBe(21739);
    const other = await h.sim.createAccount({ collateral: '100000' });
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: true, price: '3000.00', size: '5' });
    await c.submitOrder(limit({ clientOrderId: 'M-2', price: '3000', quantity: '1', timeInForce: 'IOC' }));
    await waitFor(h, has('M-2', 'OrderRejected'), 'taker rejected');
    expect(c.orderStatus('M-2')).toBe('REJECTED');
  });

  it('modify accepted -> OrderUpdated; modify rejected -> OrderModifyRejected', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'MD-1', price: '2500', postOnly: true }));
    await waitFor(h, has('MD-1', 'OrderAccepted'), 'accepted');
    const mod = await c.modifyOrder({ clientOrderId: 'MD-1', price: '2510.5', quantity: '0.02' });
    expect(mod.nonce).toBeDefined();
    expect(mod.txHash).toBeDefined();
    await waitFor(h, has('MD-1', 'OrderUpdated'), 'updated');
    expect(ev('MD-1', 'OrderUpdated')).toMatchObject({ price: '2510.5', quantity: '0.02' });
    expect(c.orderStatus('MD-1')).toBe('ACCEPTED');
    h.sim.faults.rejectNextTx({ code: 21702 });
    await c.modifyOrder({ clientOrderId: 'MD-1', price: '2520' });
    await waitFor(h, has('MD-1', 'OrderModifyRejected'), 'modify rejected');
    expect(ev('MD-1', 'OrderModifyRejected')?.venueCode).toBe(21702);
    expect(c.orderStatus('MD-1')).toBe('ACCEPTED');
  });

  it('GTD order expires at the venue -> OrderExpired', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'G-1', timeInForce: 'GTD', expireTimeMs: Date.now() + 10 * 60_000 }));
    await waitFor(h, has('G-1', 'OrderAccepted'), 'accepted');
    h.sim.advanceTime(11 * 60_000);
    await waitFor(h, has('G-1', 'OrderExpired'), 'expired');
    expect(typesOf(h, 'G-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderExpired']);
  });

  it('stop-market triggered then filled', async () => {
    const c = h.makeClient();
    await c.connect();
    const other = await h.sim.createAccount({ collateral: '100000' });
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: true, price: '3055.00', size: '1' });
    await c.submitOrder({
      clientOrderId: 'S-1',
      instrumentId: 'ETH-PERP.LIGHTER',
      side: 'BUY',
      type: 'STOP_MARKET',
      quantity: '0.01',
      triggerPrice: '3050',
      timeInForce: 'GTC',
    });
    await waitFor(h, has('S-1', 'OrderAccepted'), 'accepted');
    h.sim.setMarkPrice(0, '3060.00');
    await waitFor(h, has('S-1', 'OrderFilled'), 'filled');
    expect(typesOf(h, 'S-1')).toEqual(['OrderSubmitted', 'OrderAccepted', 'OrderTriggered', 'OrderFilled']);
    expect(c.orderStatus('S-1')).toBe('FILLED');
  });

  it('reduce-only: refused without a position, fills when reducing', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(
      limit({ clientOrderId: 'R-1', side: 'SELL', price: '2000', reduceOnly: true, timeInForce: 'IOC' }),
    );
    await waitFor(
      h,
      (e) => e.some((x) => x.clientOrderId === 'R-1' && (x.type === 'OrderCanceled' || x.type === 'OrderRejected')),
      'reduce-only refused',
    );
    expect(typesOf(h, 'R-1')).not.toContain('OrderFilled');
    const other = await h.sim.createAccount({ collateral: '100000' });
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: true, price: '3000.00', size: '0.02' });
    await c.submitOrder(limit({ clientOrderId: 'R-2', price: '3000', quantity: '0.02', timeInForce: 'IOC' }));
    await waitFor(h, has('R-2', 'OrderFilled'), 'long opened');
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: false, price: '2990.00', size: '1' });
    await c.submitOrder(
      limit({
        clientOrderId: 'R-3',
        side: 'SELL',
        price: '2990',
        quantity: '0.02',
        reduceOnly: true,
        timeInForce: 'IOC',
      }),
    );
    await waitFor(h, has('R-3', 'OrderFilled'), 'reduced');
    expect(c.orderStatus('R-3')).toBe('FILLED');
  });

  it('cancel-all honours side and instrument', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'B-1', price: '2500', postOnly: true }));
    await c.submitOrder(limit({ clientOrderId: 'B-2', price: '2501', postOnly: true }));
    await c.submitOrder(limit({ clientOrderId: 'S-1', side: 'SELL', price: '3500', postOnly: true }));
    await c.submitOrder(
      limit({
        clientOrderId: 'X-1',
        instrumentId: 'BTC-PERP.LIGHTER',
        price: '80000',
        quantity: '0.001',
        postOnly: true,
      }),
    );
    await waitFor(h, (e) => ['B-1', 'B-2', 'S-1', 'X-1'].every((id) => has(id, 'OrderAccepted')(e)), 'all accepted');
    const canceled = await c.cancelAllOrders({ instrumentId: 'ETH-PERP.LIGHTER', side: 'BUY' });
    expect([...canceled.clientOrderIds].sort()).toEqual(['B-1', 'B-2']);
    expect(canceled.outcome).toBe('accepted');
    await waitFor(h, (e) => has('B-1', 'OrderCanceled')(e) && has('B-2', 'OrderCanceled')(e), 'buys canceled');
    expect(c.orderStatus('S-1')).toBe('ACCEPTED');
    expect(c.orderStatus('X-1')).toBe('ACCEPTED');
  });

  it('batch of 15: one sendTxBatch submit and one batch cancel', async () => {
    const c = h.makeClient();
    await c.connect();
    const orders = Array.from({ length: 15 }, (_, i) =>
      limit({ clientOrderId: `BT-${i}`, price: String(2400 + i), postOnly: true }),
    );
    const list = await c.submitOrderList({ orders });
    expect(list.statuses.every((s) => s === 'SUBMITTED' || s === 'ACCEPTED')).toBe(true);
    // One tx per order, consecutive nonces, distinct hashes.
    expect(list.txs).toHaveLength(15);
    const first = BigInt(list.txs[0]?.nonce ?? '-1');
    expect(list.txs.map((t) => t.nonce)).toEqual(orders.map((_, i) => String(first + BigInt(i))));
    expect(new Set(list.txs.map((t) => t.txHash)).size).toBe(15);
    await waitFor(h, (e) => orders.every((o) => has(o.clientOrderId, 'OrderAccepted')(e)), '15 accepted');
    const canceled = await c.batchCancelOrders({ clientOrderIds: orders.map((o) => o.clientOrderId) });
    expect(canceled.txs.map((t) => t.nonce)).toEqual(orders.map((_, i) => String(first + 15n + BigInt(i))));
    await waitFor(h, (e) => orders.every((o) => has(o.clientOrderId, 'OrderCanceled')(e)), '15 canceled');
    const tooMany = Array.from({ length: 16 }, (_, i) => limit({ clientOrderId: `TM-${i}`, postOnly: true }));
    expect(await c.submitOrderList({ orders: tooMany })).toEqual({ statuses: Array(16).fill('DENIED'), txs: [] });
  });

  it('OTOCO bracket: parent fills, take-profit and stop-loss children go live, OCO cancels the sibling', async () => {
    const c = h.makeClient();
    await c.connect();
    const other = await h.sim.createAccount({ collateral: '100000' });
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: true, price: '3000.00', size: '0.01' });
    const bracket = await c.submitOrderList({
      contingency: 'OTOCO',
      orders: [
        limit({ clientOrderId: 'BR-P', price: '3000', quantity: '0.01' }),
        {
          clientOrderId: 'BR-SL',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'STOP_MARKET',
          quantity: '0.01',
          triggerPrice: '2900',
          timeInForce: 'GTC',
        },
        {
          clientOrderId: 'BR-TP',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'MARKET_IF_TOUCHED',
          quantity: '0.01',
          triggerPrice: '3200',
          timeInForce: 'GTC',
        },
      ],
    });
    expect(bracket.txs).toHaveLength(1); // one CreateGroupedOrders tx for the whole bracket
    await waitFor(h, has('BR-P', 'OrderFilled'), 'parent filled');
    await waitFor(h, (e) => has('BR-SL', 'OrderAccepted')(e) && has('BR-TP', 'OrderAccepted')(e), 'children accepted');
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: false, price: '3200.00', size: '1' });
    h.sim.setMarkPrice(0, '3210.00');
    await waitFor(h, has('BR-TP', 'OrderFilled'), 'take profit filled');
    await waitFor(h, has('BR-SL', 'OrderCanceled'), 'stop canceled by OCO');
    expect(ev('BR-SL', 'OrderCanceled')?.reason).toBe('oco');
  });

  it('no-op modify acknowledged by the venue -> OrderModifyRejected from the probe', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'NM-1', price: '2500', postOnly: true }));
    await waitFor(h, has('NM-1', 'OrderAccepted'), 'accepted');
    await c.modifyOrder({ clientOrderId: 'NM-1', price: '2500' });
    await waitFor(h, has('NM-1', 'OrderModifyRejected'), 'no-op modify rejected');
    expect(c.orderStatus('NM-1')).toBe('ACCEPTED');
  });

  it('spot limit order accepted -> canceled', async () => {
    await h.close();
    h = await startHarness();
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(
      limit({
        clientOrderId: 'SP-1',
        instrumentId: 'ETH/USDC-SPOT.LIGHTER',
        price: '2500',
        quantity: '0.01',
        postOnly: true,
      }),
    );
    await waitFor(h, (e) => has('SP-1', 'OrderAccepted')(e) || has('SP-1', 'OrderRejected')(e), 'spot accepted');
    expect(typesOf(h, 'SP-1')).toEqual(['OrderSubmitted', 'OrderAccepted']);
    await c.cancelOrder({ clientOrderId: 'SP-1' });
    await waitFor(h, has('SP-1', 'OrderCanceled'), 'spot canceled');
  });

  it('updateLeverage signs UpdateLeverage and reports the outcome', async () => {
    const c = h.makeClient();
    await c.connect();
    expect((await c.updateLeverage({ instrumentId: 'ETH-PERP.LIGHTER', leverage: 10 })).outcome).toBe('accepted');
    await expect(c.updateLeverage({ instrumentId: 'ETH-PERP.LIGHTER', leverage: 0.5 })).rejects.toMatchObject({
      code: 'ORDER_DENIED',
    });
    await expect(c.updateLeverage({ instrumentId: 'ETH/USDC-SPOT.LIGHTER', leverage: 5 })).rejects.toMatchObject({
      code: 'ORDER_DENIED',
    });
  });

  it('OTO bracket (parent + take-profit child) and OCO pair on an open position', async () => {
    const c = h.makeClient();
    await c.connect();
    const other = await h.sim.createAccount({ collateral: '100000' });
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: true, price: '3000.00', size: '0.02' });
    await c.submitOrderList({
      contingency: 'OTO',
      orders: [
        limit({ clientOrderId: 'OTO-P', price: '3000', quantity: '0.02' }),
        {
          clientOrderId: 'OTO-TP',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'MARKET_IF_TOUCHED',
          quantity: '0.02',
          triggerPrice: '3300',
          timeInForce: 'GTC',
        },
      ],
    });
    await waitFor(
      h,
      (e) => has('OTO-P', 'OrderFilled')(e) && has('OTO-TP', 'OrderAccepted')(e),
      'parent filled, child live',
    );
    await c.cancelOrder({ clientOrderId: 'OTO-TP' });
    await waitFor(h, has('OTO-TP', 'OrderCanceled'), 'child canceled');
    await c.submitOrderList({
      contingency: 'OCO',
      orders: [
        {
          clientOrderId: 'OCO-SL',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'STOP_MARKET',
          quantity: '0.02',
          triggerPrice: '2800',
          timeInForce: 'GTC',
        },
        {
          clientOrderId: 'OCO-TP',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'MARKET_IF_TOUCHED',
          quantity: '0.02',
          triggerPrice: '3300',
          timeInForce: 'GTC',
        },
      ],
    });
    await waitFor(h, (e) => has('OCO-SL', 'OrderAccepted')(e) && has('OCO-TP', 'OrderAccepted')(e), 'oco accepted');
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: false, price: '2790.00', size: '1' });
    h.sim.setMarkPrice(0, '2790.00');
    await waitFor(
      h,
      (e) => has('OCO-SL', 'OrderFilled')(e) && has('OCO-TP', 'OrderCanceled')(e),
      'stop filled, sibling canceled',
    );
    expect(await c.submitOrderList({ contingency: 'OUO', orders: [limit({ clientOrderId: 'U-1' })] })).toEqual({
      statuses: ['DENIED'],
      txs: [],
    });
  });

  it('a denied submit carries the reason on the result, naming the value and the allowed increment', async () => {
    const c = h.makeClient();
    await c.connect();
    const r = await c.submitOrder(limit({ clientOrderId: 'D-TICK', price: '3000.005', postOnly: true }));
    expect(r).toMatchObject({ status: 'DENIED', outcome: 'denied', nonce: undefined, txHash: undefined });
    expect(r.reason).toBe(
      'price: 3000.005 is not a multiple of the increment 0.01 (2 decimals allowed); nearest allowed values are 3000.00 and 3000.01 (or pass a rounding mode)',
    );
    expect(ev('D-TICK', 'OrderDenied')?.reason).toBe(r.reason);
  });

  it('account state merges assets and user_stats', async () => {
    const c = h.makeClient();
    const states: unknown[] = [];
    c.on('accountState', (s) => states.push(s));
    await c.connect();
    expect(states.length).toBeGreaterThan(0);
    const s = c.queryAccount()!;
    expect(s).toMatchObject({ accountId: 'LIGHTER-001', accountType: 'MARGIN', baseCurrency: null });
    // total = balance (spot side) + margin_balance (perp side), NT #4246: the collateral counted once
    // (docs/protocol/rest.md#account-assets), so exactly the 100 000 the account was funded with.
    expect(compareDecimal(s.balances.find((b) => b.currency === 'USDC')?.total ?? '0', '100000')).toBe(0);
    expect(s.margins[0]).toMatchObject({ currency: 'USDC', initial: '0' });
  });

  it('cancel right after submit (venue id possibly unknown: cancels by client order index)', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'QC-1', postOnly: true }));
    await c.cancelOrder({ clientOrderId: 'QC-1' });
    await waitFor(h, has('QC-1', 'OrderCanceled'), 'canceled');
    expect(typesOf(h, 'QC-1')).not.toContain('OrderCancelRejected');
    expect(c.orderStatus('QC-1')).toBe('CANCELED');
  });

  it("dead-man's switch: scheduled cancel-all fires at the venue -> OrderCanceled", async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'DM-1', postOnly: true }));
    await waitFor(h, has('DM-1', 'OrderAccepted'), 'accepted');
    await expect(c.scheduleCancelAll({ inMs: 60_000 })).rejects.toMatchObject({ code: 'ORDER_DENIED' });
    expect((await c.scheduleCancelAll({ inMs: 10 * 60_000 })).outcome).toBe('accepted');
    h.sim.advanceTime(11 * 60_000);
    await waitFor(h, has('DM-1', 'OrderCanceled'), 'canceled by the switch');
  });
});
