/**
 * REST reconciliation reports (parity R1-R5, docs/protocol/nautilus.md#parity-checklist): order status (single and bulk), fills,
 * positions (from the WS snapshot cache; the venue has no REST positions) and mass status.
 * Cloids are restored from the identity store, so a restarted client reports its own orders
 * with their original ClientOrderIds (R10).
 */
import { type LighterHttpClient, paginateInactiveOrders, paginateTrades } from '@lighter-ts/http';
import type { Order } from '@lighter-ts/models';
import type { AccountStateCache } from '../account/account-state.js';
import type { IdentityStore } from '../identity/store.js';
import type { LighterInstrument } from '../instruments/instrument.js';
import type { InstrumentProvider } from '../instruments/provider.js';
import type { OrderDispatcher } from '../orders/dispatcher.js';
import { orderRowToReport, ownSides, positionRowToReport, tradeToFillReport } from '../reports/build.js';
import type { ExecutionMassStatus, FillReport, OrderStatusReport, PositionStatusReport } from '../reports/types.js';
import { toVenueOrderRow, toVenueTradeRow, type VenueOrderRow } from '../venue/rows.js';

/** What the report generators need. */
export interface ReconciliationContext {
  /** REST client the reports are read with. */
  readonly http: LighterHttpClient;
  /** Venue account index whose orders, fills and positions are read. */
  readonly accountIndex: number;
  /** Nautilus AccountId stamped on the reports. */
  readonly accountId: string;
  /** Nautilus venue code (config `venue`). */
  readonly venue: string;
  /** Nautilus ClientId of the mass status. */
  readonly clientId: string;
  /** Instruments, to map market indexes to InstrumentIds and decimals. */
  readonly instruments: InstrumentProvider;
  /** Identity store, to restore ClientOrderIds of venue orders. */
  readonly identity: IdentityStore;
  /** Dispatcher that applies missed events to tracked orders. */
  readonly dispatcher: OrderDispatcher;
  /** Account state cache updated from the positions read. */
  readonly account: AccountStateCache;
  /** Clock in ms since the epoch. */
  readonly now: () => number;
}

const PAGE = 100;

/** Page cap of inactive-order / trade walks (NT's max page guard; 60 req/min standard tier). */
const MAX_PAGES = 20;

function cloidOf(ctx: ReconciliationContext, row: VenueOrderRow): string | undefined {
  return (
    ctx.identity.getByVenueOrderId(row.orderId)?.clientOrderId ??
    (row.clientOrderIndex > 0 ? ctx.identity.getByClientOrderIndex(row.clientOrderIndex)?.clientOrderId : undefined)
  );
}

function toReport(ctx: ReconciliationContext, order: Order): OrderStatusReport | undefined {
  const row = toVenueOrderRow(order);
  const instrument = ctx.instruments.byMarketIndex(row.market_index);
  if (instrument === undefined) return undefined;
  return orderRowToReport({
    row,
    instrument,
    accountId: ctx.accountId,
    clientOrderId: cloidOf(ctx, row),
    nowMs: ctx.now(),
  });
}

/**
 * Finds one order's venue row: active orders of its market first, then inactive pages, matched
 * by venue id or client order index (R1).
 * @throws http errors (transport / venue) — the caller decides; never a false "not found" reject
 */
export async function findOrderRow(
  ctx: ReconciliationContext,
  params: { instrumentId: string; clientOrderId?: string; venueOrderId?: string; signal?: AbortSignal },
): Promise<VenueOrderRow | undefined> {
  const instrument = ctx.instruments.require(params.instrumentId);
  const identity = params.clientOrderId === undefined ? undefined : ctx.identity.get(params.clientOrderId);
  const venueId = params.venueOrderId ?? identity?.venueOrderId;
  const index = identity?.clientOrderIndex;
  const match = (order: Order): VenueOrderRow | undefined => {
    const row = toVenueOrderRow(order);
    return (venueId !== undefined && row.orderId === venueId) || (index !== undefined && row.clientOrderIndex === index)
      ? row
      : undefined;
  };
  const opts = params.signal === undefined ? {} : { signal: params.signal };
  const active = await ctx.http.accountActiveOrders(
    { accountIndex: ctx.accountIndex, marketId: instrument.marketIndex },
    opts,
  );
  for (const order of active.orders) {
    const row = match(order);
    if (row !== undefined) return row;
  }
  for await (const order of paginateInactiveOrders(
    ctx.http.context,
    { accountIndex: ctx.accountIndex, limit: PAGE, marketId: instrument.marketIndex },
    { ...opts, maxPages: MAX_PAGES },
  )) {
    const row = match(order);
    if (row !== undefined) return row;
  }
  return undefined;
}

/**
 * One order's status report (R1), with the ClientOrderId restored.
 * @throws http errors
 */
export async function generateOrderStatusReport(
  ctx: ReconciliationContext,
  params: { instrumentId: string; clientOrderId?: string; venueOrderId?: string; signal?: AbortSignal },
): Promise<OrderStatusReport | undefined> {
  const row = await findOrderRow(ctx, params);
  if (row === undefined) return undefined;
  const instrument = ctx.instruments.byMarketIndex(row.market_index);
  return instrument === undefined
    ? undefined
    : orderRowToReport({
        row,
        instrument,
        accountId: ctx.accountId,
        clientOrderId: cloidOf(ctx, row),
        nowMs: ctx.now(),
      });
}

/**
 * Bulk order reports (R2): active orders always (whatever the lookback), inactive ones when
 * `openOnly` is false, bounded venue-side by `between_timestamps` (seconds, dash-separated).
 * @throws http errors
 */
export async function generateOrderStatusReports(
  ctx: ReconciliationContext,
  params: { instrumentId?: string; openOnly?: boolean; startMs?: number; endMs?: number; signal?: AbortSignal } = {},
): Promise<OrderStatusReport[]> {
  const opts = params.signal === undefined ? {} : { signal: params.signal };
  const market =
    params.instrumentId === undefined ? undefined : ctx.instruments.require(params.instrumentId).marketIndex;
  const out: OrderStatusReport[] = [];
  const seen = new Set<string>();
  const push = (r: OrderStatusReport | undefined) => {
    if (r === undefined || seen.has(r.venueOrderId)) return;
    seen.add(r.venueOrderId);
    out.push(r);
  };
  const active = await ctx.http.accountActiveOrders(
    { accountIndex: ctx.accountIndex, ...(market === undefined ? {} : { marketId: market }) },
    opts,
  );
  for (const order of active.orders) push(toReport(ctx, order));
  if (params.openOnly === true) return out;
  const start = params.startMs;
  const end = params.endMs ?? ctx.now();
  const between = start === undefined ? undefined : `${Math.floor(start / 1000)}-${Math.ceil(end / 1000)}`;
  for await (const order of paginateInactiveOrders(
    ctx.http.context,
    {
      accountIndex: ctx.accountIndex,
      limit: PAGE,
      ...(market === undefined ? {} : { marketId: market }),
      ...(between === undefined ? {} : { betweenTimestamps: between }),
    },
    { ...opts, maxPages: MAX_PAGES },
  )) {
    const r = toReport(ctx, order);
    if (r === undefined) continue;
    if (start !== undefined && (r.tsLast < start || r.tsLast > end)) continue;
    push(r);
  }
  return out;
}

/**
 * Fill reports (R3) from `trades` (desc by timestamp, pages of 100), filtered by instrument,
 * venue order id and time; trade-id dedup is shared with the WS path only for live emission —
 * reports always list every fill in range.
 * @throws http errors
 */
export async function generateFillReports(
  ctx: ReconciliationContext,
  params: { instrumentId?: string; venueOrderId?: string; startMs?: number; endMs?: number; signal?: AbortSignal } = {},
): Promise<FillReport[]> {
  const opts = params.signal === undefined ? {} : { signal: params.signal };
  const market =
    params.instrumentId === undefined ? undefined : ctx.instruments.require(params.instrumentId).marketIndex;
  const out: FillReport[] = [];
  const seen = new Set<string>();
  for await (const row of paginateTrades(
    ctx.http.context,
    {
      sortBy: 'timestamp',
      limit: PAGE,
      accountIndex: ctx.accountIndex,
      ...(market === undefined ? {} : { marketId: market }),
      ...(params.startMs === undefined ? {} : { from: params.startMs }),
    },
    { ...opts, maxPages: MAX_PAGES },
  )) {
    const trade = toVenueTradeRow(row);
    const instrument: LighterInstrument | undefined = ctx.instruments.byMarketIndex(trade.market_id);
    if (instrument === undefined) continue;
    for (const side of ownSides(trade, ctx.accountIndex)) {
      if (params.venueOrderId !== undefined && side.venueOrderId !== params.venueOrderId) continue;
      const cloid =
        ctx.identity.getByVenueOrderId(side.venueOrderId)?.clientOrderId ??
        (side.clientOrderIndex > 0
          ? ctx.identity.getByClientOrderIndex(side.clientOrderIndex)?.clientOrderId
          : undefined);
      const report = tradeToFillReport({
        trade,
        side,
        instrument,
        accountId: ctx.accountId,
        clientOrderId: cloid,
        nowMs: ctx.now(),
      });
      if (params.startMs !== undefined && report.tsEvent < params.startMs) continue;
      if (params.endMs !== undefined && report.tsEvent > params.endMs) continue;
      const key = `${report.tradeId}:${report.venueOrderId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(report);
    }
    if (params.startMs !== undefined && trade.timestamp != null && trade.timestamp < params.startMs) break; // desc order
  }
  return out;
}

/**
 * Position reports from the WS snapshot cache (R4); FLAT for a requested instrument without one.
 * @throws ExecutionError INSTRUMENT_NOT_FOUND for an unknown instrument
 */
export function generatePositionStatusReports(
  ctx: ReconciliationContext,
  params: { instrumentId?: string } = {},
): PositionStatusReport[] {
  const nowMs = ctx.now();
  if (params.instrumentId !== undefined) {
    const instrument = ctx.instruments.require(params.instrumentId);
    return [
      positionRowToReport({
        row: ctx.account.position(instrument.marketIndex),
        instrument,
        accountId: ctx.accountId,
        nowMs,
      }),
    ];
  }
  const out: PositionStatusReport[] = [];
  for (const row of ctx.account.positions()) {
    const instrument = ctx.instruments.byMarketIndex(row.market_id);
    if (instrument !== undefined) out.push(positionRowToReport({ row, instrument, accountId: ctx.accountId, nowMs }));
  }
  return out;
}

/**
 * Mass status (R5): lookback pushed down; each part fails independently (reported via onError,
 * returned empty).
 * @throws never
 */
export async function generateMassStatus(
  ctx: ReconciliationContext,
  params: { lookbackMins?: number; signal?: AbortSignal; onError?: (part: string, error: unknown) => void } = {},
): Promise<ExecutionMassStatus> {
  const startMs =
    params.lookbackMins !== undefined && params.lookbackMins > 0 ? ctx.now() - params.lookbackMins * 60_000 : undefined;
  const common = {
    ...(startMs === undefined ? {} : { startMs }),
    ...(params.signal === undefined ? {} : { signal: params.signal }),
  };
  const guard = async <T>(part: string, f: () => Promise<T[]> | T[]): Promise<T[]> => {
    try {
      return await f();
    } catch (e) {
      params.onError?.(part, e);
      return [];
    }
  };
  const [orderReports, fillReports, positionReports] = await Promise.all([
    guard('orders', () => generateOrderStatusReports(ctx, { ...common, openOnly: false })),
    guard('fills', () => generateFillReports(ctx, common)),
    guard('positions', () => generatePositionStatusReports(ctx)),
  ]);
  return {
    clientId: ctx.clientId,
    accountId: ctx.accountId,
    venue: ctx.venue,
    tsInit: ctx.now(),
    orderReports,
    fillReports,
    positionReports,
  };
}
