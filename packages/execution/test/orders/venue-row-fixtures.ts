/**
 * The first order row and the first trade row of the recorded account frames, parsed as the dispatcher receives
 * them: the base the dispatcher tests spread their variations over.
 */
import {
  flattenMarketMap,
  parseVenueOrderRow,
  parseVenueTradeRow,
  type VenueOrderRow,
  type VenueTradeRow,
} from '../../src/venue/rows.js';
import { fixture } from '../fixtures.js';

/** The first row of `ws/nt_account_orders_update.json`. */
export const baseRow = parseVenueOrderRow(
  flattenMarketMap(fixture<{ orders: unknown }>('ws/nt_account_orders_update.json').orders)[0],
) as VenueOrderRow;

/** The first row of `ws/nt_account_all_trades_update.json`. */
export const baseTrade = parseVenueTradeRow(
  flattenMarketMap(fixture<{ trades: unknown }>('ws/nt_account_all_trades_update.json').trades)[0],
) as VenueTradeRow;
