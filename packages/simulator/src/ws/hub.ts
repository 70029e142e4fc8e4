/**
 * WS server: connection lifecycle, subscribe/unsubscribe with auth, ping/pong, sendtx over WS
 * (docs/protocol/websocket.md#frames-and-lifecycle, docs/protocol/websocket.md#sending-transactions); the periodic fan-out of engine events lives in fanout.ts.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Exchange } from '../engine/exchange.js';
import { isVenueError, VenueError } from '../errors.js';
import type { FaultSpec } from '../fault-spec.js';
import type { FaultController } from '../faults.js';
import type { QuotaTicket } from '../engine/volume-quota.js';
import { type IntakeContext, processTx, processTxBatch } from '../tx/intake.js';
import { parseChannel } from './channels.js';
import { WsConnection } from './connection.js';
import { Fanout } from './fanout.js';

/** WS hub options. */
export interface WsHubOptions {
  exchange: Exchange;
  faults: FaultController;
  intake: IntakeContext;
  checkAuth(token: string | undefined, accountIndex: number): void;
  /** Order-book batch interval (ms); the venue batches every 50 ms (docs/protocol/websocket.md#order-book-sequencing). */
  flushIntervalMs: number;
  /** Server app-level ping interval (ms); 0 disables. */
  pingIntervalMs: number;
  /** Venue limits (docs/protocol/errors-and-limits.md#websocket-limits); all clients are loopback, so per IP = all. */
  limits: { connections: number; subscriptionsPerConnection: number; accountsPerConnection: number };
}

/** The WS side of the simulator. */
export class WsHub {
  readonly wss = new WebSocketServer({ noServer: true, autoPong: false });
  readonly connections = new Map<string, WsConnection>();
  private readonly fanout: Fanout;
  private flushTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private readonly off: () => void;

  constructor(private readonly o: WsHubOptions) {
    this.fanout = new Fanout(o.exchange);
    this.off = o.exchange.on((e) => this.fanout.onEvent(e));
    o.faults.onWsClose = (spec) => this.closeMatching(spec);
    this.wss.on('connection', (socket: WebSocket, req: IncomingMessage) => this.onConnection(socket, req));
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

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    if (this.connections.size >= this.o.limits.connections) {
      // docs/protocol/errors-and-limits.md#websocket-limits: one connection too many is answered 23003 and dropped
      socket.send(JSON.stringify({ error: { code: 23003, message: 'Too Many Connections!' } }));
      socket.close(1008, 'Too Many Connections!');
      return;
    }
    const conn = new WsConnection(randomUUID(), socket, this.o.faults, Date.now());
    conn.readonly = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('readonly') === 'true';
    this.connections.set(conn.id, conn);
    socket.on('message', (data, isBinary) => {
      conn.lastSeen = Date.now();
      if (isBinary) {
        conn.control({ error: { code: 30000, message: 'Invalid Json' } });
        return;
      }
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
    } catch {
      conn.control({ error: { code: 30000, message: 'Invalid Json' } });
      return;
    }
    switch (msg.type) {
      case 'ping':
        if (!this.o.faults.pongSuppressed(conn.id)) conn.control({ type: 'pong' });
        return;
      case 'pong':
        return;
      case 'subscribe': {
        this.subscribe(conn, msg);
        return;
      }
      case 'unsubscribe': {
        this.unsubscribe(conn, msg);
        return;
      }
      case 'jsonapi/sendtx': {
        this.sendTx(conn, msg);
        return;
      }
      case 'jsonapi/sendtxbatch': {
        this.sendTxBatch(conn, msg);
        return;
      }
      default: {
        conn.control({ error: { code: 30001, message: `Invalid Type: ${String(msg.type)}` } });
        return;
      }
    }
  }

  private subscribe(conn: WsConnection, msg: Record<string, unknown>): void {
    const ex = this.o.exchange;
    const ref = parseChannel(msg.channel, (m) => ex.markets.has(m));
    if (!ref) {
      conn.control({ error: { code: 30005, message: `Invalid Channel: ${String(msg.channel)}` } });
      return;
    }
    if (conn.subs.has(ref.key)) {
      conn.control({ error: { code: 30003, message: `Already Subscribed to : ${ref.key}` } });
      return;
    }
    if (conn.subs.size >= this.o.limits.subscriptionsPerConnection) {
      conn.control({ error: { code: 23001, message: 'Too Many Subscriptions!' } });
      return;
    }
    if (ref.accountIndex !== undefined) {
      const accounts = new Set([...conn.subs.values()].map((s) => s.ref.accountIndex).filter((a) => a !== undefined));
      if (!accounts.has(ref.accountIndex) && accounts.size >= this.o.limits.accountsPerConnection) {
        conn.control({ error: { code: 23002, message: 'Too Many Different Accounts!' } });
        return;
      }
    }
    if (ref.needsAuth) {
      try {
        this.o.checkAuth(typeof msg.auth === 'string' ? msg.auth : undefined, ref.accountIndex!);
      } catch (e) {
        const code = isVenueError(e) ? e.code : 30012;
        conn.control({ error: { code, message: (e as Error).message } });
        return;
      }
    }
    conn.subs.set(ref.key, { ref });
    const snap = this.fanout.snapshot(ref);
    if (snap) conn.control({ ...snap, type: `subscribed/${ref.kind}` });
  }

  private unsubscribe(conn: WsConnection, msg: Record<string, unknown>): void {
    const ref = parseChannel(msg.channel, (m) => this.o.exchange.markets.has(m));
    if (!ref) {
      conn.control({ error: { code: 30005, message: `Invalid Channel: ${String(msg.channel)}` } });
      return;
    }
    if (!conn.subs.delete(ref.key)) {
      conn.control({ error: { code: 30002, message: `Not Subscribed to : ${ref.key}` } });
      return;
    }
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

  /** A read-only socket takes no transactions (docs/protocol/networks.md#hosts-and-chain-ids). */
  private refuseReadonly(conn: WsConnection): void {
    if (conn.readonly)
      throw new VenueError({ code: 20001, message: 'invalid param : read-only connection takes no transactions' });
  }

  private sendTx(conn: WsConnection, msg: Record<string, unknown>): void {
    const data = (msg.data ?? {}) as Record<string, unknown>;
    this.txReply(conn, 'jsonapi/sendtx', data.id, () => {
      this.refuseReadonly(conn);
      const ticket = this.o.intake.quota?.admitRaw({ txTypes: [data.tx_type], txInfos: [data.tx_info] });
      const r = processTx(this.o.intake, { txType: Number(data.tx_type), txInfo: data.tx_info });
      return { ...wsQuotaFields(ticket), tx_hash: r.txHash };
    });
  }

  private sendTxBatch(conn: WsConnection, msg: Record<string, unknown>): void {
    const data = (msg.data ?? {}) as Record<string, unknown>;
    this.txReply(conn, 'jsonapi/sendtxbatch', data.id, () => {
      this.refuseReadonly(conn);
      const parse = (v: unknown) => {
        try {
          return typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
        } catch {
          throw new VenueError({ code: 21501 });
        }
      };
      const txTypes = parse(data.tx_types);
      const txInfos = parse(data.tx_infos);
      const ticket =
        Array.isArray(txTypes) && Array.isArray(txInfos)
          ? this.o.intake.quota?.admitRaw({ txTypes, txInfos })
          : undefined;
      const rs = processTxBatch(this.o.intake, { txTypes, txInfos, path: 'ws' });
      return { ...wsQuotaFields(ticket), tx_hash: rs.map((r) => r.txHash) };
    });
  }

  /** Sends pending updates now (normally every flush interval). */
  flush(): void {
    this.fanout.flush(this.connections.values());
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

/**
 * Quota fields of a WS sendtx reply: only when the account has a quota (Premium/Plus). A Standard
 * account's WS reply carries no message (the recorded WS frames have none; docs/protocol/errors-and-limits.md#volume-quota).
 */
function wsQuotaFields(ticket: QuotaTicket | undefined): { message?: string; volume_quota_remaining?: number } {
  const q = ticket?.commit();
  return q?.volume_quota_remaining === undefined ? {} : q;
}
