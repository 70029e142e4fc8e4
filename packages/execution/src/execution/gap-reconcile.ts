/**
 * Reconciliation after a WS gap (reconnect / resubscribe). The reconnect snapshot of account
 * orders lists only OPEN orders, and the trades snapshot is never booked (docs/protocol/nautilus.md#emission-rules), so an
 * order that was canceled, expired or filled while the socket was down would otherwise never
 * get its terminal event. Every non-terminal tracked order is reconciled over REST: one
 * active-orders call per instrument, the account trades of that market (fills, deduplicated by
 * the dispatcher with the WS path), then the orders still missing are looked up individually
 * (inactive orders / client order index via `findOrderRow`). Every row goes through the
 * dispatcher, whose state machine drops anything already applied, so nothing is emitted twice.
 */
import { paginateTrades } from '@lighter-ts/http';
import type { TrackedOrder } from '../orders/dispatcher.js';
import { ownSides } from '../reports/build.js';
import { toMillis } from '../venue/mapping.js';
import { toVenueOrderRow, toVenueTradeRow } from '../venue/rows.js';
import { findOrderRow, type ReconciliationContext } from './reconciliation.js';

/** Trades older than the oldest order minus this margin cannot be its fills (clock skew allowance). */
const TRADE_SKEW_MS = 5 * 60_000;
/** Page cap of the trades walk (100 per page; 60 req/min standard tier). */
const MAX_TRADE_PAGES = 10;

/**
 * Reconciles the given orders against the venue (see module doc). Errors of one instrument are
 * reported through `onError` and do not stop the others; nothing is ever rejected for "not found".
 * @example await reconcileAfterGap(ctx, { orders: dispatcher.all(), signal, onError: (e) => emit('error', e) });
 * @throws never (http errors go to onError)
 */
export async function reconcileAfterGap(
  ctx: ReconciliationContext,
  params: { orders: readonly TrackedOrder[]; signal: AbortSignal; onError: (error: unknown) => void },
): Promise<void> {
  const byInstrument = new Map<string, TrackedOrder[]>();
  for (const t of params.orders) {
    if (t.machine.isTerminal || t.machine.status === 'INITIALIZED') continue;
    const list = byInstrument.get(t.order.instrumentId) ?? [];
    list.push(t);
    byInstrument.set(t.order.instrumentId, list);
  }
  for (const [instrumentId, orders] of byInstrument) {
    if (params.signal.aborted) return;
    try {
      await reconcileInstrument(ctx, { instrumentId, orders, signal: params.signal });
    } catch (e) {
      if (!params.signal.aborted) params.onError(e);
    }
  }
}

async function reconcileInstrument(
  ctx: ReconciliationContext,
  params: { instrumentId: string; orders: readonly TrackedOrder[]; signal: AbortSignal },
): Promise<void> {
  const instrument = ctx.instruments.require(params.instrumentId);
  const opts = { signal: params.signal };
  const identityOf = (t: TrackedOrder) => ctx.identity.get(t.order.clientOrderId);
  const isMine = (t: TrackedOrder, orderId: string, clientOrderIndex: number) => {
    const venueId = t.machine.venueOrderId ?? identityOf(t)?.venueOrderId;
    return (
      (venueId !== undefined && venueId === orderId) ||
      (clientOrderIndex > 0 && clientOrderIndex === t.clientOrderIndex)
    );
  };

  // 1. Active orders of the market: still-working orders (and shape changes).
  const found = new Set<TrackedOrder>();
  const active = await ctx.http.accountActiveOrders(
    { accountIndex: ctx.accountIndex, marketId: instrument.marketIndex },
    opts,
  );
  for (const order of active.orders) {
    const row = toVenueOrderRow(order);
    const t = params.orders.find((o) => isMine(o, row.orderId, row.clientOrderIndex));
    if (t === undefined) continue;
    found.add(t);
    ctx.dispatcher.handleOrderRow(row, 'reconciliation');
  }

  // 2. Fills during the gap, before any terminal row (partial fill then cancel keeps its order).
  const oldest = Math.min(...params.orders.map((t) => t.submittedAtMs)) - TRADE_SKEW_MS;
  for await (const row of paginateTrades(
    ctx.http.context,
    { sortBy: 'timestamp', limit: 100, accountIndex: ctx.accountIndex, marketId: instrument.marketIndex },
    { ...opts, maxPages: MAX_TRADE_PAGES },
  )) {
    const trade = toVenueTradeRow(row);
    const ts = toMillis(trade.timestamp);
    if (ts !== undefined && ts < oldest) break; // descending by timestamp
    // Only fills of the orders being reconciled (no historical external FillReports); the fill
    // dedup is shared with the WS stream, so a fill already seen live is not emitted again.
    if (
      ownSides(trade, ctx.accountIndex).some((s) =>
        params.orders.some((t) => isMine(t, s.venueOrderId, s.clientOrderIndex)),
      )
    )
      ctx.dispatcher.handleTradeRow(trade, 'reconciliation');
  }

  // 3. Orders no longer active: their final row (canceled / expired / filled) from inactive orders.
  for (const t of params.orders) {
    if (found.has(t) || t.machine.isTerminal || params.signal.aborted) continue;
    const row = await findOrderRow(ctx, {
      instrumentId: params.instrumentId,
      clientOrderId: t.order.clientOrderId,
      signal: params.signal,
    });
    if (row !== undefined) ctx.dispatcher.handleOrderRow(row, 'reconciliation'); // not found: leave as is (no false terminal)
  }
}
