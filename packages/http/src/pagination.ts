/**
 * Pagination helpers as async iterators over rows. Cursor routes follow `next_cursor`
 * (docs/protocol/rest.md#conventions "Pagination"); time-series routes walk the [start, end) range in windows
 * of at most one page (candles 500, fundings 100, docs/protocol/nautilus.md#rate-limits).
 * Every helper stops on an empty page, a repeated cursor, or `maxPages`.
 */
import { CANDLE_RESOLUTION_MS, type CandleResolution } from '@lighter-ts/models';
import { LighterInputError } from './errors.js';
import type { CallOptions, RouteContext } from './route.js';
import {
  accountInactiveOrders,
  type AccountInactiveOrdersParams,
  type AccountInactiveOrdersResponse,
} from './routes/account-inactive-orders.js';
import { accountTxs, type AccountTxsParams, type AccountTxsResponse } from './routes/account-txs.js';
import { candles, type CandlesParams, type CandlesResponse } from './routes/candles.js';
import { fundings, type FundingsParams, type FundingsResponse } from './routes/fundings.js';
import { trades, type TradesParams, type TradesResponse } from './routes/trades.js';

/** Options common to every iterator. */
export interface PageOptions extends CallOptions {
  /** Stop after this many requests (default unlimited). */
  readonly maxPages?: number;
}

async function* byCursor<Row, Resp extends { next_cursor?: string | null | undefined }>(
  fetchPage: (cursor: string | undefined) => Promise<Resp>,
  rows: (r: Resp) => readonly Row[],
  first: string | undefined,
  maxPages: number,
): AsyncGenerator<Row, void, undefined> {
  let cursor = first;
  const seen = new Set<string>();
  for (let page = 0; page < maxPages; page++) {
    const resp = await fetchPage(cursor);
    const items = rows(resp);
    yield* items;
    const next = resp.next_cursor ?? undefined;
    if (items.length === 0 || !next || seen.has(next)) return;
    seen.add(next);
    cursor = next;
  }
}

/**
 * Iterate trades (newest first, as the venue sorts) following `next_cursor`.
 * @example for await (const t of paginateTrades(ctx, { sortBy: 'timestamp', limit: 100, marketId: 0 })) {}
 * @throws {LighterInputError | LighterApiError | RateLimitError | TimeoutError | NetworkError | LighterHttpParseError}
 */
export function paginateTrades(
  ctx: RouteContext,
  params: TradesParams,
  options: PageOptions = {},
): AsyncGenerator<TradesResponse['trades'][number], void, undefined> {
  return byCursor(
    (cursor) => trades(ctx, { ...params, cursor }, options),
    (r) => r.trades,
    params.cursor,
    options.maxPages ?? Number.POSITIVE_INFINITY,
  );
}

/**
 * Iterate inactive (filled / cancelled) orders of an account following `next_cursor`.
 * @example for await (const o of paginateInactiveOrders(ctx, { accountIndex, limit: 100 })) {}
 * @throws {LighterInputError | LighterApiError | RateLimitError | TimeoutError | NetworkError | LighterHttpParseError}
 */
export function paginateInactiveOrders(
  ctx: RouteContext,
  params: AccountInactiveOrdersParams,
  options: PageOptions = {},
): AsyncGenerator<AccountInactiveOrdersResponse['orders'][number], void, undefined> {
  return byCursor(
    (cursor) => accountInactiveOrders(ctx, { ...params, cursor }, options),
    (r) => r.orders,
    params.cursor,
    options.maxPages ?? Number.POSITIVE_INFINITY,
  );
}

/** Parameters of the time-range iterators. */
export interface TimeRangeParams {
  /** Start of the range, Unix milliseconds (inclusive). */
  readonly startTimestamp: number;
  /** End of the range, Unix milliseconds; after `startTimestamp`. */
  readonly endTimestamp: number;
}

function checkRange(route: string, p: TimeRangeParams): void {
  if (!Number.isSafeInteger(p.startTimestamp) || p.startTimestamp < 0)
    throw new LighterInputError({ route, field: 'startTimestamp', detail: 'must be a non-negative integer (ms)' });
  if (!Number.isSafeInteger(p.endTimestamp) || p.endTimestamp <= p.startTimestamp)
    throw new LighterInputError({
      route,
      field: 'endTimestamp',
      detail: 'must be an integer greater than startTimestamp (ms)',
    });
}

/**
 * Walks [startTimestamp, endTimestamp) in windows of `pageSize` resolution periods and yields rows in
 * ascending time, once each: a row repeated at a window edge, or outside its window, is dropped.
 */
async function* byTimeWindows<Row>(p: {
  readonly range: TimeRangeParams;
  readonly resolution: CandleResolution;
  readonly pageSize: number | undefined;
  readonly maxPageSize: number;
  readonly maxPages: number | undefined;
  readonly fetchWindow: (window: {
    startTimestamp: number;
    endTimestamp: number;
    countBack: number;
  }) => Promise<readonly Row[]>;
  /** Row time in ms. */
  readonly timeOf: (row: Row) => number;
}): AsyncGenerator<Row, void, undefined> {
  const pageSize = p.pageSize ?? p.maxPageSize;
  const step = CANDLE_RESOLUTION_MS[p.resolution] * pageSize;
  let start = p.range.startTimestamp;
  let last = Number.NEGATIVE_INFINITY;
  for (let page = 0; start < p.range.endTimestamp && page < (p.maxPages ?? Number.POSITIVE_INFINITY); page++) {
    const end = Math.min(p.range.endTimestamp, start + step);
    const rows = [...(await p.fetchWindow({ startTimestamp: start, endTimestamp: end, countBack: pageSize }))];
    rows.sort((a, b) => p.timeOf(a) - p.timeOf(b));
    for (const row of rows) {
      const t = p.timeOf(row);
      if (t > last && t >= start && t < end) {
        last = t;
        yield row;
      }
    }
    start = end;
  }
}

function checkPageSize(route: string, pageSize: number | undefined, max: number): void {
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > max)) {
    throw new LighterInputError({ route, field: 'pageSize', detail: `must be an integer in 1..${max}` });
  }
}

/**
 * Iterate candles of [startTimestamp, endTimestamp) in ascending time, in windows of `pageSize`
 * bars (default and maximum 500). Duplicate bars across windows are dropped.
 * @example for await (const c of paginateCandles(ctx, { marketId: 0, resolution: '1h', startTimestamp, endTimestamp })) {}
 * @throws {LighterInputError} bad range / pageSize (before any I/O)
 * @throws {LighterApiError | RateLimitError | TimeoutError | NetworkError | LighterHttpParseError}
 */
export async function* paginateCandles(
  ctx: RouteContext,
  params: Omit<CandlesParams, 'countBack'> & { pageSize?: number },
  options: PageOptions = {},
): AsyncGenerator<CandlesResponse['c'][number], void, undefined> {
  checkRange('paginateCandles', params);
  checkPageSize('paginateCandles', params.pageSize, 500);
  const { pageSize, ...rest } = params;
  yield* byTimeWindows({
    range: params,
    resolution: params.resolution,
    pageSize,
    maxPageSize: 500,
    maxPages: options.maxPages,
    fetchWindow: async (window) => (await candles(ctx, { ...rest, ...window }, options)).c,
    timeOf: (row) => row.t,
  });
}

/**
 * Iterate funding rows of [startTimestamp, endTimestamp) (query in ms; row `timestamp` in seconds,
 * docs/protocol/rest.md#conventions) in ascending time, windows of `pageSize` periods (default and max 100).
 * @example for await (const f of paginateFundings(ctx, { marketId: 0, resolution: '1h', startTimestamp, endTimestamp })) {}
 * @throws {LighterInputError} bad range / pageSize (before any I/O)
 * @throws {LighterApiError | RateLimitError | TimeoutError | NetworkError | LighterHttpParseError}
 */
export async function* paginateFundings(
  ctx: RouteContext,
  params: Omit<FundingsParams, 'countBack'> & { pageSize?: number },
  options: PageOptions = {},
): AsyncGenerator<FundingsResponse['fundings'][number], void, undefined> {
  checkRange('paginateFundings', params);
  checkPageSize('paginateFundings', params.pageSize, 100);
  const { pageSize, ...rest } = params;
  yield* byTimeWindows({
    range: params,
    resolution: params.resolution,
    pageSize,
    maxPageSize: 100,
    maxPages: options.maxPages,
    fetchWindow: async (window) => (await fundings(ctx, { ...rest, ...window }, options)).fundings,
    // Rows carry seconds; accept ms too in case the unit changes (docs/protocol/rest.md#conventions).
    timeOf: (row) => (row.timestamp < 1e11 ? row.timestamp * 1000 : row.timestamp),
  });
}

/**
 * Iterate an account's transactions by sequence index: each page starts after the last
 * `sequence_index` seen; stops on a short page (docs/protocol/rest.md#transactions `accountTxs`, older API).
 * @example for await (const tx of paginateAccountTxs(ctx, { value: '1077', limit: 100 })) {}
 * @throws {LighterInputError | LighterApiError | RateLimitError | TimeoutError | NetworkError | LighterHttpParseError}
 */
export async function* paginateAccountTxs(
  ctx: RouteContext,
  params: AccountTxsParams,
  options: PageOptions = {},
): AsyncGenerator<AccountTxsResponse['txs'][number], void, undefined> {
  let index = params.index;
  for (let page = 0; page < (options.maxPages ?? Number.POSITIVE_INFINITY); page++) {
    const resp = await accountTxs(ctx, { ...params, index }, options);
    yield* resp.txs;
    const lastSeq = resp.txs.reduce<number | undefined>(
      (m, t) => (t.sequence_index === undefined || t.sequence_index === null ? m : Math.max(m ?? 0, t.sequence_index)),
      undefined,
    );
    if (resp.txs.length < params.limit || lastSeq === undefined || (index !== undefined && lastSeq < index)) return;
    index = lastSeq + 1;
  }
}
