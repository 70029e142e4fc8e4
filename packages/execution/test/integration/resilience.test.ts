import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSigner } from '@lighter-ts/signing';
import type { ExecSigner } from '../../src/execution/contracts.js';
import { OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';
import { type Harness, has, limit, startHarness, typesOf, until, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function nextNonce(h: Harness): Promise<bigint> {
  const res = await fetch(
    `${h.sim.httpUrl}/api/v1/nextNonce?account_index=${h.acct.accountIndex}&api_key_index=${h.acct.apiKeyIndex}`,
  );
  return BigInt(((await res.json()) as { nonce: number }).nonce);
}

describe('execution client resilience against the simulator', () => {
  it('restart with open orders: a new client maps every open order back to its ClientOrderId', async () => {
    const c1 = h.makeClient();
    await c1.connect();
    const ids = ['RS-1', 'RS-2', 'RS-3'];
    for (const [i, id] of ids.entries())
      await c1.submitOrder(limit({ clientOrderId: id, price: String(2500 + i), postOnly: true }));
    await waitFor(h, (e) => ids.every((id) => has(id, 'OrderAccepted')(e)), 'accepted');
    await c1.close();

    const c2 = h.makeClient();
    await c2.connect();
    const reports = await c2.generateOrderStatusReports({ openOnly: true });
    expect(reports.map((r) => r.clientOrderId).sort()).toEqual(ids);
    expect(reports.every((r) => r.orderStatus === 'ACCEPTED')).toBe(true);
    expect(
      c2
        .openOrders()
        .map((o) => o.clientOrderId)
        .sort(),
    ).toEqual(ids);
    const mass = await c2.generateMassStatus({ lookbackMins: 60 });
    expect(
      mass.orderReports
        .filter((r) => r.clientOrderId !== undefined)
        .map((r) => r.clientOrderId)
        .sort(),
    ).toEqual(ids);
    await c2.cancelAllOrders({ instrumentId: 'ETH-PERP.LIGHTER' });
    await waitFor(h, (e) => ids.every((id) => has(id, 'OrderCanceled')(e)), 'canceled after restart');
  });

  it('1,000 concurrent submits: zero nonce errors, one nextNonce read', async () => {
    const client = h.makeClient();
    const nonces = new OptimisticNonceManager({ fetchNextNonce: () => nextNonce(h) });
    await h.clients.pop()?.close();
    const c = h.makeClient({ nonceManager: nonces });
    void client;
    await c.connect();
    const start = await nextNonce(h);
    const N = 1000;
    const statuses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        c.submitOrder(limit({ clientOrderId: `N-${i}`, price: String(2000 + (i % 50)), timeInForce: 'IOC' })),
      ),
    );
    expect(statuses.filter((s) => s.status === 'REJECTED' || s.status === 'DENIED')).toEqual([]);
    // Each result carries its own nonce: exactly the N consecutive nonces from the baseline.
    expect(statuses.map((s) => BigInt(s.nonce ?? '-1')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(
      Array.from({ length: N }, (_, i) => start + BigInt(i)),
    );
    expect(h.events.filter((e) => e.type === 'OrderRejected')).toEqual([]);
    expect(nonces.fetchCount).toBe(1);
    expect(await nextNonce(h)).toBe(start + BigInt(N));
  }, 120_000);

  it('an injected invalid-nonce error is recovered without losing the order', async () => {
    const nonces = new OptimisticNonceManager({ fetchNextNonce: () => nextNonce(h) });
    const c = h.makeClient({ nonceManager: nonces });
    await c.connect();
    h.sim.faults.rejectNextTx({ code: 21104 });
    const before = await nextNonce(h);
    const res = await c.submitOrder(limit({ clientOrderId: 'IN-1', postOnly: true }));
    // The result names the nonce of the re-signed tx that landed, not the refused first attempt.
    expect(res.nonce).toBe(String(before));
    expect(res.txHash).toMatch(/^(0x)?[0-9a-f]+$/);
    await waitFor(h, has('IN-1', 'OrderAccepted'), 'accepted after resync');
    expect(typesOf(h, 'IN-1')).toEqual(['OrderSubmitted', 'OrderAccepted']);
    expect(nonces.fetchCount).toBe(2);
  });

  it('WS drop during a submit with an unknown HTTP outcome: no false reject, order resolved', async () => {
    const c = h.makeClient();
    await c.connect();
    const sessionsBefore = h.sim.connections().map((x) => x.id);
    h.sim.faults.inject({ kind: 'rest-truncate', path: '/api/v1/sendTx' });
    const drop = h.sim.faults.inject({ kind: 'ws-drop-after', frames: 0 });
    const status = await c.submitOrder(limit({ clientOrderId: 'WD-1', postOnly: true }));
    expect(status.status).not.toBe('REJECTED');
    expect(status.txHash).toBeDefined(); // outcome unknown, but what was sent is known
    // While the stream is down, the REST probe of the unknown outcome resolves the order.
    await waitFor(h, has('WD-1', 'OrderAccepted'), 'accepted after reconnect / probe');
    await until(() => !h.sim.connections().some((x) => sessionsBefore.includes(x.id)), 'old session dropped');
    drop.remove();
    await until(() => h.sim.connections().some((x) => !sessionsBefore.includes(x.id)), 'reconnected');
    expect(typesOf(h, 'WD-1')).not.toContain('OrderRejected');
    // The client keeps working after the reconnect.
    await c.cancelOrder({ clientOrderId: 'WD-1' });
    await waitFor(h, has('WD-1', 'OrderCanceled'), 'canceled');
    await until(() => c.openOrders().length === 0, 'no open orders');
  });

  it('venue rejection of a cancel -> OrderCancelRejected, order stays working', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'CR-1', postOnly: true }));
    await waitFor(h, has('CR-1', 'OrderAccepted'), 'accepted');
    h.sim.faults.rejectNextTx({ code: 21700 });
    await c.cancelOrder({ clientOrderId: 'CR-1' });
    expect(typesOf(h, 'CR-1')).toEqual([
      'OrderSubmitted',
      'OrderAccepted',
      'OrderPendingCancel',
      'OrderCancelRejected',
    ]);
    expect(c.orderStatus('CR-1')).toBe('ACCEPTED');
  });

  it('unsupported orders are denied before signing (no nonce spent)', async () => {
    const c = h.makeClient();
    await c.connect();
    const before = await nextNonce(h);
    await c.submitOrder(limit({ clientOrderId: 'D-1', timeInForce: 'FOK' }));
    await c.submitOrder(limit({ clientOrderId: 'D-2', type: 'MARKET', price: undefined }));
    await c.submitOrder(limit({ clientOrderId: 'D-3', instrumentId: 'NOPE-PERP.LIGHTER' }));
    expect(['D-1', 'D-2', 'D-3'].map((id) => typesOf(h, id))).toEqual([
      ['OrderDenied'],
      ['OrderDenied'],
      ['OrderDenied'],
    ]);
    expect(await nextNonce(h)).toBe(before);
  });

  it('a signer failure is a local prepare failure: OrderDenied, nothing sent, nonce returned', async () => {
    const real = createSigner({
      chainId: h.sim.chainId,
      accountIndex: h.acct.accountIndex,
      apiKeyIndex: h.acct.apiKeyIndex,
      privateKey: h.acct.privateKey,
    });
    const signer: ExecSigner = {
      signCreateOrder: (p) => {
        if (BigInt(p.price) === 123400n) throw new Error('signer refused the input');
        return real.signCreateOrder(p);
      },
      signCancelOrder: (p) => real.signCancelOrder(p),
      signModifyOrder: (p) => real.signModifyOrder(p),
      signCreateGroupedOrders: (p) => real.signCreateGroupedOrders(p),
      createAuthToken: (p) => real.createAuthToken(p),
    };
    const c = h.makeClient({ signer });
    await c.connect();
    const before = await nextNonce(h);
    await c.submitOrder(limit({ clientOrderId: 'SF-1', price: '1234', postOnly: true }));
    expect(typesOf(h, 'SF-1')).toEqual(['OrderDenied']);
    await c.submitOrderList({
      orders: [
        limit({ clientOrderId: 'SF-2', price: '2500', postOnly: true }),
        limit({ clientOrderId: 'SF-3', price: '1234', postOnly: true }),
      ],
    });
    expect([typesOf(h, 'SF-2'), typesOf(h, 'SF-3')]).toEqual([['OrderDenied'], ['OrderDenied']]);
    expect(await nextNonce(h)).toBe(before);
    await c.submitOrder(limit({ clientOrderId: 'SF-4', price: '2500', postOnly: true }));
    await waitFor(h, has('SF-4', 'OrderAccepted'), 'next order still works');
  });

  it('nonce resync failure after 21104: cancel -> OrderCancelRejected (not sent); submit without a baseline -> OrderDenied', async () => {
    let failResync = false;
    const inner = new OptimisticNonceManager({ fetchNextNonce: () => nextNonce(h) });
    const nonces = {
      get ready() {
        return inner.ready;
      },
      get fetchCount() {
        return inner.fetchCount;
      },
      resync: (p?: { signal?: AbortSignal }) =>
        failResync ? Promise.reject(new Error('nextNonce unavailable')) : inner.resync(p),
      reserve: (n?: number) => inner.reserve(n),
      rollback: (p: { first: bigint; count: number }) => inner.rollback(p),
      invalidate: () => inner.invalidate(),
    };
    const c = h.makeClient({ nonceManager: nonces });
    const errors: unknown[] = [];
    c.on('error', (e) => errors.push(e));
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'NF-1', postOnly: true }));
    await waitFor(h, has('NF-1', 'OrderAccepted'), 'accepted');
    failResync = true;
    h.sim.faults.rejectNextTx({ code: 21104 });
    await c.cancelOrder({ clientOrderId: 'NF-1' });
    expect(typesOf(h, 'NF-1')).toEqual([
      'OrderSubmitted',
      'OrderAccepted',
      'OrderPendingCancel',
      'OrderCancelRejected',
    ]);
    inner.invalidate();
    const status = await c.submitOrder(limit({ clientOrderId: 'NF-2', postOnly: true }));
    // Nothing was signed: the baseline could not be read, and the result says so.
    expect(status).toEqual({
      status: 'DENIED',
      nonce: undefined,
      txHash: undefined,
      outcome: 'denied',
      reason: expect.stringContaining('nextNonce unavailable'),
    });
    failResync = false;
    expect(errors).toEqual([]);
  });

  it('external orders (not placed by this client) surface as OrderStatusReports, not events', async () => {
    const c = h.makeClient();
    const reports: { venueOrderId: string; clientOrderId: string | undefined }[] = [];
    c.on('orderStatusReport', (r) => reports.push(r));
    await c.connect();
    const { orderIndex } = h.sim.placeOrder({
      accountIndex: h.acct.accountIndex,
      marketIndex: 0,
      isAsk: false,
      price: '2400.00',
      size: '0.01',
    });
    await until(() => reports.some((r) => r.venueOrderId === String(orderIndex)), 'external report');
    expect(reports.find((r) => r.venueOrderId === String(orderIndex))?.clientOrderId).toBeUndefined();
    expect(h.events).toEqual([]);
  });

  it('integrator attribution is opt-in: no attributes by default, attached when configured', async () => {
    const real = createSigner({
      chainId: h.sim.chainId,
      accountIndex: h.acct.accountIndex,
      apiKeyIndex: h.acct.apiKeyIndex,
      privateKey: h.acct.privateKey,
    });
    const seenAttrs: unknown[] = [];
    const signer: ExecSigner = {
      signCreateOrder: (p) => {
        seenAttrs.push(p.attributes);
        return real.signCreateOrder(p);
      },
      signCancelOrder: (p) => real.signCancelOrder(p),
      signModifyOrder: (p) => real.signModifyOrder(p),
      signCreateGroupedOrders: (p) => real.signCreateGroupedOrders(p),
      createAuthToken: (p) => real.createAuthToken(p),
    };
    const c = h.makeClient({ signer });
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'IA-1', postOnly: true }));
    expect(seenAttrs).toEqual([undefined]);
    await c.close();
    const base = h.clients[0]!.config;
    const c2 = h.makeClient({
      signer,
      config: {
        network: { httpUrl: h.sim.httpUrl, wsUrl: h.sim.wsUrl, chainId: h.sim.chainId },
        accountIndex: h.acct.accountIndex,
        apiKeyIndex: h.acct.apiKeyIndex,
        privateKey: h.acct.privateKey,
        restQuotaPerMin: base.restQuotaPerMin,
        sendTxQuotaPerMin: base.sendTxQuotaPerMin,
        integrator: { accountIndex: 723813 },
      },
    });
    await c2.connect();
    await c2.submitOrder(limit({ clientOrderId: 'IA-2', postOnly: true }));
    expect(seenAttrs[1]).toEqual({ integratorAccountIndex: 723813, integratorTakerFee: 0, integratorMakerFee: 0 });
  });
});
