/**
 * Self-trade prevention and the other L2TxAttributes through `NautilusOrder.params` (issue 12 #11):
 * the attribute reaches the wire (the simulator's stored tx_info carries it) and the venue applies
 * it (the simulator implements self-trade modes); invalid values are DENIED before signing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src/orders/events.js';
import { type Harness, has, limit, startHarness, typesOf, waitFor } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** The L2TxAttributes of a tx as the venue stored it (`/api/v1/tx?by=hash`). */
async function attributesOnWire(txHash: string | undefined): Promise<unknown> {
  const res = await fetch(`${h.sim.httpUrl}/api/v1/tx?by=hash&value=${txHash}`);
  const body = (await res.json()) as { info?: string };
  return JSON.parse(body.info ?? '{}').L2TxAttributes;
}
const denial = (cloid: string) =>
  (
    h.events.find((e) => e.clientOrderId === cloid && e.type === 'OrderDenied') as
      | Extract<OrderEvent, { type: 'OrderDenied' }>
      | undefined
  )?.reason;

describe('self-trade prevention via params', () => {
  it('EXPIRE_TAKER reaches the wire and keeps our resting maker; the default expires the maker', async () => {
    const c = h.makeClient();
    await c.connect();
    await c.submitOrder(limit({ clientOrderId: 'MK-1', side: 'SELL', price: '3000', postOnly: true }));
    await waitFor(h, has('MK-1', 'OrderAccepted'), 'maker resting');

    const taker = await c.submitOrder(
      limit({ clientOrderId: 'TK-1', price: '3000', params: { selfTradePrevention: 'EXPIRE_TAKER' } }),
    );
    expect(await attributesOnWire(taker.txHash)).toEqual({ '6': 1 });
    await waitFor(h, (e) => has('TK-1', 'OrderCanceled')(e) || has('TK-1', 'OrderRejected')(e), 'taker expired');
    expect(c.orderStatus('MK-1')).toBe('ACCEPTED');
    expect(typesOf(h, 'TK-1')).not.toContain('OrderFilled');

    // Without params the venue default (expire maker) applies: our maker goes, the taker rests.
    const plain = await c.submitOrder(limit({ clientOrderId: 'TK-2', price: '3000' }));
    expect(await attributesOnWire(plain.txHash)).toBeNull();
    await waitFor(h, has('MK-1', 'OrderCanceled'), 'maker expired by self-trade');
    await waitFor(h, has('TK-2', 'OrderAccepted'), 'taker rests');
  });

  it('CANCEL_BOTH with MASTER_ACCOUNT equality and the other attributes are sent as given', async () => {
    const c = h.makeClient();
    await c.connect();
    const r = await c.submitOrder(
      limit({
        clientOrderId: 'CB-1',
        price: '1000',
        params: { selfTradePrevention: 'CANCEL_BOTH', selfTradeEquality: 'MASTER_ACCOUNT', skipNonce: true },
      }),
    );
    expect(await attributesOnWire(r.txHash)).toEqual({ '4': 1, '6': 2, '7': 1 });
    await waitFor(h, has('CB-1', 'OrderAccepted'), 'accepted');
    // A bracket is one tx: the attributes of its members go on it.
    const b = await c.submitOrderList({
      contingency: 'OTOCO',
      orders: [
        limit({
          clientOrderId: 'BR-P',
          price: '1000',
          quantity: '0.02',
          params: { selfTradePrevention: 'EXPIRE_TAKER' },
        }),
        {
          clientOrderId: 'BR-SL',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'STOP_MARKET',
          quantity: '0.02',
          triggerPrice: '900',
          timeInForce: 'GTC',
          params: { selfTradePrevention: 'EXPIRE_TAKER' },
        },
        {
          clientOrderId: 'BR-TP',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'MARKET_IF_TOUCHED',
          quantity: '0.02',
          triggerPrice: '1500',
          timeInForce: 'GTC',
          params: { selfTradePrevention: 'EXPIRE_TAKER' },
        },
      ],
    });
    expect(await attributesOnWire(b.txs[0]?.txHash)).toEqual({ '6': 1 });
  });

  it('invalid params are DENIED before signing, naming the field and the value', async () => {
    const c = h.makeClient();
    await c.connect();
    const bad = async (cloid: string, params: unknown) => {
      const r = await c.submitOrder(limit({ clientOrderId: cloid, params: params as never }));
      expect(r.status).toBe('DENIED');
      expect(r.txHash).toBeUndefined();
      return denial(cloid);
    };
    expect(await bad('D-1', { selfTradePrevention: 'NOPE' })).toBe(
      'params.selfTradePrevention: expected one of EXPIRE_MAKER, EXPIRE_TAKER, CANCEL_BOTH, REDUCE, got "NOPE"',
    );
    expect(await bad('D-2', { selfTradeEquality: 2 })).toContain('params.selfTradeEquality');
    expect(await bad('D-3', { selfTradePrevention: 'REDUCE', selfTradeEquality: 'MASTER_ACCOUNT' })).toContain(
      'params.selfTradePrevention',
    );
    expect(await bad('D-4', { stp: 'EXPIRE_TAKER' })).toContain('params.stp');
    expect(await bad('D-5', { integratorTakerFeePpm: 10 })).toContain('params.integratorAccountIndex');
    expect(
      await bad('D-6', { integratorAccountIndex: 7, integratorTakerFeePpm: 10, selfTradePrevention: 'CANCEL_BOTH' }),
    ).toContain('params.selfTradePrevention');
    expect(await bad('D-7', { integratorAccountIndex: 7, integratorMakerFeePpm: 1_000_001 })).toContain(
      'params.integratorMakerFeePpm',
    );
    expect(await bad('D-8', { skipNonce: 'yes' })).toContain('params.skipNonce');
    // Members of one bracket tx must agree.
    const mixed = await c.submitOrderList({
      contingency: 'OCO',
      orders: [
        {
          clientOrderId: 'MX-1',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'STOP_MARKET',
          quantity: '0.02',
          triggerPrice: '900',
          timeInForce: 'GTC',
          params: { selfTradePrevention: 'EXPIRE_TAKER' },
        },
        {
          clientOrderId: 'MX-2',
          instrumentId: 'ETH-PERP.LIGHTER',
          side: 'SELL',
          type: 'MARKET_IF_TOUCHED',
          quantity: '0.02',
          triggerPrice: '1500',
          timeInForce: 'GTC',
        },
      ],
    });
    expect(mixed).toEqual({ statuses: ['DENIED', 'DENIED'], txs: [] });
    expect(denial('MX-2')).toContain('params of bracket member MX-2');
    // Nothing was sent: the next real order still gets a tx (the nonce was not burnt by a denial).
    const ok = await c.submitOrder(limit({ clientOrderId: 'OK-1', price: '1000' }));
    expect(ok.txHash).toBeDefined();
  });
});
