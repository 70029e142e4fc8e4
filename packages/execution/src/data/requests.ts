/**
 * REST requests of the data client: book snapshot, recent trades, bars and funding-rate history, each mapped to
 * its Nautilus data type. One job: historical / snapshot data over REST; live channels are in
 * ./market-subscriptions.ts.
 */
import type { LighterHttpClient } from '@lighter-ts/http';
import { paginateCandles, paginateFundings } from '@lighter-ts/http';
import type { SimpleOrder, Trade } from '@lighter-ts/models';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import type { LighterInstrument } from '../instruments/instrument.js';
import { addDecimal, compareDecimal, normalizeDecimal } from '../translate/decimal.js';
import { toMillis } from '../venue/mapping.js';
import {
  type Bar,
  type BarResolution,
  type BookLevelView,
  barTypeOf,
  type FundingRateUpdate,
  type OrderBookSnapshot,
  resolutionMs,
  type TradeTick,
} from './types.js';

/** What the REST requests need of the data client. */
export interface RequestContext {
  /** The REST client. */
  readonly http: LighterHttpClient;
  /** Clock in ms since the epoch. */
  readonly now: () => number;
  /** The instrument of an id. @throws ExecutionError INSTRUMENT_NOT_FOUND */
  readonly instrument: (instrumentId: string) => LighterInstrument;
}

/**
 * REST book snapshot (`orderBookOrders`, depth clamped to 250 orders; D4), aggregated by price.
 * @throws http errors; INSTRUMENT_NOT_FOUND
 */
export async function requestBookSnapshot(
  ctx: RequestContext,
  params: {
    instrumentId: string;
    depth?: number;
    signal?: AbortSignal;
  },
): Promise<OrderBookSnapshot> {
  const i = ctx.instrument(params.instrumentId);
  const limit = Math.max(1, Math.min(250, params.depth ?? 250));
  const res = await ctx.http.orderBookOrders(
    { marketId: i.marketIndex, limit },
    params.signal === undefined ? {} : { signal: params.signal },
  );
  // http parsed the body with models' schema: rows are typed, decimals exact strings.
  const agg = (rows: readonly SimpleOrder[], desc: boolean): BookLevelView[] => {
    const m = new Map<string, string>();
    for (const row of rows) {
      const p = normalizeDecimal(row.price);
      m.set(p, addDecimal(m.get(p) ?? '0', row.remaining_base_amount));
    }
    return [...m.entries()]
      .map(([price, size]) => ({ price, size }))
      .sort((a, b) => (desc ? -1 : 1) * compareDecimal(a.price, b.price));
  };
  return {
    instrumentId: i.instrumentId,
    bids: agg(res.bids, true),
    asks: agg(res.asks, false),
    tsInit: ctx.now(),
  };
}

/**
 * Recent public trades (`recentTrades`: NOT a deep history), filtered to [start, end] and sorted ascending (D6).
 * @throws http errors; INSTRUMENT_NOT_FOUND
 */
export async function requestTrades(
  ctx: RequestContext,
  params: {
    instrumentId: string;
    limit?: number;
    startMs?: number;
    endMs?: number;
    signal?: AbortSignal;
  },
): Promise<TradeTick[]> {
  const i = ctx.instrument(params.instrumentId);
  const res = await ctx.http.recentTrades(
    { marketId: i.marketIndex, limit: Math.max(1, Math.min(100, params.limit ?? 100)) },
    params.signal === undefined ? {} : { signal: params.signal },
  );
  return res.trades
    .map((t) => toTradeTick(ctx, i, t))
    .filter(
      (t) =>
        (params.startMs === undefined || t.tsEvent >= params.startMs) &&
        (params.endMs === undefined || t.tsEvent <= params.endMs),
    )
    .sort((a, b) => a.tsEvent - b.tsEvent);
}

/**
 * Bars from `candles` (paged by 500, incl. 1w). Candle values are JSON floats on the wire and are
 * rendered with JS number formatting (docs/protocol/rest.md#conventions).
 * @throws http errors; INSTRUMENT_NOT_FOUND
 */
export async function requestBars(
  ctx: RequestContext,
  params: {
    instrumentId: string;
    resolution: BarResolution;
    startMs: number;
    endMs: number;
    signal?: AbortSignal;
  },
): Promise<Bar[]> {
  const i = ctx.instrument(params.instrumentId);
  const out: Bar[] = [];
  const now = ctx.now();
  const step = resolutionMs(params.resolution);
  for await (const c of paginateCandles(
    ctx.http.context,
    {
      marketId: i.marketIndex,
      resolution: params.resolution,
      startTimestamp: params.startMs,
      endTimestamp: params.endMs,
    },
    params.signal === undefined ? {} : { signal: params.signal },
  )) {
    // Typed by models' CandleSchema: o/h/l/c/v are the wire's JSON floats, rendered with JS number formatting.
    out.push({
      barType: barTypeOf(i.instrumentId, params.resolution),
      instrumentId: i.instrumentId,
      open: String(c.o),
      high: String(c.h),
      low: String(c.l),
      close: String(c.c),
      volume: String(c.v ?? 0),
      tsEvent: c.t + step,
      tsInit: now,
    });
  }
  return out;
}

/**
 * Historical funding rates (`fundings` 1h, paginated, D9): `direction=short` makes the rate negative.
 * @throws http errors; UNSUPPORTED_REQUEST for spot
 */
export async function requestFundingRates(
  ctx: RequestContext,
  params: {
    instrumentId: string;
    startMs: number;
    endMs: number;
    signal?: AbortSignal;
  },
): Promise<FundingRateUpdate[]> {
  const i = ctx.instrument(params.instrumentId);
  if (i.kind !== 'perp')
    throw new ExecutionError({
      code: EXECUTION_ERROR_CODE.UNSUPPORTED_REQUEST,
      message: 'funding rates are perp-only',
    });
  const out: FundingRateUpdate[] = [];
  const now = ctx.now();
  for await (const f of paginateFundings(
    ctx.http.context,
    { marketId: i.marketIndex, resolution: '1h', startTimestamp: params.startMs, endTimestamp: params.endMs },
    params.signal === undefined ? {} : { signal: params.signal },
  )) {
    // Typed by models' FundingSchema: `rate` is an exact decimal string, `direction` says its sign.
    const raw = f.rate;
    const rate = f.direction === 'short' && !raw.startsWith('-') && /[1-9]/.test(raw) ? `-${raw}` : raw;
    out.push({
      instrumentId: i.instrumentId,
      rate,
      intervalMins: 60,
      nextFundingMs: undefined,
      tsEvent: toMillis(f.timestamp) ?? now,
      tsInit: now,
    });
  }
  return out;
}

/**
 * A venue trade row (REST or WS), already parsed by models' TradeSchema, as a TradeTick.
 * @throws never
 */
// `t` is already models' parsed Trade (REST recentTrades and the WS trade channel both parse with TradeSchema):
// map it, never re-check it (issue 13: one parse path).
export function toTradeTick(ctx: Pick<RequestContext, 'now'>, i: LighterInstrument, t: Trade): TradeTick {
  const now = ctx.now();
  // is_maker_ask: the ask rested, so the taker bought (docs/protocol/rest.md#response-models).
  const aggressorSide = t.is_maker_ask ? 'BUYER' : 'SELLER';
  return {
    instrumentId: i.instrumentId,
    price: t.price,
    size: t.size,
    aggressorSide,
    tradeId: t.trade_id_str ?? String(t.trade_id),
    tsEvent: toMillis(t.timestamp) ?? now,
    tsInit: now,
  };
}
