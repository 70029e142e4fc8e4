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
import { positionRowsOf } from '../../src/account/account-frames.js';
import { InMemoryIdentityStore } from '../../src/identity/store.js';
import { fixture } from '../fixtures.js';
import { positionsFrame } from '../helpers/account-frames.js';
import { type CoreRig, ETH, startCoreRig, until } from '../helpers/core-rig.js';

let rig: CoreRig;
beforeEach(async () => {
  rig = await startCoreRig();
});
afterEach(async () => {
  await rig.close();
});

const BTC = 'BTC-PERP.LIGHTER';

async function cancel(cloid: string, marketIndex = 0): Promise<void> {
  const t = rig.dispatcher.get(cloid);
  const r = await rig.pipeline.execute({
    build: ({ firstNonce, expiredAt }) => [
      rig.signer.signCancelOrder({
        marketIndex,
        orderIndex: BigInt(t?.machine.venueOrderId ?? 0),
        nonce: firstNonce,
        expiredAt,
      }),
    ],
  });
  if (r.kind !== 'accepted') throw new Error(r.kind);
}

/** One maker ask from another account, filled by our taker buy: one trade, our side taker. */
async function oneFill(clientOrderId = 'RC-TAKER'): Promise<{ cloid: string; venueOrderId: string | undefined }> {
  const maker = await rig.sim.createAccount({ collateral: '100000' });
  rig.sim.placeOrder({ accountIndex: maker.accountIndex, marketIndex: 0, isAsk: true, price: '2500', size: '0.05' });
  const t = await rig.place({ clientOrderId, postOnly: false, price: '2500', quantity: '0.01' });
  const row = await findOrderRow(rig.reconCtx(), { instrumentId: ETH, clientOrderId });
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

  it('an inactive row behind another inactive row is found (the walk reads past rows that do not match)', async () => {
    await rig.place({ clientOrderId: 'RC-I1', price: '2400' });
    await rig.place({ clientOrderId: 'RC-I2', price: '2401' });
    await cancel('RC-I1');
    await cancel('RC-I2');
    // whichever order the venue lists first, the other one is behind it
    for (const clientOrderId of ['RC-I1', 'RC-I2']) {
      const row = await findOrderRow(rig.reconCtx(), { instrumentId: ETH, clientOrderId });
      expect(row?.clientOrderIndex).toBe(rig.dispatcher.get(clientOrderId)?.clientOrderIndex);
      expect(row?.status).toMatch(/^canceled/);
    }
  });

  it('a signal aborted while the inactive pages are read stops the lookup', async () => {
    await rig.place({ clientOrderId: 'RC-FMID', price: '2400' });
    await cancel('RC-FMID');
    // the inactive page is held back by the venue; the abort comes once that request is in
    rig.sim.faults.inject({ kind: 'rest-delay', ms: 20_000, path: '/api/v1/accountInactiveOrders', times: 1 });
    const ac = new AbortController();
    const settled = findOrderRow(rig.reconCtx(), {
      instrumentId: ETH,
      clientOrderId: 'RC-FMID',
      signal: ac.signal,
    }).then(
      () => 'resolved',
      (e: unknown) => (e instanceof Error ? e.name : String(e)),
    );
    await until(() => rig.sim.faults.list().length === 0, 'inactive request held');
    ac.abort();
    expect(await settled).toBe('AbortedError');
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

  it('an order canceled between the active read and the inactive walk is reported once (the row read first)', async () => {
    await rig.place({ clientOrderId: 'RC-RACE' });
    const ctx = rig.reconCtx();
    const real = ctx.http;
    const read = real.accountActiveOrders.bind(real);
    let raced = false;
    // The real client, with the cancel landing right after the active orders were read: the order is then
    // in both lists, as when the venue cancels it between the two reads.
    const http = new Proxy(real, {
      get: (target, key) => {
        if (key === 'accountActiveOrders')
          return async (...args: Parameters<typeof read>) => {
            const r = await read(...args);
            if (!raced) {
              raced = true;
              await cancel('RC-RACE');
            }
            return r;
          };
        const v: unknown = Reflect.get(target, key, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const reports = await generateOrderStatusReports({ ...ctx, http }, { instrumentId: ETH });
    expect(raced).toBe(true);
    expect(reports.filter((r) => r.clientOrderId === 'RC-RACE').map((r) => r.orderStatus)).toEqual(['ACCEPTED']);
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

  it('after a restart with an empty identity store the orders are reported without ClientOrderIds', async () => {
    await rig.place({ clientOrderId: 'RC-RS-OPEN' });
    await rig.place({ clientOrderId: 'RC-RS-GONE', price: '2400' });
    await cancel('RC-RS-GONE');
    const restarted = { ...rig.reconCtx(), identity: new InMemoryIdentityStore() };
    const reports = await generateOrderStatusReports(restarted, { instrumentId: ETH });
    // the rows still carry their client order indexes, which the empty store does not know
    expect(reports.map((r) => [r.clientOrderId, r.orderStatus]).sort()).toEqual([
      [undefined, 'ACCEPTED'],
      [undefined, 'CANCELED'],
    ]);
  });

  it('without a start every inactive order is reported, even with the client clock behind the venue', async () => {
    await rig.place({ clientOrderId: 'RC-SKEW', price: '2400' });
    await cancel('RC-SKEW');
    // the venue stamped the cancel at its own time, two minutes after what the client now reads as "now"
    rig.clock.skewMs = -120_000;
    const reports = await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH });
    expect(reports.map((r) => [r.clientOrderId, r.orderStatus])).toEqual([['RC-SKEW', 'CANCELED']]);
  });

  it('with an instrument, inactive orders of other markets are not reported; without one they are', async () => {
    await rig.place({ clientOrderId: 'RC-EG', price: '2400' });
    await cancel('RC-EG');
    await rig.place({ clientOrderId: 'RC-BG', instrumentId: BTC, price: '50000', quantity: '0.001' });
    await cancel('RC-BG', 1);
    const eth = await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH });
    expect(eth.map((r) => r.clientOrderId)).toEqual(['RC-EG']);
    const btc = await generateOrderStatusReports(rig.reconCtx(), { instrumentId: BTC });
    expect(btc.map((r) => [r.clientOrderId, r.orderStatus])).toEqual([['RC-BG', 'CANCELED']]);
    expect((await generateOrderStatusReports(rig.reconCtx())).map((r) => r.clientOrderId).sort()).toEqual([
      'RC-BG',
      'RC-EG',
    ]);
  });

  it('the time window includes both of its ends (an order last updated exactly at start = end is reported)', async () => {
    await rig.place({ clientOrderId: 'RC-EDGE', price: '2400' });
    await cancel('RC-EDGE');
    const [gone] = await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH });
    expect(gone?.clientOrderId).toBe('RC-EDGE');
    const ts = gone?.tsLast ?? 0;
    const edge = await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH, startMs: ts, endMs: ts });
    expect(edge.map((r) => r.clientOrderId)).toEqual(['RC-EDGE']);
    expect(await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH, startMs: ts + 1 })).toEqual([]);
    expect(
      await generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH, startMs: ts - 60_000, endMs: ts - 1 }),
    ).toEqual([]);
  });

  it('an aborted signal rejects the read (it reaches the active and the inactive walks)', async () => {
    await rig.place({ clientOrderId: 'RC-AB' });
    await expect(
      generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH, signal: AbortSignal.abort() }),
    ).rejects.toThrow();
  });
  it('a signal aborted while the inactive pages are read stops that walk too', async () => {
    await rig.place({ clientOrderId: 'RC-MID', price: '2400' });
    await cancel('RC-MID');
    // the inactive page is held back by the venue; the abort comes once that request is in
    rig.sim.faults.inject({ kind: 'rest-delay', ms: 20_000, path: '/api/v1/accountInactiveOrders', times: 1 });
    const ac = new AbortController();
    const reading = generateOrderStatusReports(rig.reconCtx(), { instrumentId: ETH, signal: ac.signal });
    const settled = reading.then(
      () => 'resolved',
      (e: unknown) => (e instanceof Error ? e.name : String(e)),
    );
    await until(() => rig.sim.faults.list().length === 0, 'inactive request held');
    ac.abort();
    // the caller's abort, not the transport's headers timeout a walk without the signal ends in
    expect(await settled).toBe('AbortedError');
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

  it('every fill in range is reported, the older ones after the newer (two trades, one call)', async () => {
    await oneFill('RC-F1');
    await oneFill('RC-F2');
    const all = await generateFillReports(rig.reconCtx(), {});
    expect(all.map((r) => r.clientOrderId).sort()).toEqual(['RC-F1', 'RC-F2']);
    expect(new Set(all.map((r) => r.tradeId)).size).toBe(2);
    const oldest = Math.min(...all.map((r) => r.tsEvent));
    const since = await generateFillReports(rig.reconCtx(), { startMs: oldest });
    expect(since.map((r) => r.clientOrderId).sort()).toEqual(['RC-F1', 'RC-F2']);
  });

  it('the ClientOrderId is restored by client order index when the venue id was never bound', async () => {
    const maker = await rig.sim.createAccount({ collateral: '100000' });
    rig.sim.placeOrder({ accountIndex: maker.accountIndex, marketIndex: 0, isAsk: true, price: '2500', size: '0.05' });
    // submitted but its venue row never fed: the store knows the client order index only
    const { tracked, build } = rig.order({ clientOrderId: 'RC-IDX', postOnly: false });
    expect((await rig.pipeline.execute({ build: (b) => [build(b)] })).kind).toBe('accepted');
    const [fill] = await generateFillReports(rig.reconCtx(), {});
    expect(rig.identity.getByVenueOrderId(fill?.venueOrderId as string)).toBeUndefined();
    expect(fill).toMatchObject({ clientOrderId: 'RC-IDX', orderSide: 'BUY' });
    expect(tracked.clientOrderIndex).toBeGreaterThan(0);
  });

  it('after a restart with an empty identity store the fills are reported without ClientOrderIds', async () => {
    await oneFill();
    const restarted = { ...rig.reconCtx(), identity: new InMemoryIdentityStore() };
    const fills = await generateFillReports(restarted, {});
    expect(fills).toHaveLength(1);
    expect(fills[0]?.clientOrderId).toBeUndefined();
  });

  it('an aborted signal rejects the read', async () => {
    await oneFill();
    await expect(generateFillReports(rig.reconCtx(), { signal: AbortSignal.abort() })).rejects.toThrow();
  });
});

describe('positions and mass status', { timeout: 90_000 }, () => {
  it('positions come from the stream cache; a requested instrument without one is FLAT', () => {
    rig.account.onPositions(positionRowsOf(positionsFrame(fixture('ws/nt_account_all_positions_update.json'))));
    const all = generatePositionStatusReports(rig.reconCtx());
    expect(all.map((r) => [r.instrumentId, r.positionSide])).toEqual([[ETH, 'LONG']]);
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

  it('positions of a market without an instrument are left out of the bulk report', () => {
    const frame = fixture<{ positions: Record<string, Record<string, unknown>> }>(
      'ws/nt_account_all_positions_update.json',
    );
    const eth = frame.positions['0'] as Record<string, unknown>;
    rig.account.onPositions(
      positionRowsOf(positionsFrame({ ...frame, positions: { ...frame.positions, '99': { ...eth, market_id: 99 } } })),
    );
    expect(
      rig.account
        .positions()
        .map((r) => r.market_id)
        .sort(),
    ).toEqual([0, 99]);
    expect(generatePositionStatusReports(rig.reconCtx()).map((r) => r.instrumentId)).toEqual([ETH]);
  });

  it('mass status carries the cached positions', async () => {
    rig.account.onPositions(positionRowsOf(positionsFrame(fixture('ws/nt_account_all_positions_update.json'))));
    const ms = await generateMassStatus(rig.reconCtx());
    expect(ms.positionReports.map((r) => [r.instrumentId, r.positionSide])).toEqual([[ETH, 'LONG']]);
  });

  it('mass status: a lookback bounds the inactive orders too (active ones always come)', async () => {
    await rig.place({ clientOrderId: 'RC-MS-OPEN' });
    await rig.place({ clientOrderId: 'RC-MS-OLD', price: '2400' });
    await cancel('RC-MS-OLD');
    rig.clock.skewMs += 2 * 3_600_000;
    const recent = await generateMassStatus(rig.reconCtx(), { lookbackMins: 60 });
    expect(recent.orderReports.map((r) => r.clientOrderId)).toEqual(['RC-MS-OPEN']);
    const all = await generateMassStatus(rig.reconCtx(), { lookbackMins: 0 });
    expect(all.orderReports.map((r) => r.clientOrderId).sort()).toEqual(['RC-MS-OLD', 'RC-MS-OPEN']);
  });

  it('mass status: an aborted signal fails the REST parts (each named), positions still come', async () => {
    rig.account.onPositions(positionRowsOf(positionsFrame(fixture('ws/nt_account_all_positions_update.json'))));
    await rig.place({ clientOrderId: 'RC-MS-AB' });
    const failed: string[] = [];
    const ms = await generateMassStatus(rig.reconCtx(), {
      signal: AbortSignal.abort(),
      onError: (part) => failed.push(part),
    });
    expect(failed.sort()).toEqual(['fills', 'orders']);
    expect(ms.orderReports).toEqual([]);
    expect(ms.positionReports).toHaveLength(1);
  });

  it('mass status: a failing orders part is named "orders"; without onError a failure is still swallowed', async () => {
    await oneFill();
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/accountActiveOrders', times: 1 });
    const failed: string[] = [];
    const ms = await generateMassStatus(rig.reconCtx(), { onError: (part) => failed.push(part) });
    expect(failed).toEqual(['orders']);
    expect(ms.orderReports).toEqual([]);
    expect(ms.fillReports).toHaveLength(1);
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/trades', times: 1 });
    const quiet = await generateMassStatus(rig.reconCtx());
    expect(quiet.fillReports).toEqual([]);
    expect(quiet.orderReports.map((r) => r.clientOrderId)).toEqual(['RC-TAKER']);
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
