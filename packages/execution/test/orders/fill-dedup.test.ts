// Issue 12 problem 6: a trade row whose fill report fails to build must not be marked seen, so a
// well-formed replay of the same trade (WS resend or REST reconciliation) is still booked.
import { describe, expect, it } from 'vitest';
import { InMemoryIdentityStore } from '../../src/identity/store.js';
import { OrderDispatcher } from '../../src/orders/dispatcher.js';
import type { OrderEvent } from '../../src/orders/events.js';
import type { Trade } from '@lighter-ts/models';
import { toVenueTradeRow, type VenueTradeRow } from '../../src/venue/rows.js';
import { ETH_PERP } from '../fixtures.js';

const ACCOUNT = 77;

function trade(overrides: Partial<Trade>): VenueTradeRow {
  return toVenueTradeRow({
    trade_id: 9001,
    type: 'trade',
    market_id: 0,
    size: '0.01',
    price: '3000.00',
    usd_amount: '30.00',
    bid_id: 555,
    bid_client_id: 0,
    bid_account_id: ACCOUNT,
    ask_id: 556,
    ask_account_id: 1,
    is_maker_ask: true,
    timestamp: 1_777_941_400_000,
    taker_fee: 200,
    maker_fee: 0,
    ...overrides,
  });
}

describe('fill dedup (issue 12 problem 6)', () => {
  it('problem 6: a fill whose report fails to build is not marked seen; the well-formed replay is booked once', () => {
    const events: OrderEvent[] = [];
    const errors: unknown[] = [];
    const d = new OrderDispatcher({
      accountId: 'LIGHTER-077',
      accountIndex: ACCOUNT,
      identity: new InMemoryIdentityStore(),
      instrumentByMarket: (m) => (m === 0 ? ETH_PERP : undefined),
      sinks: { onEvent: (e) => events.push(e), onError: (e) => errors.push(e) },
      now: () => 1_777_941_400_000,
    });
    const t = d.register({
      clientOrderId: 'F-1',
      instrumentId: 'ETH-PERP.LIGHTER',
      side: 'BUY',
      type: 'LIMIT',
      quantity: '0.01',
      price: '3000',
      timeInForce: 'GTC',
    });
    d.emit(t, { type: 'OrderSubmitted', accountId: 'LIGHTER-077' }, 'local');
    // A malformed notional makes the taker commission unbuildable.
    d.handleTradeRow(trade({ usd_amount: 'not-a-number', bid_client_id: t.clientOrderIndex }), 'ws');
    expect(errors).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(['OrderSubmitted']);
    d.handleTradeRow(trade({ bid_client_id: t.clientOrderIndex }), 'reconciliation');
    d.handleTradeRow(trade({ bid_client_id: t.clientOrderIndex }), 'ws');
    expect(events.map((e) => [e.type, e.source])).toEqual([
      ['OrderSubmitted', 'local'],
      ['OrderAccepted', 'reconciliation'],
      ['OrderFilled', 'reconciliation'],
    ]);
    expect(t.machine.status).toBe('FILLED');
  });
});
