/**
 * Venue rows -> Nautilus reports (docs/protocol/nautilus.md#parity-checklist). Pure functions; the client supplies the
 * instrument and identity lookups.
 */
import type { LighterInstrument } from '../instruments/instrument.js';
import { compareDecimal, normalizeDecimal, scaleDecimal, subDecimal, unscaleDecimal } from '../translate/decimal.js';
import {
  cancelReasonOf,
  toMillis,
  venueStatusToNautilus,
  venueTifToNautilus,
  venueTypeToNautilus,
} from '../venue/mapping.js';
import type { VenueOrderRow, VenuePositionRow, VenueTradeRow } from '../venue/rows.js';
import type { FillReport, OrderStatusReport, PositionStatusReport } from './types.js';

const isZero = (v: string | null | undefined): boolean =>
  v === undefined || v === null || v === '' || compareDecimal(v.replace(/^-/, ''), '0') === 0;

function decimalsOf(v: string): number {
  const i = v.indexOf('.');
  return i < 0 ? 0 : v.length - i - 1;
}

/**
 * Exact-ish quotient of two decimal strings to `places` decimals (floor).
 * @example divideDecimal('4.705480', '0.0020', 8) // '2352.74'
 * @throws never (returns undefined on a zero divisor)
 */
export function divideDecimal(a: string, b: string, places = 8): string | undefined {
  const d = Math.max(decimalsOf(a), decimalsOf(b));
  const x = scaleDecimal({ value: a, decimals: d });
  const y = scaleDecimal({ value: b, decimals: d });
  if (y === 0n) return undefined;
  return normalizeDecimal(unscaleDecimal({ value: (x * 10n ** BigInt(places)) / y, decimals: places }));
}

/**
 * Commission of a fill: notional × fee rate in parts per million (docs/protocol/rest.md#response-models Trade fee units).
 * @example feeFromPpm('314.324728', 196) // '0.061607646688'
 * @throws never
 */
export function feeFromPpm(notional: string, ppm: number | null | undefined): string {
  if (ppm === undefined || ppm === null || ppm === 0) return '0';
  const d = decimalsOf(notional);
  const v = scaleDecimal({ value: notional.replace(/^-/, ''), decimals: d }) * BigInt(Math.trunc(ppm));
  return normalizeDecimal(unscaleDecimal({ value: v, decimals: d + 6 }));
}

/**
 * Builds an OrderStatusReport from a venue order row.
 * @example orderRowToReport({ row, instrument, accountId: 'LIGHTER-001', clientOrderId: 'O-1', nowMs: Date.now() })
 * @throws never
 */
export function orderRowToReport(params: {
  row: VenueOrderRow;
  instrument: LighterInstrument;
  accountId: string;
  clientOrderId: string | undefined;
  nowMs: number;
}): OrderStatusReport {
  const { row } = params;
  const quantity = normalizeDecimal(row.initial_base_amount);
  const filledQty = normalizeDecimal(row.filled_base_amount ?? subDecimal(quantity, row.remaining_base_amount));
  const filled = !isZero(filledQty);
  const { timeInForce, postOnly } = venueTifToNautilus(row.time_in_force, row.order_expiry);
  const orderType = venueTypeToNautilus(row.type);
  const ts = toMillis(row.updated_at ?? row.timestamp) ?? params.nowMs;
  const avgPx =
    filled && row.filled_quote_amount != null ? divideDecimal(row.filled_quote_amount, filledQty) : undefined;
  return {
    accountId: params.accountId,
    instrumentId: params.instrument.instrumentId,
    clientOrderId: params.clientOrderId,
    venueOrderId: row.orderId,
    orderSide: row.is_ask ? 'SELL' : 'BUY',
    orderType,
    timeInForce,
    orderStatus: venueStatusToNautilus({ status: row.status, filled, triggered: row.trigger_status === 'ready' }),
    quantity,
    filledQty,
    price:
      orderType === 'MARKET' || orderType === 'STOP_MARKET' || orderType === 'MARKET_IF_TOUCHED' || isZero(row.price)
        ? undefined
        : normalizeDecimal(row.price),
    triggerPrice: isZero(row.trigger_price) ? undefined : normalizeDecimal(row.trigger_price ?? '0'),
    avgPx,
    postOnly,
    reduceOnly: row.reduce_only,
    expireTimeMs: row.order_expiry != null && row.order_expiry > 0 ? row.order_expiry : undefined,
    cancelReason: cancelReasonOf(row.status),
    tsAccepted: toMillis(row.created_at ?? row.timestamp) ?? ts,
    tsLast: ts,
    tsInit: params.nowMs,
  };
}

/** One side of a trade that belongs to our account. */
export interface OwnFillSide {
  /** Venue order index of our order on this side, decimal string. */
  readonly venueOrderId: string;
  /** Client order index of our order on this side (0 when the trade row carries none). */
  readonly clientOrderIndex: number;
  /** BUY for the bid side of the trade, SELL for the ask side. */
  readonly side: 'BUY' | 'SELL';
  /** True when our order on this side was the resting (maker) one. */
  readonly isMaker: boolean;
}

/**
 * Our side(s) of a trade (both for a self-trade).
 * @example ownSides(trade, 1234)
 * @throws never
 */
export function ownSides(trade: VenueTradeRow, accountIndex: number): OwnFillSide[] {
  const out: OwnFillSide[] = [];
  const makerAsk = trade.is_maker_ask;
  if (trade.bid_account_id === accountIndex) {
    out.push({
      venueOrderId: trade.bidOrderId,
      clientOrderIndex: trade.bidClientOrderIndex,
      side: 'BUY',
      isMaker: !makerAsk,
    });
  }
  if (trade.ask_account_id === accountIndex) {
    out.push({
      venueOrderId: trade.askOrderId,
      clientOrderIndex: trade.askClientOrderIndex,
      side: 'SELL',
      isMaker: makerAsk,
    });
  }
  return out;
}

/**
 * Builds a FillReport for one of our sides of a trade.
 * @example tradeToFillReport({ trade, side, instrument, accountId, clientOrderId, nowMs })
 * @throws never
 */
export function tradeToFillReport(params: {
  trade: VenueTradeRow;
  side: OwnFillSide;
  instrument: LighterInstrument;
  accountId: string;
  clientOrderId: string | undefined;
  nowMs: number;
}): FillReport {
  const { trade, side, instrument } = params;
  const notional = trade.usd_amount ?? '0';
  return {
    accountId: params.accountId,
    instrumentId: instrument.instrumentId,
    venueOrderId: side.venueOrderId,
    clientOrderId: params.clientOrderId,
    tradeId: trade.tradeId,
    orderSide: side.side,
    lastQty: normalizeDecimal(trade.size),
    lastPx: normalizeDecimal(trade.price),
    commission: {
      amount: feeFromPpm(notional, side.isMaker ? trade.maker_fee : trade.taker_fee),
      currency: instrument.quoteCurrency,
    },
    liquiditySide: side.isMaker ? 'MAKER' : 'TAKER',
    tsEvent: toMillis(trade.timestamp) ?? params.nowMs,
    tsInit: params.nowMs,
  };
}

/**
 * Builds a PositionStatusReport from a venue position row (FLAT when the size is 0).
 * @example positionRowToReport({ row, instrument, accountId, nowMs })
 * @throws never
 */
export function positionRowToReport(params: {
  row: VenuePositionRow | undefined;
  instrument: LighterInstrument;
  accountId: string;
  nowMs: number;
}): PositionStatusReport {
  const { row } = params;
  const qty = row === undefined ? '0' : normalizeDecimal(row.position.replace(/^-/, ''));
  const flat = isZero(qty);
  const short = !flat && ((row?.sign ?? 1) < 0 || row?.position.startsWith('-') === true);
  return {
    accountId: params.accountId,
    instrumentId: params.instrument.instrumentId,
    positionSide: flat ? 'FLAT' : short ? 'SHORT' : 'LONG',
    quantity: flat ? '0' : qty,
    signedDecimalQty: flat ? '0' : short ? `-${qty}` : qty,
    avgPxOpen: flat || row?.avg_entry_price == null ? undefined : normalizeDecimal(row.avg_entry_price),
    tsLast: params.nowMs,
    tsInit: params.nowMs,
  };
}
