/**
 * WS server: connection lifecycle, subscribe/unsubscribe, ping/pong, sendtx over WS, and the
 * 50 ms fan-out of engine events (order book deltas batched as on the venue, §5.3).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Exchange } from '../engine/exchange.js';
import type { ExchangeEvent } from '../engine/events.js';
import type { SimOrder, SimTrade, SimTx } from '../engine/types.js';
import { isVenueError, VenueError } from '../errors.js';
import type { FaultController, FaultSpec } from '../faults.js';
import { type IntakeContext, processTx, processTxBatch } from '../tx/intake.js';
import { parseChannel } from './channels.js';
import { WsConnection } from './connection.js';
import { type AccountDelta, candleBody, levelJson, marketStatsBody, orderBookBody, privateBody, tickerBody, tradeBody } from './payloads.js';

const NO_TIMESTAMP = new Set(['account_orders', 'account_all_orders', 'account_all_trades', 'account_all_positions']);

/** WS hub options. */
export interface WsHubOptions {
  exchange: Exchange;
  faults: FaultController;
  intake: IntakeContext;
  checkAuth(token: string | undefined, accountIndex: number): void;
  /** Order-book batch interval (ms); the venue batches every 50 ms (§5.3). */
  flushIntervalMs: number;
  /** Server app-level ping interval (ms); 0 disables. */
  pingIntervalMs: number;
}

interface MarketFeed {
  dirty: Map<string, { isAsk: boolean; price: bigint }>;
  flushedNonce: number;
  offset: number;
  trades: SimTrade[];
  lastBbo: string;
}

/** The WS side of the simulator. */
export class WsHub {
  readonly wss = new WebSocketServer({ noServer: true, autoPong: false });
  readonly connections = new Map<string, WsConnection>();
  private readonly feeds = new Map<number, MarketFeed>();
  private readonly accountDeltas = new Map<number, AccountDelta & { dirty: boolean }>();
  private heightDirty = false;
  private flushTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private flushCount = 0;
  private readonly off: () => void;

  constructor(private readonly o: WsHubOptions) {
    for (const m of o.exchange.markets.values()) {
      this.feeds.set(m.index, { dirty: new Map(), flushedNonce: m.nonce, offset: 1000, trades: [], lastBbo: '' });
    }
    this.off = o.exchange.on((e) => this.onEvent(e));
    o.faults.onWsClose = (spec) => this.closeMatching(spec);
    this.wss.on('connection', (socket: WebSocket) => this.onConnection(socket));
  }

  /** Starts timers (unref'd). */
  start(): void {
    this.flushTimer = setInterval(() => this.flush(), this.o.flushIntervalMs);
    this.flushTimer.unref();
    if (this.o.pingIntervalMs > 0) {
      this.pingTimer = setInterval(() => this.pingAll(), this.o.pingIntervalMs);
      this.pingTimer.unref();
    }
  }

  /** Handles an HTTP upgrade on `/stream`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path !== '/stream') {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  private onConnection(socket: WebSocket): void {
    const conn = new WsConnection(randomUUID(), socket, this.o.faults, Date.now());
    this.connections.set(conn.id, conn);
    socket.on('message', (data, isBinary) => {
      conn.lastSeen = Date.now();
      if (isBinary) { conn.control({ error: { code: 30000, message: 'Invalid Json' } }); return; }
      this.onMessage(conn, data.toString());
    });
    socket.on('ping', (data) => {
      conn.lastSeen = Date.now();
      if (!this.o.faults.pongSuppressed(conn.id)) socket.pong(data);
    });
    socket.on('close', () => {
      conn.closed = true;
      this.connections.delete(conn.id);
    });
    socket.on('error', () => socket.terminate());
    conn.control({ type: 'connected', session_id: conn.id });
  }

  private onMessage(conn: WsConnection, text: string): void {
    let msg: Record<string, unknown>;
    try {
      const v = JSON.parse(text) as unknown;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
      msg = v as Record<string, unknown>;
    } catch {conn.control({ error: { code: 30000, message: 'Invalid Json' } }); return; 
    }
    switch (msg.type) {
      case 'ping':
        if (!this.o.faults.pongSuppressed(conn.id)) conn.control({ type: 'pong' });
        return;
      case 'pong':
        return;
      case 'subscribe':
        { this.subscribe(conn, msg); return; }
      case 'unsubscribe':
        { this.unsubscribe(conn, msg); return; }
      case 'jsonapi/sendtx':
        { this.sendTx(conn, msg); return; }
      case 'jsonapi/sendtxbatch':
        { this.sendTxBatch(conn, msg); return; }
      default:
        { conn.control({ error: { code: 30001, message: `Invalid Type: ${String(msg.type)}` } }); return; }
    }
  }

  private subscribe(conn: WsConnection, msg: Record<string, unknown>): void {
    const ex = this.o.exchange;
    const ref = parseChannel(msg.channel, (m) => ex.markets.has(m));
    if (!ref) { conn.control({ error: { code: 30005, message: `Invalid Channel: ${String(msg.channel)}` } }); return; }
    if (conn.subs.has(ref.key)) {conn.control({ error: { code: 30003, message: `Already Subscribed to : ${ref.key}` } }); return; 
    }
    if (ref.isPrivate) {
      try {
        this.o.checkAuth(typeof msg.auth === 'string' ? msg.auth : undefined, ref.accountIndex!);
      } catch (e) {
        const code = isVenueError(e) ? e.code : 30012;conn.control({ error: { code, message: (e as Error).message } }); return; 
      }
    }
    conn.subs.set(ref.key, { ref });
    const snap = this.snapshot(ref);
    if (snap) conn.control({ ...snap, type: `subscribed/${ref.kind}` });
  }

  private snapshot(ref: ReturnType<typeof parseChannel> & object): Record<string, unknown> | undefined {
    const ex = this.o.exchange;
    const now = ex.now();
    const m = ref.marketIndex !== undefined ? ex.market(ref.marketIndex) : undefined;
    const ts = { timestamp: now };
    switch (ref.kind) {
      case 'order_book': {
        const feed = this.feeds.get(m!.index)!;
        const lv = (isAsk: boolean) => m!.book.levels(isAsk).map((l) => levelJson(m!, l.price, l.size));
        return { ...orderBookBody(m!, { asks: lv(true), bids: lv(false), offset: feed.offset, nonce: feed.flushedNonce, beginNonce: 0, nowUs: now * 1000 }), ...ts };
      }
      case 'ticker':
        return { ...tickerBody(m!, this.feeds.get(m!.index)!.flushedNonce, now * 1000), ...ts };
      case 'trade':
        return { ...tradeBody(m!, m!.trades.slice(-50).reverse(), this.feeds.get(m!.index)!.flushedNonce) };
      case 'candle':
        return { ...candleBody(m!, ref.resolution!, now), ...ts };
      case 'market_stats':
      case 'spot_market_stats': {
        const body = marketStatsBody(ex, ref);
        // snapshots of a single perp market also carry base_interest_rate (ws/nt_market_stats_subscribed_single.json)
        const stats = body.market_stats as Record<string, unknown> | undefined;
        if (ref.kind === 'market_stats' && !ref.all && stats) body.market_stats = { ...stats, base_interest_rate: '0.0100' };
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

  private unsubscribe(conn: WsConnection, msg: Record<string, unknown>): void {
    const ref = parseChannel(msg.channel, (m) => this.o.exchange.markets.has(m));
    if (!ref) { conn.control({ error: { code: 30005, message: `Invalid Channel: ${String(msg.channel)}` } }); return; }
    if (!conn.subs.delete(ref.key)) { conn.control({ error: { code: 30002, message: `Not Subscribed to : ${ref.key}` } }); return; }
    conn.control({ type: 'unsubscribed', channel: ref.key });
  }

  private txReply(conn: WsConnection, type: string, id: unknown, fn: () => Record<string, unknown>): void {
    const idPart = typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {};
    try {
      conn.control({ type, code: 200, ...idPart, ...fn(), predicted_execution_time_ms: this.o.exchange.now() + 200 });
    } catch (e) {
      const err = isVenueError(e) ? e : new VenueError({ code: 29500, cause: e });
      conn.control({ type, code: err.code, message: err.message, ...idPart });
    }
  }

  private sendTx(conn: WsConnection, msg: Record<string, unknown>): void {
    const data = (msg.data ?? {}) as Record<string, unknown>;
    this.txReply(conn, 'jsonapi/sendtx', data.id, () => {
      const r = processTx(this.o.intake, { txType: Number(data.tx_type), txInfo: data.tx_info });
      return { tx_hash: r.txHash };
    });
  }

  private sendTxBatch(conn: WsConnection, msg: Record<string, unknown>): void {
    const data = (msg.data ?? {}) as Record<string, unknown>;
    this.txReply(conn, 'jsonapi/sendtxbatch', data.id, () => {
      const parse = (v: unknown) => {
        try {
          return typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
        } catch {
          throw new VenueError({ code: 21501 });
        }
      };
      const rs = processTxBatch(this.o.intake, { txTypes: parse(data.tx_types), txInfos: parse(data.tx_infos) });
      return { tx_hash: rs.map((r) => r.txHash) };
    });
  }

  private delta(accountIndex: number): AccountDelta & { dirty: boolean } {
    let d = this.accountDeltas.get(accountIndex);
    if (!d) this.accountDeltas.set(accountIndex, (d = { orders: [], trades: [], txs: [], dirty: false }));
    return d;
  }

  private onEvent(e: ExchangeEvent): void {
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

  /** Sends batched updates to subscribers. Called every flush interval. */
  flush(): void {
    const ex = this.o.exchange;
    const now = ex.now();
    const conns = [...this.connections.values()].filter((c) => !c.closed && c.subs.size > 0);
    for (const [mi, f] of this.feeds) {
      const m = ex.market(mi)!;
      if (f.dirty.size > 0) {
        const asks: { price: string; size: string }[] = [];
        const bids: { price: string; size: string }[] = [];
        for (const l of f.dirty.values()) (l.isAsk ? asks : bids).push(levelJson(m, l.price, m.book.levelSize(l.isAsk, l.price)));
        f.dirty.clear();
        f.offset++;
        const body = orderBookBody(m, { asks, bids, offset: f.offset, nonce: m.nonce, beginNonce: f.flushedNonce, nowUs: now * 1000 });
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
          if (s.ref.kind === 'market_stats' || s.ref.kind === 'spot_market_stats') {
            c.data({ ...marketStatsBody(ex, s.ref), timestamp: now, type: `update/${s.ref.kind}` });
          }
        }
      }
    }
    if (this.heightDirty) {
      this.heightDirty = false;
      for (const c of conns) if (c.subs.has('height')) c.data({ channel: 'height', height: ex.height, timestamp: now, type: 'update/height' });
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

  private pingAll(): void {
    const now = Date.now();
    for (const c of this.connections.values()) {
      if (now - c.lastSeen > 2 * this.o.pingIntervalMs + 1000) {
        c.socket.close(1008, 'no pong');
        continue;
      }
      c.control({ type: 'ping' });
    }
  }

  private closeMatching(spec: Extract<FaultSpec, { kind: 'ws-close' }>): void {
    for (const c of this.connections.values()) {
      if (spec.connectionId !== undefined && spec.connectionId !== c.id) continue;
      c.closed = true;
      c.socket.close(spec.code, spec.reason ?? '');
    }
  }

  /** Closes every connection and timer. */
  async close(): Promise<void> {
    if (this.flushTimer) clearInterval(this.flushTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.off();
    for (const c of this.connections.values()) c.socket.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

export type { SimOrder, SimTx };
