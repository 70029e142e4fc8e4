// A scripted Lighter-like WS server on 127.0.0.1:0 for unit tests of the client. It records
// every client frame and lets the test push frames; it answers pings unless told not to.
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface FakeVenue {
  url: string;
  /** Every JSON frame received, across connections, in order. */
  received: Array<Record<string, unknown>>;
  /** Number of connections accepted so far. */
  connections: number;
  /** Request URLs of each connection (for readonly=true). */
  paths: string[];
  /** Answer JSON `{"type":"ping"}` with a JSON pong. */
  answerPings: boolean;
  /** Answer protocol-level ping frames. */
  answerProtocolPings: boolean;
  /** Protocol-level ping frames received, across connections. */
  protocolPings: number;
  send(frame: unknown): void;
  sendRaw(text: string): void;
  /** Server-side close of the current connection with a code. */
  closeCurrent(code?: number): void;
  /** Abrupt drop of the current connection. */
  dropCurrent(): void;
  /** Resolves when a frame matching `pred` has been received (checks past frames too). */
  waitFor(pred: (f: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  waitForConnections(n: number): Promise<void>;
  onFrame?: (f: Record<string, unknown>) => void;
  close(): Promise<void>;
}

export async function startFakeVenue(): Promise<FakeVenue> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, autoPong: false });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const port = (wss.address() as AddressInfo).port;
  let current: WebSocket | undefined;
  const waiters: Array<{
    pred: (f: Record<string, unknown>) => boolean;
    resolve: (f: Record<string, unknown>) => void;
  }> = [];
  const connWaiters: Array<{ n: number; resolve: () => void }> = [];
  const venue: FakeVenue = {
    url: `ws://127.0.0.1:${port}/stream`,
    received: [],
    connections: 0,
    paths: [],
    answerPings: true,
    answerProtocolPings: true,
    protocolPings: 0,
    send(frame) {
      current?.send(JSON.stringify(frame));
    },
    sendRaw(text) {
      current?.send(text);
    },
    closeCurrent(code = 1000) {
      current?.close(code, 'server close');
    },
    dropCurrent() {
      current?.terminate();
    },
    waitFor(pred) {
      const hit = venue.received.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve) => waiters.push({ pred, resolve }));
    },
    waitForConnections(n) {
      if (venue.connections >= n) return Promise.resolve();
      return new Promise((resolve) => connWaiters.push({ n, resolve }));
    },
    async close() {
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
  wss.on('connection', (ws, req) => {
    current = ws;
    venue.connections++;
    venue.paths.push(req.url ?? '');
    for (const w of connWaiters.filter((w) => venue.connections >= w.n)) {
      connWaiters.splice(connWaiters.indexOf(w), 1);
      w.resolve();
    }
    ws.send(JSON.stringify({ type: 'connected', session_id: `s${venue.connections}` }));
    ws.on('ping', (data) => {
      venue.protocolPings++;
      if (venue.answerProtocolPings) ws.pong(data);
    });
    ws.on('message', (data) => {
      const f = JSON.parse(data.toString()) as Record<string, unknown>;
      if (ws !== current) return;
      venue.received.push(f);
      if (f.type === 'ping' && venue.answerPings) ws.send('{"type":"pong"}');
      venue.onFrame?.(f);
      for (const w of [...waiters]) {
        if (w.pred(f)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(f);
        }
      }
    });
  });
  return venue;
}

/** Resolves on the next client/subscription event. */
export function once<T>(on: (l: (p: T) => void) => () => void): Promise<T> {
  return new Promise((resolve) => {
    const off = on((p) => {
      off();
      resolve(p);
    });
  });
}
