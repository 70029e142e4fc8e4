/**
 * Market data routes (docs/protocol/rest.md#market-data): orderBooks, orderBookDetails, orderBookOrders,
 * recentTrades, trades, candles, fundings, funding-rates, exchangeStats, assetDetails.
 */
import type { SimMarket } from '../../engine/market.js';
import { VenueError } from '../../errors.js';
import { USDC } from '@lighter-ts/models/constants';
import { buildCandles, RESOLUTION_MS } from '../../views/candles.js';
import { marketStatsJson, orderBookDetailJson, orderBookJson } from '../../views/market.js';
import { simpleOrderJson } from '../../views/order.js';
import { tradeJson } from '../../views/trade.js';
import { type RouteEnv, type RouteHandler, type RouteRequest, authToken, intParam, param } from '../context.js';

function selectMarkets(env: RouteEnv, req: RouteRequest): SimMarket[] {
  const id = intParam(req, 'market_id', { dflt: 255 });
  const filter = param(req, 'filter') ?? 'all';
  if (!['all', 'spot', 'perp'].includes(filter))
    throw new VenueError({ code: 20001, message: 'invalid param : filter' });
  return [...env.exchange.markets.values()].filter(
    // Binary markets are found through `events` (docs/protocol/binary-options.md#events), not these lists.
    (m) => !m.isBinary && (id === 255 || m.index === id) && (filter === 'all' || m.spec.marketType === filter),
  );
}

function market(env: RouteEnv, req: RouteRequest): SimMarket {
  const id = intParam(req, 'market_id');
  const m = env.exchange.market(id);
  if (!m) throw new VenueError({ code: 21602 });
  return m;
}

export const orderBooks: RouteHandler = (env, req) => ({
  code: 200,
  order_books: selectMarkets(env, req).map(orderBookJson),
});

export const orderBookDetails: RouteHandler = (env, req) => {
  const ms = selectMarkets(env, req);
  const now = env.exchange.now();
  return {
    code: 200,
    order_book_details: ms.filter((m) => m.isPerp).map((m) => orderBookDetailJson(m, now)),
    spot_order_book_details: ms.filter((m) => m.isSpot).map((m) => orderBookDetailJson(m, now)),
  };
};

export const orderBookOrders: RouteHandler = (env, req) => {
  const m = market(env, req);
  const limit = intParam(req, 'limit', { min: 1, max: 250 });
  const asks = m.book.orders(true);
  const bids = m.book.orders(false);
  return {
    code: 200,
    total_asks: asks.length,
    asks: asks.slice(0, limit).map((o) => simpleOrderJson(o, m)),
    total_bids: bids.length,
    bids: bids.slice(0, limit).map((o) => simpleOrderJson(o, m)),
  };
};

export const recentTrades: RouteHandler = (env, req) => {
  const m = market(env, req);
  const limit = intParam(req, 'limit', { min: 1, max: 100 });
  return {
    code: 200,
    trades: m.trades
      .slice(-limit)
      .reverse()
      .map((t) => tradeJson(t, m)),
  };
};

export const trades: RouteHandler = (env, req) => {
  const sortBy = param(req, 'sort_by');
  if (!sortBy || !['block_height', 'timestamp', 'trade_id'].includes(sortBy)) {
    throw new VenueError({ code: 20001, message: 'invalid param : sort_by' });
  }
  const limit = intParam(req, 'limit', { min: 1, max: 100 });
  const marketId = intParam(req, 'market_id', { dflt: 255 });
  const account = intParam(req, 'account_index', { dflt: -1 });
  if (account >= 0) env.checkAuth(authToken(req), account);
  const cursor = intParam(req, 'cursor', { dflt: Number.MAX_SAFE_INTEGER });
  const rows = [];
  for (const m of env.exchange.markets.values()) {
    if (marketId !== 255 && m.index !== marketId) continue;
    for (const t of m.trades) {
      if (t.tradeId >= cursor) continue;
      if (account >= 0 && t.askAccountId !== account && t.bidAccountId !== account) continue;
      rows.push({ t, m });
    }
  }
  rows.sort((a, b) => b.t.tradeId - a.t.tradeId);
  const page = rows.slice(0, limit);
  const out: Record<string, unknown> = { code: 200, trades: page.map(({ t, m }) => tradeJson(t, m)) };
  if (rows.length > limit) out.next_cursor = String(page[page.length - 1]!.t.tradeId);
  return out;
};

function timeRange(req: RouteRequest): { start: number; end: number; countBack: number } {
  const start = intParam(req, 'start_timestamp', { min: 0, max: 5e12 });
  const end = intParam(req, 'end_timestamp', { min: 0, max: 5e12 });
  const countBack = intParam(req, 'count_back', { min: 0 });
  if (end <= start) throw new VenueError({ code: 22400 });
  return { start, end, countBack };
}

export const candles: RouteHandler = (env, req) => {
  const m = market(env, req);
  const r = param(req, 'resolution') ?? '';
  const resolutionMs = RESOLUTION_MS[r];
  if (resolutionMs === undefined) throw new VenueError({ code: 22402 });
  const { start, end, countBack } = timeRange(req);
  return { code: 200, r, c: buildCandles(m, { resolutionMs, start, end, limit: Math.min(countBack || 500, 500) }) };
};

export const fundings: RouteHandler = (env, req) => {
  const m = market(env, req);
  const r = param(req, 'resolution') ?? '';
  if (r !== '1h' && r !== '1d') throw new VenueError({ code: 22402 });
  const { start, end, countBack } = timeRange(req);
  const rows = m.fundingRounds.filter((f) => f.timestamp * 1000 >= start && f.timestamp * 1000 < end);
  return {
    code: 200,
    resolution: r,
    fundings: rows.slice(-Math.min(countBack || 100, 100)).map((f) => ({
      timestamp: f.timestamp,
      value: f.value,
      rate: f.rate,
      direction: f.direction,
    })),
  };
};

export const fundingRates: RouteHandler = (env) => ({
  code: 200,
  funding_rates: [...env.exchange.markets.values()]
    .filter((m) => m.isPerp)
    .map((m) => ({ market_id: m.index, exchange: 'lighter', symbol: m.spec.symbol, rate: Number(m.fundingRate) })),
});

export const exchangeStats: RouteHandler = (env) => {
  const now = env.exchange.now();
  const stats = [...env.exchange.markets.values()].map((m) => {
    const s = marketStatsJson(m, now);
    return {
      symbol: m.spec.symbol,
      last_trade_price: Number(s.last_trade_price),
      daily_trades_count: m.dailyTrades(now).length,
      daily_base_token_volume: s.daily_base_token_volume,
      daily_quote_token_volume: s.daily_quote_token_volume,
      daily_price_change: s.daily_price_change,
    };
  });
  return {
    code: 200,
    total: stats.length,
    order_book_stats: stats,
    daily_usd_volume: stats.reduce((a, s) => a + Number(s.daily_quote_token_volume), 0),
    daily_trades_count: stats.reduce((a, s) => a + s.daily_trades_count, 0),
  };
};

export const assetDetails: RouteHandler = (env, req) => {
  const id = intParam(req, 'asset_id', { dflt: 0 });
  const assets = [
    { asset_id: USDC.assetIndex, symbol: env.exchange.collateralSymbol, decimals: USDC.decimals, price: '1.000000' },
    ...[...env.exchange.markets.values()]
      .filter((m) => m.isSpot)
      .map((m) => ({
        asset_id: m.spec.baseAssetId ?? 1,
        symbol: m.spec.symbol.split('/')[0] ?? m.spec.symbol,
        decimals: m.spec.sizeDecimals,
        price: marketStatsJson(m, env.exchange.now()).index_price as string,
      })),
  ];
  return {
    code: 200,
    asset_details: assets
      .filter((a) => id === 0 || a.asset_id === id)
      .map((a) => ({
        asset_id: a.asset_id,
        symbol: a.symbol,
        l1_decimals: a.decimals,
        decimals: a.decimals,
        min_transfer_amount: '1.000000',
        min_withdrawal_amount: '1.000000',
        margin_mode: a.asset_id === USDC.assetIndex ? 'enabled' : 'disabled',
        index_price: a.price,
        l1_address: '0x0000000000000000000000000000000000000000',
      })),
  };
};
