/**
 * Bodies of `subscribed/<kind>` and `update/<kind>` frames (docs/protocol/websocket.md#channels;
 * fixtures/api/ws/*). Each builder returns the frame without `type`.
 */
import type { Exchange } from '../engine/exchange.js';
import { isOpen } from '../engine/exchange.js';
import type { SimMarket } from '../engine/market.js';
import type { SimOrder, SimTrade, SimTx } from '../engine/types.js';
import { formatScaled } from '../util/decimal.js';
import { assetsJson, positionJson, userStatsJson, txJson } from '../views/account.js';
import { buildCandles, RESOLUTION_MS } from '../views/candles.js';
import { marketStatsJson } from '../views/market.js';
import { orderJson } from '../views/order.js';
import { tradeJson } from '../views/trade.js';
import type { ChannelRef } from './channels.js';

type Frame = Record<string, unknown>;

/** `{price, size}` level. */
export function levelJson(m: SimMarket, price: bigint, size: bigint): { price: string; size: string } {
  return { price: formatScaled(price, m.spec.priceDecimals), size: formatScaled(size, m.spec.sizeDecimals) };
}

/** order_book body (snapshot or delta). */
export function orderBookBody(
  m: SimMarket,
  p: {
    asks: { price: string; size: string }[];
    bids: { price: string; size: string }[];
    offset: number;
    nonce: number;
    beginNonce: number;
    nowUs: number;
  },
): Frame {
  return {
    channel: `order_book:${m.index}`,
    last_updated_at: p.nowUs,
    offset: p.offset,
    order_book: {
      code: 0,
      asks: p.asks,
      bids: p.bids,
      offset: p.offset,
      nonce: p.nonce,
      last_updated_at: p.nowUs,
      begin_nonce: p.beginNonce,
    },
  };
}

/** ticker body (BBO). */
export function tickerBody(m: SimMarket, nonce: number, nowUs: number): Frame {
  const side = (isAsk: boolean) => {
    const best = m.book.bestPrice(isAsk);
    if (best === undefined) return { price: '', size: '' };
    return levelJson(m, best, m.book.levelSize(isAsk, best));
  };
  return {
    channel: `ticker:${m.index}`,
    last_updated_at: nowUs,
    nonce,
    ticker: { s: m.spec.symbol, a: side(true), b: side(false), last_updated_at: nowUs },
  };
}

/** trade body. */
export function tradeBody(m: SimMarket, trades: SimTrade[], nonce: number): Frame {
  return {
    channel: `trade:${m.index}`,
    liquidation_trades: trades.filter((t) => t.type === 'liquidation').map((t) => tradeJson(t, m)),
    nonce,
    trades: trades.filter((t) => t.type !== 'liquidation').map((t) => tradeJson(t, m)),
  };
}

/** candle body: the latest candle of the resolution. */
export function candleBody(m: SimMarket, resolution: string, now: number): Frame {
  const ms = RESOLUTION_MS[resolution] ?? 60_000;
  const start = Math.floor(now / ms) * ms;
  return {
    candles: buildCandles(m, { resolutionMs: ms, start, end: start + ms, limit: 1 }),
    channel: `candle:${m.index}:${resolution}`,
  };
}

/** market_stats / spot_market_stats body (object for one market, map for `all`, docs/protocol/websocket.md#channels). */
export function marketStatsBody(ex: Exchange, ref: ChannelRef): Frame {
  const now = ex.now();
  const field = ref.kind;
  const perp = ref.kind === 'market_stats';
  const binary = ref.kind === 'bo_market_stats';
  if (ref.all) {
    const map: Record<string, unknown> = {};
    for (const m of ex.markets.values())
      if (binary ? m.isBinary : perp ? m.isPerp : m.isSpot) map[String(m.index)] = marketStatsJson(m, now);
    return { channel: ref.key, [field]: map };
  }
  return { channel: ref.key, [field]: marketStatsJson(ex.market(ref.marketIndex!)!, now) };
}

/**
 * `up_down_candle` body: the forming candle of the underlying. The simulator has no price feed: the underlying is
 * the mark price of the perp linked to a binary market of that series (docs/protocol/binary-options.md#websocket).
 * `history` candles end at the forming one: the subscribe snapshot sends a few closed ones before it, as the venue
 * replays up to 300 (flat at today's price: the simulator keeps no history of the underlying).
 */
export function upDownCandleBody(ex: Exchange, ref: ChannelRef, history = 1): Frame {
  const m = [...ex.markets.values()].find(
    (x) =>
      x.isBinary &&
      x.spec.binary!.underlying.toLowerCase() === ref.underlying &&
      x.spec.binary!.duration === ref.duration,
  );
  const under = m ? ex.market(m.spec.binary!.underlyingMarketIndex ?? -1) : undefined;
  if (!under) return { channel: ref.key, candles: [] };
  const step = ref.resolution === '30s' ? 30 : 1;
  const sec = Math.floor(ex.now() / 1000);
  const price = formatScaled(under.markPrice, under.spec.priceDecimals);
  const forming = sec - (sec % step);
  const candles = [];
  for (let k = history - 1; k >= 0; k--)
    candles.push({ t: forming - k * step, o: price, h: price, l: price, c: price });
  return { channel: ref.key, candles };
}

function groupByMarket<T>(items: T[], marketOf: (t: T) => number, map: (t: T) => unknown): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const it of items) {
    const k = String(marketOf(it));
    (out[k] ??= []).push(map(it));
  }
  return out;
}

/** Changes since the last flush that private channels report. */
export interface AccountDelta {
  orders: SimOrder[];
  trades: SimTrade[];
  txs: SimTx[];
}

/** Private channel body; `delta` undefined = snapshot. */
export function privateBody(ex: Exchange, ref: ChannelRef, delta: AccountDelta | undefined): Frame | undefined {
  const a = ex.accounts.get(ref.accountIndex!);
  if (!a) return undefined;
  const orderJ = (o: SimOrder) => orderJson(o, ex.market(o.marketIndex)!);
  const tradeJ = (t: SimTrade) => tradeJson(t, ex.market(t.marketIndex)!);
  const recentTrades = () => {
    const out: SimTrade[] = [];
    for (const m of ex.markets.values()) {
      for (const t of m.trades.slice(-200)) if (t.askAccountId === a.index || t.bidAccountId === a.index) out.push(t);
    }
    return out;
  };
  const openOrders = () => [...ex.openOrders(a.index)].filter(isOpen);
  const orders = delta ? delta.orders : openOrders();
  const trades = delta ? delta.trades : recentTrades();
  // Binary-option positions travel apart as `bo_positions` / `bo_position` (docs/protocol/binary-options.md#websocket).
  const positions = (binary = false) => {
    const out: Record<string, unknown> = {};
    for (const p of a.positions.values()) {
      if ((ex.market(p.marketIndex)?.isBinary ?? false) === binary) out[String(p.marketIndex)] = positionJson(ex, a, p);
    }
    return out;
  };
  const base = { channel: ref.key };
  switch (ref.kind) {
    case 'account_all': {
      let volume = 0;
      for (const t of recentTrades()) volume += Number(formatScaled(t.usdAmount, 6));
      const n = recentTrades().length;
      return {
        ...base,
        account: a.index,
        daily_trades_count: n,
        daily_volume: volume,
        weekly_trades_count: n,
        weekly_volume: volume,
        monthly_trades_count: n,
        monthly_volume: volume,
        total_trades_count: n,
        total_volume: volume,
        funding_histories: {},
        positions: positions(),
        ...(Object.keys(positions(true)).length > 0 ? { bo_positions: positions(true) } : {}),
        shares: [],
        trades: groupByMarket(trades, (t) => t.marketIndex, tradeJ),
      };
    }
    case 'account_market': {
      const p = a.positions.get(ref.marketIndex!);
      const binary = ex.market(ref.marketIndex!)?.isBinary ?? false;
      return {
        ...base,
        account: a.index,
        orders: orders.filter((o) => o.marketIndex === ref.marketIndex).map(orderJ),
        position: p && !binary ? positionJson(ex, a, p) : null,
        ...(binary ? { bo_position: p ? positionJson(ex, a, p) : null } : {}),
        trades: trades.filter((t) => t.marketIndex === ref.marketIndex).map(tradeJ),
        funding_history: [],
        assets: null,
      };
    }
    case 'account_orders': {
      const list = orders.filter((o) => o.marketIndex === ref.marketIndex);
      if (delta && list.length === 0) return undefined;
      return {
        ...base,
        account: a.index,
        nonce: ex.market(ref.marketIndex!)!.nonce,
        orders: { [String(ref.marketIndex)]: list.map(orderJ) },
      };
    }
    case 'account_all_orders':
      if (delta && orders.length === 0) return undefined;
      return { ...base, orders: groupByMarket(orders, (o) => o.marketIndex, orderJ) };
    case 'account_all_trades':
      if (delta && trades.length === 0) return undefined;
      return { ...base, trades: groupByMarket(trades, (t) => t.marketIndex, tradeJ) };
    case 'account_all_positions':
      return {
        ...base,
        positions: positions(),
        ...(Object.keys(positions(true)).length > 0 ? { bo_positions: positions(true) } : {}),
        shares: [],
        last_funding_round: null,
        last_funding_discount: null,
      };
    case 'account_all_assets': {
      const map: Record<string, unknown> = {};
      for (const row of assetsJson(ex, a)) map[String(row.asset_id)] = row;
      return { assets: map, ...base };
    }
    case 'user_stats':
      return { ...base, stats: userStatsJson(ex, a) };
    case 'account_tx': {
      const txs = delta ? delta.txs : a.txs.slice(-50);
      if (delta && txs.length === 0) return undefined;
      return { ...base, txs: txs.map(txJson) };
    }
    case 'account_spot_avg_entry_prices': {
      const map: Record<string, unknown> = {};
      for (const m of ex.markets.values()) {
        if (!m.isSpot) continue;
        // running average over the account's spot fills (sells keep the average)
        let size = 0n;
        let cost = 0n;
        let last = 0;
        for (const t of m.trades) {
          const buy = t.bidAccountId === a.index;
          if (!buy && t.askAccountId !== a.index) continue;
          last = t.tradeId;
          if (buy) {
            size += t.size;
            cost += t.usdAmount;
          } else if (size > 0n) {
            const sold = t.size < size ? t.size : size;
            cost -= (cost * sold) / size;
            size -= sold;
          }
        }
        const sd = m.spec.sizeDecimals;
        const pd = m.spec.priceDecimals;
        const avg = size > 0n ? (cost * 10n ** BigInt(sd + pd)) / (size * 1_000_000n) : 0n;
        const id = m.spec.baseAssetId ?? 1;
        map[String(id)] = {
          asset_id: id,
          avg_entry_price: formatScaled(avg, pd),
          asset_size: formatScaled(size, sd),
          last_trade_id: last,
        };
      }
      return { ...base, avg_entry_prices: map };
    }
    case 'notification':
      return delta ? undefined : { ...base, notifs: [] };
    default:
      return undefined;
  }
}
