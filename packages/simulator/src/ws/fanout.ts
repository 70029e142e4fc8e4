/**
 * Fan-out of engine events to WS subscribers: order-book level deltas batched per flush with
 * offset/nonce/begin_nonce (docs/protocol/websocket.md#order-book-sequencing), tickers, trades, candles, stats, height and
 * per-account private updates; plus the `subscribed/<kind>` snapshots.
 */
import type { Exchange } from '../engine/exchange.js';
import type { ExchangeEvent } from '../engine/events.js';
import type { SimTrade } from '../engine/types.js';
import type { ChannelRef } from './channels.js';
import type { WsConnection } from './connection.js';
import {
  type AccountDelta,
  candleBody,
  levelJson,
  marketStatsBody,
  orderBookBody,
  privateBody,
  tickerBody,
  tradeBody,
  upDownCandleBody,
} from './payloads.js';

/** Candles in an `up_down_candle` subscribe snapshot: four closed ones and the forming one. */
const UP_DOWN_SNAPSHOT_CANDLES = 5;

const NO_TIMESTAMP = new Set(['account_orders', 'account_all_orders', 'account_all_trades', 'account_all_positions']);

interface MarketFeed {
  dirty: Map<string, { isAsk: boolean; price: bigint }>;
  flushedNonce: number;
  offset: number;
  trades: SimTrade[];
  lastBbo: string;
}

/** Accumulates engine events and turns them into frames. */
export class Fanout {
  private readonly feeds = new Map<number, MarketFeed>();
  private readonly accountDeltas = new Map<number, AccountDelta & { dirty: boolean }>();
  private heightDirty = false;
  private flushCount = 0;

  constructor(private readonly exchange: Exchange) {
    for (const m of exchange.markets.values()) {
      this.feeds.set(m.index, { dirty: new Map(), flushedNonce: m.nonce, offset: 1000, trades: [], lastBbo: '' });
    }
  }

  /** Snapshot body for a new subscription (without `type`). */
  snapshot(ref: ChannelRef): Record<string, unknown> | undefined {
    const ex = this.exchange;
    const now = ex.now();
    const m = ref.marketIndex !== undefined ? ex.market(ref.marketIndex) : undefined;
    const ts = { timestamp: now };
    switch (ref.kind) {
      case 'order_book': {
        const feed = this.feeds.get(m!.index)!;
        const lv = (isAsk: boolean) => m!.book.levels(isAsk).map((l) => levelJson(m!, l.price, l.size));
        return {
          ...orderBookBody(m!, {
            asks: lv(true),
            bids: lv(false),
            offset: feed.offset,
            nonce: feed.flushedNonce,
            beginNonce: 0,
            nowUs: now * 1000,
          }),
          ...ts,
        };
      }
      case 'ticker':
        return { ...tickerBody(m!, this.feeds.get(m!.index)!.flushedNonce, now * 1000), ...ts };
      case 'trade':
        return { ...tradeBody(m!, m!.trades.slice(-50).reverse(), this.feeds.get(m!.index)!.flushedNonce) };
      case 'candle':
        return { ...candleBody(m!, ref.resolution!, now), ...ts };
      case 'up_down_candle':
        return { ...upDownCandleBody(ex, ref, UP_DOWN_SNAPSHOT_CANDLES), ...ts };
      case 'bo_market_stats':
      case 'market_stats':
      case 'spot_market_stats': {
        const body = marketStatsBody(ex, ref);
        // snapshots of a single perp market also carry base_interest_rate (ws/nt_market_stats_subscribed_single.json)
        const stats = body.market_stats as Record<string, unknown> | undefined;
        if (ref.kind === 'market_stats' && !ref.all && stats)
          body.market_stats = { ...stats, base_interest_rate: '0.0100' };
        return { ...body, ...ts };
      }
      case 'height':
        return { channel: 'height', height: ex.height, ...ts };
      default: {
        const body = privateBody(ex, ref, undefined);
        return body ? { ...body, ...ts } : undefined;
      }
    }
  }

  private delta(accountIndex: number): AccountDelta & { dirty: boolean } {
    let d = this.accountDeltas.get(accountIndex);
    if (!d) this.accountDeltas.set(accountIndex, (d = { orders: [], trades: [], txs: [], dirty: false }));
    return d;
  }

  /** Records one engine event for the next flush. */
  onEvent(e: ExchangeEvent): void {
    switch (e.kind) {
      case 'book': {
        const f = this.feeds.get(e.marketIndex);
        f?.dirty.set(`${e.isAsk ? 'a' : 'b'}${e.price}`, { isAsk: e.isAsk, price: e.price });
        return;
      }
      case 'trade': {
        this.feeds.get(e.trade.marketIndex)?.trades.push(e.trade);
        for (const a of [e.trade.askAccountId, e.trade.bidAccountId]) {
          const d = this.delta(a);
          d.trades.push(e.trade);
          d.dirty = true;
        }
        return;
      }
      case 'order': {
        const d = this.delta(e.order.owner);
        if (!d.orders.includes(e.order)) d.orders.push(e.order);
        d.dirty = true;
        return;
      }
      case 'account':
        this.delta(e.accountIndex).dirty = true;
        return;
      case 'tx': {
        const d = this.delta(e.tx.accountIndex);
        d.txs.push(e.tx);
        d.dirty = true;
        this.heightDirty = true;
        return;
      }
      case 'mark':
        return;
    }
  }

  /** Sends batched updates to the subscribed connections. */
  flush(connections: Iterable<WsConnection>): void {
    const ex = this.exchange;
    const now = ex.now();
    const conns = [...connections].filter((c) => !c.closed && c.subs.size > 0);
    for (const [mi, f] of this.feeds) {
      const m = ex.market(mi)!;
      if (f.dirty.size > 0) {
        const asks: { price: string; size: string }[] = [];
        const bids: { price: string; size: string }[] = [];
        for (const l of f.dirty.values())
          (l.isAsk ? asks : bids).push(levelJson(m, l.price, m.book.levelSize(l.isAsk, l.price)));
        f.dirty.clear();
        f.offset++;
        const body = orderBookBody(m, {
          asks,
          bids,
          offset: f.offset,
          nonce: m.nonce,
          beginNonce: f.flushedNonce,
          nowUs: now * 1000,
        });
        f.flushedNonce = m.nonce;
        const frame = { ...body, timestamp: now, type: 'update/order_book' };
        for (const c of conns) if (c.subs.has(`order_book:${mi}`)) c.data(frame, mi);
        const bbo = JSON.stringify(tickerBody(m, 0, 0).ticker);
        if (bbo !== f.lastBbo) {
          f.lastBbo = bbo;
          const tf = { ...tickerBody(m, m.nonce, now * 1000), timestamp: now, type: 'update/ticker' };
          for (const c of conns) if (c.subs.has(`ticker:${mi}`)) c.data(tf);
        }
      }
      if (f.trades.length > 0) {
        const tf = { ...tradeBody(m, f.trades, m.nonce), type: 'update/trade' };
        f.trades = [];
        for (const c of conns) {
          if (c.subs.has(`trade:${mi}`)) c.data(tf);
          for (const s of c.subs.values()) {
            if (s.ref.kind === 'candle' && s.ref.marketIndex === mi) {
              c.data({ ...candleBody(m, s.ref.resolution!, now), timestamp: now, type: 'update/candle' });
            }
          }
        }
      }
    }
    if (++this.flushCount % 20 === 0) {
      for (const c of conns) {
        for (const s of c.subs.values()) {
          if (s.ref.kind === 'market_stats' || s.ref.kind === 'spot_market_stats' || s.ref.kind === 'bo_market_stats') {
            c.data({ ...marketStatsBody(ex, s.ref), timestamp: now, type: `update/${s.ref.kind}` });
          }
          if (s.ref.kind === 'up_down_candle')
            c.data({ ...upDownCandleBody(ex, s.ref), timestamp: now, type: 'update/up_down_candle' });
        }
      }
    }
    if (this.heightDirty) {
      this.heightDirty = false;
      for (const c of conns)
        if (c.subs.has('height'))
          c.data({ channel: 'height', height: ex.height, timestamp: now, type: 'update/height' });
    }
    if (this.accountDeltas.size > 0) {
      const deltas = new Map(this.accountDeltas);
      this.accountDeltas.clear();
      for (const c of conns) {
        for (const s of c.subs.values()) {
          if (!s.ref.isPrivate) continue;
          const d = deltas.get(s.ref.accountIndex!);
          if (!d?.dirty) continue;
          const body = privateBody(ex, s.ref, d);
          // only some private channels stamp updates (fixtures/api/ws/nt_account_*_update.json)
          const stamp = NO_TIMESTAMP.has(s.ref.kind) ? {} : { timestamp: now };
          if (body) c.data({ ...body, ...stamp, type: `update/${s.ref.kind}` });
        }
      }
    }
  }
}
