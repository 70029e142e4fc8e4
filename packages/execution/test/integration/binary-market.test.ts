// An Up/Down (binary-option) market traded through LighterExecutionClient over real sockets to the simulator
// (docs/protocol/binary-options.md): an Up order and a Down order fill each other, both clients see the fill and
// their positions, the operator settles, positions go flat with the payout, the resting order is canceled, the
// settled market refuses new orders, and the local rules deny what the venue would refuse, naming field and value.
import { binaryMarketSpec, DEFAULT_MARKETS, type MarketSpec } from '@lighter-ts/simulator';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src/orders/events.js';
import { type Harness, has, startHarness, until, waitFor } from './harness.js';
import { simClientConfig } from '../helpers/sim-config.js';

const NOW_S = Math.floor(Date.now() / 1000);
const BO: MarketSpec = binaryMarketSpec({ startAt: NOW_S - 60, endAt: NOW_S + 840, eventId: 3001 });
const BO_ID = 'BTC-UPDOWN-15M-BINARY.LIGHTER';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ collateral: '100', markets: [...DEFAULT_MARKETS, BO], flushIntervalMs: 10 });
});
afterEach(async () => {
  await h.close();
});

const ev = (cloid: string, type: OrderEvent['type']) =>
  h.events.find((e) => e.clientOrderId === cloid && e.type === type);

describe('binary-option market through the execution client', () => {
  it('Up and Down fill, positions show, settlement pays out and closes the market', async () => {
    const up = h.makeClient({ loadBinaryOptions: true });
    await up.connect();
    const other = await h.sim.createAccount({ collateral: '100' });
    const down = h.makeClient({
      loadBinaryOptions: true,
      config: simClientConfig({ sim: h.sim, acct: other }),
      identityStorePath: join(h.dir, 'ids-down.json'),
    });
    await down.connect();
    expect(up.instruments.byId(BO_ID)).toMatchObject({ type: 'BinaryOption', settlementCap: 100 });

    // Up: buy 10 shares at 0.55, resting; a second Up bid at 0.40 that never fills.
    const order = { instrumentId: BO_ID, type: 'LIMIT', quantity: '10', timeInForce: 'GTC' } as const;
    expect((await up.submitOrder({ ...order, clientOrderId: 'UP-1', side: 'BUY', price: '0.55' })).outcome).toBe(
      'accepted',
    );
    expect((await up.submitOrder({ ...order, clientOrderId: 'UP-2', side: 'BUY', price: '0.40' })).outcome).toBe(
      'accepted',
    );
    await waitFor(h, (e) => has('UP-1', 'OrderAccepted')(e) && has('UP-2', 'OrderAccepted')(e), 'Up bids resting');
    // Down: sell 10 shares at 0.55, immediate-or-cancel, takes the Up bid.
    await down.submitOrder({ ...order, clientOrderId: 'DOWN-1', side: 'SELL', price: '0.55', timeInForce: 'IOC' });
    await waitFor(h, (e) => has('UP-1', 'OrderFilled')(e) && has('DOWN-1', 'OrderFilled')(e), 'both filled');
    expect(ev('UP-1', 'OrderFilled')).toMatchObject({ lastQty: '10', lastPx: '0.55', liquiditySide: 'MAKER' });
    expect(ev('DOWN-1', 'OrderFilled')).toMatchObject({ lastQty: '10', lastPx: '0.55', liquiditySide: 'TAKER' });
    expect([up.orderStatus('UP-1'), down.orderStatus('DOWN-1')]).toEqual(['FILLED', 'FILLED']);

    // Up shares are a long position, Down shares a short one (bo_positions).
    await until(
      () =>
        up.generatePositionStatusReports({ instrumentId: BO_ID })[0]?.positionSide === 'LONG' &&
        down.generatePositionStatusReports({ instrumentId: BO_ID })[0]?.positionSide === 'SHORT',
      'binary positions',
    );
    expect(up.generatePositionStatusReports({ instrumentId: BO_ID })[0]).toMatchObject({ signedDecimalQty: '10' });
    expect(down.generatePositionStatusReports({ instrumentId: BO_ID })[0]).toMatchObject({ signedDecimalQty: '-10' });
    expect(up.generatePositionStatusReports().map((r) => r.instrumentId)).toContain(BO_ID);

    const usdc = (c: typeof up) => c.queryAccount()?.balances.find((b) => b.currency === 'USDC')?.total;
    await until(() => usdc(up) !== undefined && usdc(down) !== undefined, 'balances');
    const usdcBefore = { up: usdc(up), down: usdc(down) };
    // The operator settles at the cap: Up wins 1.00 per share, Down pays it.
    const { pnl } = h.sim.settleBinaryMarket({ marketIndex: 1001, price: '1.00' });
    expect(pnl).toEqual({ [h.acct.accountIndex]: '4.500000', [other.accountIndex]: '-4.500000' });
    await waitFor(h, has('UP-2', 'OrderCanceled'), 'resting Up bid canceled by the settlement');
    await until(
      () =>
        up.generatePositionStatusReports({ instrumentId: BO_ID })[0]?.positionSide === 'FLAT' &&
        down.generatePositionStatusReports({ instrumentId: BO_ID })[0]?.positionSide === 'FLAT',
      'positions flat after settlement',
    );
    // The payout lands in collateral (REST) and moves each client's USDC balance the winning / losing way.
    const collateral = async (index: number) =>
      (
        (await (await fetch(`${h.sim.httpUrl}/api/v1/account?by=index&value=${index}`)).json()) as {
          accounts: { collateral: string }[];
        }
      ).accounts[0]?.collateral;
    expect([await collateral(h.acct.accountIndex), await collateral(other.accountIndex)]).toEqual([
      '104.500000',
      '95.500000',
    ]);
    await until(
      () => Number(usdc(up)) > Number(usdcBefore.up) && Number(usdc(down)) < Number(usdcBefore.down),
      'payout in the balances',
    );

    // A settled market takes no orders: the venue's 21605 (invalid market status).
    const late = await up.submitOrder({ ...order, clientOrderId: 'UP-LATE', side: 'BUY', price: '0.50' });
    expect(late).toMatchObject({ outcome: 'rejected', venueCode: 21605 });
  }, 60_000);

  it('denies locally what a binary market refuses, naming the field and the value', async () => {
    const c = h.makeClient({ loadBinaryOptions: true });
    await c.connect();
    const nextNonce = async () =>
      (
        (await (
          await fetch(
            `${h.sim.httpUrl}/api/v1/nextNonce?account_index=${h.acct.accountIndex}&api_key_index=${h.acct.apiKeyIndex}`,
          )
        ).json()) as { nonce: number }
      ).nonce;
    const before = await nextNonce();
    const base = { instrumentId: BO_ID, side: 'BUY', quantity: '10', timeInForce: 'GTC' } as const;
    const atCap = await c.submitOrder({ ...base, clientOrderId: 'X-CAP', type: 'LIMIT', price: '1.00' });
    expect(atCap).toMatchObject({ outcome: 'denied', txHash: undefined });
    expect(atCap.reason).toMatch(/price must be strictly between 0 and the cap 100 ticks, got 100/);
    expect(atCap.reason).toMatch(/1\.00/);
    const trigger = await c.submitOrder({
      ...base,
      clientOrderId: 'X-STOP',
      type: 'STOP_LIMIT',
      price: '0.50',
      triggerPrice: '0.45',
    });
    expect(trigger).toMatchObject({ outcome: 'denied' });
    expect(trigger.reason).toMatch(/LIMIT or MARKET orders only, got STOP_LIMIT/);
    const reduce = await c.submitOrder({
      ...base,
      clientOrderId: 'X-RO',
      type: 'LIMIT',
      price: '0.50',
      reduceOnly: true,
    });
    expect(reduce).toMatchObject({ outcome: 'denied' });
    expect(reduce.reason).toMatch(/reduce-only.*reduceOnly=true/);
    expect(ev('X-CAP', 'OrderDenied')).toMatchObject({ reason: atCap.reason });
    // Nothing reached the venue.
    expect(await nextNonce()).toBe(before);
  }, 60_000);
});
