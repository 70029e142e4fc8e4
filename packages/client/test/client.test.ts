import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareDecimals } from '@lighter-ts/models';
import type { PayloadEvent } from '@lighter-ts/streaming';
import { LighterTradingClient } from '../src/index.js';
import { type Harness, startHarness, until } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const mentions = (events: readonly PayloadEvent[], coi: bigint | undefined) =>
  events.some((e) => JSON.stringify(e.data).includes(`"client_order_index":${coi}`));

describe('LighterTradingClient against the simulator', () => {
  it('place (by symbol) -> seen on the account stream and in openOrders -> modify -> cancel', async () => {
    const events: PayloadEvent[] = [];
    await h.client.subscribeOrders({ onData: (e) => events.push(e) });
    const placed = await h.client.placeOrder({
      market: 'ETH',
      side: 'buy',
      size: '0.01',
      price: '2000',
      postOnly: true,
    });
    expect(placed).toMatchObject({ status: 'accepted', nonceRetries: 0 });
    if (placed.status !== 'accepted') throw new Error('not accepted');
    expect(placed.txHash).toMatch(/^[0-9a-f]{80}$/);
    await until(() => (mentions(events, placed.clientOrderIndex) ? true : undefined), 'order on the account stream');

    const open = await until(
      async () =>
        (await h.client.openOrders({ market: 'eth' })).find((o) => o.clientOrderIndex === placed.clientOrderIndex),
      'open order',
    );
    expect(open).toMatchObject({ symbol: 'ETH', marketIndex: 0, side: 'buy', price: '2000.00', size: '0.0100' });

    const modified = await h.client.modifyOrder({
      market: 0,
      clientOrderIndex: placed.clientOrderIndex!,
      size: '0.02',
      price: '1990.5',
    });
    expect(modified).toMatchObject({ status: 'accepted', clientOrderIndex: placed.clientOrderIndex });
    if (modified.status === 'accepted') expect(modified.nonce).toBe(placed.nonce + 1n); // one sequencer per key: consecutive nonces
    await until(
      async () =>
        (await h.client.openOrders()).find(
          (o) => o.clientOrderIndex === placed.clientOrderIndex && o.price === '1990.50' && o.size === '0.0200',
        ),
      'modified order',
    );

    expect(await h.client.cancelOrder({ market: 'ETH', orderIndex: open.orderIndex })).toMatchObject({
      status: 'accepted',
    });
    await until(async () => ((await h.client.openOrders()).length === 0 ? true : undefined), 'order canceled');
  });

  it('cancel by client order index, then cancelAll cancels every open order on every market', async () => {
    const own = await h.client.placeOrder({
      market: 'ETH',
      side: 'sell',
      size: '0.01',
      price: '9000',
      postOnly: true,
      clientOrderIndex: 4242,
    });
    expect(own).toMatchObject({ status: 'accepted', clientOrderIndex: 4242n });
    for (const [market, price] of [
      ['ETH', '2000'],
      ['ETH', '2001'],
      ['BTC', '50000'],
    ] as const) {
      expect(
        (
          await h.client.placeOrder({
            market,
            side: 'buy',
            size: market === 'BTC' ? '0.001' : '0.01',
            price,
            postOnly: true,
          })
        ).status,
      ).toBe('accepted');
    }
    await until(async () => ((await h.client.openOrders()).length === 4 ? true : undefined), 'four open orders');
    expect(await h.client.cancelOrder({ market: 'ETH', clientOrderIndex: 4242 })).toMatchObject({
      status: 'accepted',
      clientOrderIndex: 4242n,
    });
    await until(async () => {
      const open = await h.client.openOrders();
      return open.length === 3 && !open.some((o) => o.clientOrderIndex === 4242n) ? true : undefined;
    }, 'order 4242 canceled');
    expect((await h.client.openOrders({ market: 'BTC' })).map((o) => o.symbol)).toEqual(['BTC']);
    const r = await h.client.cancelAll();
    expect(r).toMatchObject({ status: 'accepted', clientOrderIndex: undefined });
    await until(async () => ((await h.client.openOrders()).length === 0 ? true : undefined), 'all canceled');
  });

  it('positions after a fill against a second account, and balances', async () => {
    const before = await h.client.balances();
    expect(before.collateral).toBe('100000.000000');
    expect(await h.client.positions()).toEqual([]);
    const other = await h.sim.createAccount({ collateral: '100000' });
    h.sim.placeOrder({ accountIndex: other.accountIndex, marketIndex: 0, isAsk: true, price: '3000.00', size: '0.05' });
    const account: PayloadEvent[] = [];
    await h.client.subscribeAccount({ onData: (e) => account.push(e) });
    const r = await h.client.placeOrder({ market: 'ETH', side: 'buy', size: '0.05', price: '3000', type: 'market' });
    expect(r.status).toBe('accepted');
    // The fill reaches the account stream as a position on market 0.
    await until(
      () => (account.some((e) => JSON.stringify(e.data.positions ?? {}).includes('"market_id":0')) ? true : undefined),
      'position on the account stream',
    );
    const [pos] = await until(async () => {
      const p = await h.client.positions();
      return p.length > 0 ? p : undefined;
    }, 'a position');
    expect(pos).toMatchObject({ symbol: 'ETH', marketIndex: 0, side: 'long', size: '0.0500' });
    // Seeded market makers may fill below the limit; never above it.
    expect(compareDecimals(pos?.avgEntryPrice ?? '999999', '3000')).toBeLessThanOrEqual(0);
    const after = await h.client.balances();
    // The position's margin is no longer available.
    expect(compareDecimals(after.availableBalance ?? '0', before.availableBalance ?? '0')).toBe(-1);
    expect(after.assets.map((a) => a.symbol)).toContain('USDC');
  });

  it('denied results carry the reason: below the market minimum, nothing sent', async () => {
    const r = await h.client.placeOrder({ market: 'ETH', side: 'buy', size: '0.0001', price: '2000', postOnly: true });
    expect(r).toMatchObject({ status: 'denied' });
    if (r.status === 'denied') expect(r.reason).toBe('size 0.0001 is below min_base_amount 0.0050 on ETH');
    expect(await h.client.openOrders()).toEqual([]);
  });

  it('a venue rejection is a rejected result with the code and message; 21104 is re-signed with a fresh nonce', async () => {
    h.sim.faults.inject({ kind: 'tx-reject', code: 21104, times: 1 });
    const retried = await h.client.placeOrder({
      market: 'ETH',
      side: 'buy',
      size: '0.01',
      price: '2000',
      postOnly: true,
    });
    expect(retried).toMatchObject({ status: 'accepted', nonceRetries: 1 });
    h.sim.faults.inject({ kind: 'tx-reject', code: 21120, message: 'invalid signature', times: 1 });
    const rejected = await h.client.placeOrder({
      market: 'ETH',
      side: 'buy',
      size: '0.01',
      price: '2001',
      postOnly: true,
    });
    expect(rejected).toMatchObject({ status: 'rejected', code: 21120, message: 'invalid signature' });
    // The rejected nonce was not consumed: the next order re-reads it and is accepted with the same nonce.
    const next = await h.client.placeOrder({ market: 'ETH', side: 'buy', size: '0.01', price: '2002', postOnly: true });
    expect(next).toMatchObject({ status: 'accepted', nonceRetries: 0 });
    if (rejected.status === 'rejected' && next.status === 'accepted') expect(next.nonce).toBe(rejected.nonce);
  });

  it('an abort after the request reached the venue is an unknown result with the hash and nonce', async () => {
    h.sim.faults.inject({ kind: 'rest-delay', ms: 3_000, path: '/api/v1/sendTx', times: 1 });
    const c = new AbortController();
    const pending = h.client.cancelAll({ signal: c.signal });
    // The delay fault is consumed when the sendTx request arrives: from then on the tx may land.
    await until(() => (h.sim.faults.list().length === 0 ? true : undefined), 'sendTx at the venue');
    c.abort(new Error('gave up'));
    const r = await pending;
    expect(r).toMatchObject({ status: 'unknown', nonce: 0n });
    if (r.status === 'unknown') expect(r.txHash).toMatch(/^[0-9a-f]{80}$/);
  });

  it('an abort between signing and sending is denied (nothing reached the venue); nonceSource is injectable', async () => {
    const c = new AbortController();
    const client = new LighterTradingClient({
      network: h.sim.network,
      accountIndex: h.acct.accountIndex,
      apiKeyIndex: h.acct.apiKeyIndex,
      apiPrivateKey: h.acct.privateKey,
      // The injected source is consulted for the nonce; aborting here lands after the nonce, before the send.
      nonceSource: {
        fetchNextNonce: async () => {
          c.abort(new Error('shutting down'));
          return 0n;
        },
      },
    });
    try {
      const r = await client.cancelAll({ signal: c.signal });
      expect(r).toMatchObject({ status: 'denied' });
      if (r.status === 'denied') expect(r.reason).toMatch(/^aborted before sending: sendTx: aborted/);
    } finally {
      await client.close();
    }
  });

  it('an aborted signal denies before anything is signed', async () => {
    const c = new AbortController();
    c.abort(new Error('stop'));
    const r = await h.client.cancelAll({ signal: c.signal });
    expect(r).toMatchObject({ status: 'denied', reason: 'aborted before sending: stop' });
  });
});
