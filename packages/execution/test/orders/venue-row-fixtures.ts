/**
 * The first order row and the first trade row of the recorded account frames, parsed by models' frame schema and
 * mapped as the dispatcher receives them, and the order the dispatcher tests register: the base the dispatcher
 * tests spread their variations over.
 */
import { type WsFrame, safeParseWsFrame } from '@lighter-ts/models';
import { orderRowsOfFrame, tradeRowsOfFrame } from '../../src/venue/frame-rows.js';
import type { NautilusOrder } from '../../src/orders/types.js';
import type { VenueOrderRow, VenueTradeRow } from '../../src/venue/rows.js';
import { fixture } from '../fixtures.js';

function parsed(raw: Record<string, unknown>): WsFrame {
  const r = safeParseWsFrame(raw);
  if (!r.ok) throw new Error(`recorded frame no longer parses: ${r.error.message}`);
  return r.frame;
}

const ordersRaw = fixture('ws/nt_account_orders_update.json');
const ordersFrame = parsed(ordersRaw);
const tradesRaw = fixture('ws/nt_account_all_trades_update.json');
const tradesFrame = parsed(tradesRaw);
if (ordersFrame.kind !== 'account_orders' || tradesFrame.kind !== 'account_all_trades')
  throw new Error('recorded frames changed kind');

/** The first row of `ws/nt_account_orders_update.json`. */
export const baseRow = orderRowsOfFrame({ data: ordersRaw, typed: ordersFrame })[0] as VenueOrderRow;

/** The first row of `ws/nt_account_all_trades_update.json`. */
export const baseTrade = tradeRowsOfFrame({ data: tradesRaw, typed: tradesFrame })[0] as VenueTradeRow;

/** The ETH-PERP sell limit order the dispatcher tests register, with overrides. */
export const limitOrder = (o: Partial<NautilusOrder> = {}): NautilusOrder => ({
  clientOrderId: 'O-1',
  instrumentId: 'ETH-PERP.LIGHTER',
  side: 'SELL',
  type: 'LIMIT',
  quantity: '0.005',
  price: '2352.74',
  timeInForce: 'GTC',
  ...o,
});

/** {@link baseRow} for a tracked order's client index, nothing filled yet, with overrides. */
export const rowFor = (t: { clientOrderIndex: number }, o: Partial<VenueOrderRow>): VenueOrderRow => ({
  ...baseRow,
  client_order_index: t.clientOrderIndex,
  client_order_id: String(t.clientOrderIndex),
  clientOrderIndex: t.clientOrderIndex,
  remaining_base_amount: '0.0050',
  filled_base_amount: '0',
  ...o,
});
