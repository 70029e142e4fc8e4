// Binary options (Up/Down markets): local validation on submit (docs/protocol/binary-options.md#trading-rules)
// and the BinaryOption instrument built from an `events` payload.
import { parseEvents } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { isOrderDeniedError } from '../../src/errors.js';
import { binaryOptionsFromEvent } from '../../src/index.js';
import type { NautilusOrder } from '../../src/orders/types.js';
import { translateOrder } from '../../src/translate/order-translation.js';
import { fixture } from '../fixtures.js';

const [bo] = binaryOptionsFromEvent({ event: parseEvents(fixture('rest/ours_bo_events.json')).events[0]! });
const NOW = 1_780_000_000_000;
const order = (o: Partial<NautilusOrder>): NautilusOrder => ({
  clientOrderId: 'B-1',
  instrumentId: bo!.instrumentId,
  side: 'BUY',
  type: 'LIMIT',
  quantity: '10',
  price: '0.55',
  timeInForce: 'GTC',
  ...o,
});
const tr = (o: Partial<NautilusOrder>, top = { bid: '0.97', ask: '0.98' }) =>
  translateOrder({
    order: order(o),
    instrument: bo!,
    clientOrderIndex: 7,
    nowMs: NOW,
    topOfBook: top,
    defaultSlippageBps: 500,
  });
const denial = (f: () => unknown): { field: string | undefined; reason: string } | undefined => {
  try {
    f();
  } catch (e) {
    if (isOrderDeniedError(e)) return { field: e.field, reason: e.reason };
    throw e;
  }
  return undefined;
};

describe('BinaryOption instrument', () => {
  it('is built from an events market with its cap, outcomes and window', () => {
    expect(bo).toMatchObject({
      type: 'BinaryOption',
      kind: 'binary',
      instrumentId: 'BTC-UPDOWN-15M-1761400800-BINARY.LIGHTER',
      marketIndex: 1001,
      settlementCap: 100,
      eventId: 1111,
      outcomes: ['Up', 'Down'],
      priceIncrement: '0.01',
      sizeIncrement: '0.0001',
      activationNs: 1761400800n * 1_000_000_000n,
      expirationNs: 1761401700n * 1_000_000_000n,
    });
  });
});

describe('binary order validation on submit', () => {
  it('translates Up (buy) and Down (sell) limit orders strictly inside (0, cap)', () => {
    expect(tr({})).toMatchObject({ marketIndex: 1001, price: 55n, baseAmount: 100_000n, isAsk: false, orderType: 0 });
    expect(tr({ side: 'SELL', price: '0.01' })).toMatchObject({ price: 1n, isAsk: true });
    expect(tr({ price: '0.99' })).toMatchObject({ price: 99n });
  });
  it('denies a price at the cap naming the field and the value', () => {
    const d = denial(() => tr({ price: '1.00' }));
    expect(d?.field).toBe('price');
    expect(d?.reason).toMatch(/strictly between 0 and the cap 100 ticks, got 100/);
  });
  it('denies reduce-only, triggers and stop types', () => {
    expect(denial(() => tr({ reduceOnly: true }))).toMatchObject({
      field: 'reduceOnly',
      reason: expect.stringMatching(/reduceOnly=true/),
    });
    expect(denial(() => tr({ type: 'STOP_LIMIT', triggerPrice: '0.50' }))).toMatchObject({
      field: 'type',
      reason: expect.stringMatching(/STOP_LIMIT/),
    });
    expect(denial(() => tr({ type: 'MARKET_IF_TOUCHED', triggerPrice: '0.50' }))).toMatchObject({ field: 'type' });
  });
  it('keeps a market order worst price below the cap instead of denying it', () => {
    // ask 0.98 + 5 % slippage would be 1.03: capped at 0.99.
    expect(tr({ type: 'MARKET', price: undefined, timeInForce: 'IOC' })).toMatchObject({ orderType: 1, price: 99n });
  });
});
