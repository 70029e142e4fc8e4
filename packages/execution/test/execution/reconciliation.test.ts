/**
 * The REST reconciliation functions (parity R1-R5, docs/protocol/nautilus.md#parity-checklist)
 * called directly against the simulator: rows are found by venue id or client order index,
 * ClientOrderIds are restored from the identity store, filters are applied to what comes back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findOrderRow,
  generateFillReports,
  generateMassStatus,
  generateOrderStatusReport,
  generateOrderStatusReports,
  generatePositionStatusReports,
} from '../../src/execution/reconciliation.js';
import { fixture } from '../fixtures.js';
import { type CoreRig, ETH, startCoreRig } from '../helpers/core-rig.js';

let rig: CoreRig;
beforeEach(async () => {
  rig = await startCoreRig();
});
afterEach(async () => {
  await rig.close();
});

const BTC = 'BTC-PERP.LIGHTER';

async function cancel(cloid: string): Promise<void> {
  const t = rig.dispatcher.get(cloid);
  const r = await rig.pipeline.execute({
    build: ({ firstNonce, expiredAt }) => [
      rig.signer.signCancelOrder({
        marketIndex: 0,
        orderIndex: BigInt(t?.machine.venueOrderId ?? 0),
        nonce: firstNonce,
        expiredAt,
      }),
    ],
  });
  if (r.kind !== 'accepted') throw new Error(r.kind);
}

/** One maker ask from another account, filled by our taker buy: one trade, our side taker. */
async function oneFill(): Promise<{ cloid: string; venueOrderId: string | undefined }> {
  const maker = await rig.sim.createAccount({ collateral: '100000' });
  rig.sim.placeOrder({ accountIndex: maker.accountIndex, marketIndex: 0, isAsk: true, price: '2500', size: '0.05' });
  const t = await rig.place({ clientOrderId: 'RC-TAKER', postOnly: false, price: '2500', quantity: '0.01' });
  const row = await findOrderRow(rig.reconCtx(), { instrumentId: ETH, clientOrderId: 'RC-TAKER' });
  return { cloid: t.order.clientOrderId, venueOrderId: row?.orderId };
}

describe('findOrderRow / generateOrderStatusReport', { timeout: 90_000 }, () => {
  it('finds an active row by client order index, and by venue id once known', async () => {
    const { tracked, build } = rig.order({ clientOrderId: 'RC-A' });
    await rig.pipeline.execute({ build: (b) => [build(b)] });
    const byIndex = await findOrderRow(rig.reconCtx(), { instrumentId: ETH, clientOrderId: 'RC-A' });
    expect(byIndex?.clientOrderIndex).toBe(tracked.clientOrderIndex);
    expect(byIndex?.status).toBe('open');
    const byVenueId = await findOrderRow(rig.reconCtx(), {
      instrumentId: ETH,
      venueOrderId: byIndex?.orderId as string,
    });
    expect(byVenueId?.orderId).toBe(byIndex?.orderId);
    const report = await generateOrderStatusReport(rig.reconCtx(), {
      instrumentId: ETH,
      venueOrderId: byIndex?.orderId as string,
    });
    expect(report).toMatchObject({
      clientOrderId: 'RC-A',
      venueOrderId: byIndex?.orderId,
      orderStatus: 'ACCEPTED',
      instrumentId: ETH,
      accountId: `LIGHTER-${rig.acct.accountIndex}`,
    });
  });

  it('finds an inactive (canceled) row in the inactive pages', async () => {
    await rig.place({ clientOrderId: 'RC-I' });
    await cancel('RC-I');
    const row = await findOrderRow(rig.reconCtx(), { instrumentId: ETH, clientOrderId: 'RC-I' });
    expect(row?.status).toMatch(/^canceled/);
    expect(
      (await generateOrderStatusReport(rig.reconCtx(), { instrumentId: ETH, clientOrderId: 'RC-I' }))?.orderStatus,
    ).toBe('CANCELED');
  });

  it('an order the venue never saw is not found (undefined, no report); another order is not a match', async () => {
    await rig.place({ clientOrderId: 'RC-OTHER' });
    rig.order({ clientOrderId: 'RC-NEVER' });
    expect(await findOrderRow(rig.reconCtx(), { instrumentId: ETH, clientOrderId: 'RC-NEVER' })).toBeUndefined();
    expect(await findOrderRow(rig.reconCtx(), { instrumentId: ETH })).toBeUndefined();
    expect(
      await generateOrderStatusReport(rig.reconCtx(), { instrumentId: ETH, clientOrderId: 'RC-NEVER' }),
    ).toBeUndefined();
  });

  it('an order of another market is looked up in that market only', async () => {
    await rig.place({ clientOrderId: 'RC-BTC', instrumentId: BTC, price: '50000', quantity: '0.001' });
    expect((await findOrderRow(rig.reconCtx(), { instrumentId: BTC, clientOrderId: 'RC-BTC' }))?.market_index).toBe(1);
    expect(await findOrderRow(rig.reconCtx(), { instrumentId: ETH, clientOrderId: 'RC-BTC' })).toBeUndefined();
  });
});

describe('generateOrderStatusReports', { timeout: 90_000 }, () => {
  it('openOnly: only the active orders; otherwise inactive ones too, each once, with ClientOrderIds restored', async () => {
    await rig.place({ clientOrderId: 'RC-OPEN' });
    await rig.place({ clientOrderId: 'RC-GONE', price: '2400' });
    await cancel('RC-GONE');
    const open = await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH, openOnly: true });
    expect(open.map((r) => r.clientOrderId)).toEqual(['RC-OPEN']);
    const all = await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH });
    expect(all.map((r) => r.clientOrderId).sort()).toEqual(['RC-GONE', 'RC-OPEN']);
    expect(new Set(all.map((r) => r.venueOrderId)).size).toBe(2);
  });

  it('without an instrument every market is reported; with one, only that market', async () => {
    await rig.place({ clientOrderId: 'RC-E' });
    await rig.place({ clientOrderId: 'RC-B', instrumentId: BTC, price: '50000', quantity: '0.001' });
    expect(
      (await generateOrderStatusReports(rig.reconCtx(), { openOnly: true })).map((r) => r.clientOrderId).sort(),
    ).toEqual(['RC-B', 'RC-E']);
    expect(
      (await generateOrderStatusReports(rig.reconCtx(), { openOnly: true, instrumentId: BTC })).map(
        (r) => r.clientOrderId,
      ),
    ).toEqual(['RC-B']);
    expect((await generateOrderStatusReports(rig.reconCtx())).map((r) => r.clientOrderId).sort()).toEqual([
      'RC-B',
      'RC-E',
    ]);
  });

  it('a time window applies to inactive orders only (active ones are always reported)', async () => {
    await rig.place({ clientOrderId: 'RC-W-OPEN' });
    await rig.place({ clientOrderId: 'RC-W-GONE', price: '2400' });
    await cancel('RC-W-GONE');
    const now = rig.sim.now();
    const inside = await generateOrderStatusReports(rig.reconCtx(), {
      instrumentId: ETH,
      startMs: now - 60_000,
      endMs: now + 60_000,
    });
    expect(inside.map((r) => r.clientOrderId).sort()).toEqual(['RC-W-GONE', 'RC-W-OPEN']);
    const future = await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH, startMs: now + 3_600_000 });
    expect(future.map((r) => r.clientOrderId)).toEqual(['RC-W-OPEN']);
    const past = await generateOrderStatusReports(rig.reconCtx(), {
      instrumentId: ETH,
      startMs: now - 7_200_000,
      endMs: now - 3_600_000,
    });
    expect(past.map((r) => r.clientOrderId)).toEqual(['RC-W-OPEN']);
  });

  it('an order this client did not place is reported without a ClientOrderId', async () => {
    rig.sim.placeOrder({
      accountIndex: rig.acct.accountIndex,
      marketIndex: 0,
      isAsk: true,
      price: '3000',
      size: '0.01',
    });
    const reports = await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH, openOnly: true });
    expect(reports).toHaveLength(1);
    expect(reports[0]?.clientOrderId).toBeUndefined();
  });
});

describe('generateFillReports', { timeout: 90_000 }, () => {
  it('reports our side of each trade with the ClientOrderId restored, filtered by order, instrument and time', async () => {
    const { cloid, venueOrderId } = await oneFill();
    const all = await generateFillReports(rig.reconCtx(), {});
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      clientOrderId: cloid,
      venueOrderId,
      instrumentId: ETH,
      orderSide: 'BUY',
      liquiditySide: 'TAKER',
      lastPx: '2500',
    });
    expect(await generateFillReports(rig.reconCtx(), { instrumentId: ETH, venueOrderId })).toHaveLength(1);
    expect(await generateFillReports(rig.reconCtx(), { venueOrderId: '1' })).toEqual([]);
    expect(await generateFillReports(rig.reconCtx(), { instrumentId: BTC })).toEqual([]);
    const ts = all[0]?.tsEvent ?? 0;
    expect(await generateFillReports(rig.reconCtx(), { startMs: ts, endMs: ts })).toHaveLength(1);
    expect(await generateFillReports(rig.reconCtx(), { startMs: ts + 1 })).toEqual([]);
    expect(await generateFillReports(rig.reconCtx(), { endMs: ts - 1 })).toEqual([]);
  });
});

describe('positions and mass status', { timeout: 90_000 }, () => {
  it('positions come from the stream cache; a requested instrument without one is FLAT', () => {
    rig.account.onPositions(fixture<{ positions: unknown }>('ws/nt_account_all_positions_update.json').positions);
    const all = generatePositionStatusReports(rig.reconCtx());
    expect(all.map((r) => [r.instrumentId, r.positionSide])).toContainEqual([ETH, 'LONG']);
    expect(generatePositionStatusReports(rig.reconCtx(), { instrumentId: ETH })).toMatchObject([
      { instrumentId: ETH, positionSide: 'LONG', quantity: '1.5' },
    ]);
    expect(generatePositionStatusReports(rig.reconCtx(), { instrumentId: BTC })).toMatchObject([
      { instrumentId: BTC, positionSide: 'FLAT' },
    ]);
  });

  it('mass status: orders, fills and positions together, named after the client and venue; a lookback bounds the fills', async () => {
    await oneFill();
    await rig.place({ clientOrderId: 'RC-MS', price: '2000' });
    const ms = await generateMassStatus(rig.reconCtx(), { lookbackMins: 60 });
    expect(ms).toMatchObject({ clientId: 'RIG', venue: 'LIGHTER', accountId: `LIGHTER-${rig.acct.accountIndex}` });
    expect(ms.orderReports.map((r) => r.clientOrderId).sort()).toEqual(['RC-MS', 'RC-TAKER']);
    expect(ms.fillReports).toHaveLength(1);
    rig.clock.skewMs += 2 * 3_600_000; // two hours later: a one-hour lookback no longer reaches the fill
    expect((await generateMassStatus(rig.reconCtx(), { lookbackMins: 60 })).fillReports).toEqual([]);
    expect((await generateMassStatus(rig.reconCtx(), { lookbackMins: 0 })).fillReports).toHaveLength(1);
  });

  it('mass status: a failing part is reported through onError and returned empty, the others still come', async () => {
    await oneFill();
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/trades', times: 1 });
    const failed: string[] = [];
    const ms = await generateMassStatus(rig.reconCtx(), { onError: (part) => failed.push(part) });
    expect(failed).toEqual(['fills']);
    expect(ms.fillReports).toEqual([]);
    expect(ms.orderReports.map((r) => r.clientOrderId)).toEqual(['RC-TAKER']);
  });
});
