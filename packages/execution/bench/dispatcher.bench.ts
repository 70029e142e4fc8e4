// Venue-frame hot path: models' frame parse (what streaming runs once per frame), the row mapping and the dispatch
// of account order/trade rows, against a JSON.parse-only baseline of the same frames (report the ratio, not
// absolute times).
import { readFileSync } from 'node:fs';
import { safeParseWsFrame } from '@lighter-ts/models';
import { bench, describe } from 'vitest';
import { InMemoryIdentityStore } from '../src/identity/store.js';
import type { LighterInstrument } from '../src/instruments/instrument.js';
import { OrderDispatcher } from '../src/orders/dispatcher.js';
import { translateOrder } from '../src/translate/order-translation.js';
import { orderRowsOfFrame, tradeRowsOfFrame } from '../src/venue/frame-rows.js';
import { toVenueTradeRow } from '../src/venue/rows.js';

const root = new URL('../../../fixtures/api/ws/', import.meta.url);
const ordersText = readFileSync(new URL('nt_account_orders_update.json', root), 'utf8');
const tradesText = readFileSync(new URL('nt_account_all_trades_update.json', root), 'utf8');
const ETH: LighterInstrument = {
  instrumentId: 'ETH-PERP.LIGHTER',
  rawSymbol: 'ETH',
  marketIndex: 0,
  kind: 'perp',
  baseCurrency: 'ETH',
  quoteCurrency: 'USDC',
  priceDecimals: 2,
  sizeDecimals: 4,
  priceIncrement: '0.01',
  sizeIncrement: '0.0001',
  minQuantity: '0.005',
  minNotional: '10',
  maxNotional: undefined,
  marginInit: '0.05',
  marginMaint: '0.012',
  makerFee: '0',
  takerFee: '0',
  status: 'active',
};
const d = new OrderDispatcher({
  accountId: 'LIGHTER-001',
  accountIndex: 1234,
  identity: new InMemoryIdentityStore(),
  instrumentByMarket: () => ETH,
  sinks: { onEvent: () => {}, onOrderReport: () => {}, onFillReport: () => {} },
});
let n = 0;

describe('account frames', () => {
  bench('baseline: JSON.parse only', () => {
    JSON.parse(ordersText);
    JSON.parse(tradesText);
  });
  bench('parse + dispatch (order row + trade row)', () => {
    const o = JSON.parse(ordersText) as Record<string, unknown>;
    const of = safeParseWsFrame(o);
    const orders = of.ok && of.frame.kind === 'account_orders' ? of.frame : undefined;
    for (const row of orderRowsOfFrame({ data: o, typed: orders })) d.handleOrderRow(row, 'ws');
    const t = JSON.parse(tradesText) as Record<string, unknown>;
    const tf = safeParseWsFrame(t);
    const trades = tf.ok && tf.frame.kind === 'account_all_trades' ? tf.frame : undefined;
    for (const row of tradeRowsOfFrame({ data: t, typed: trades })) {
      // A fresh trade id each round, or the dedup would skip every fill after the first.
      d.handleTradeRow(toVenueTradeRow({ ...row, trade_id_str: String(n++) }), 'ws');
    }
  });
  bench('translateOrder (limit GTC)', () => {
    translateOrder({
      order: {
        clientOrderId: 'O',
        instrumentId: 'ETH-PERP.LIGHTER',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '0.0100',
        price: '2500.25',
        timeInForce: 'GTC',
      },
      instrument: ETH,
      clientOrderIndex: 1,
      nowMs: 1_780_000_000_000,
      defaultSlippageBps: 50,
    });
  });
});
