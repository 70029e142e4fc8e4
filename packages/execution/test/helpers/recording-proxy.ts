/**
 * A loopback TCP proxy in front of the simulator that records the request line of every HTTP
 * request (REST calls and the WS upgrade) passing through it. The bytes are forwarded untouched,
 * so the client under test talks to the real simulator over real sockets; the test only gains a
 * view of what was asked on the wire (query parameters pushed down to the venue, batch sizes).
 * `freezeWs()` holds every byte the venue sends on WS connections (REST keeps flowing): the
 * client then learns nothing from its streams, so whatever it still learns came over REST.
 */
import { createConnection, createServer, type Socket } from 'node:net';

/** One recorded request line. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
}

export interface RecordingProxy {
  /** `http://127.0.0.1:<port>` (use `ws://` + `/stream` for the WS). */
  readonly httpUrl: string;
  readonly wsUrl: string;
  readonly requests: RecordedRequest[];
  /** Requests matching a path (e.g. `/api/v1/sendTxBatch`). */
  count(path: string): number;
  /** Stops forwarding venue -> client bytes on WS connections (current and future). */
  freezeWs(): void;
  close(): Promise<void>;
}

const REQUEST_LINE = /(GET|POST|PUT|DELETE) (\/\S*) HTTP\/1\.1\r\n/g;

/** Starts a proxy forwarding to `target` (an `http://host:port` URL). */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const { hostname, port } = new URL(target);
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let frozen = false;
  const server = createServer((client) => {
    const upstream = createConnection({ host: hostname, port: Number(port) });
    sockets.add(client);
    sockets.add(upstream);
    // Request lines may straddle chunks: scan a short rolling tail with each new chunk.
    let tail = '';
    let isWs = false;
    client.on('data', (chunk: Buffer) => {
      const text = tail + chunk.toString('latin1');
      for (const m of text.matchAll(REQUEST_LINE)) {
        const url = new URL(m[2] as string, 'http://proxy');
        requests.push({ method: m[1] as string, path: url.pathname, query: url.searchParams });
        if (url.pathname === '/stream') isWs = true;
      }
      const lastLine = text.lastIndexOf('\r\n');
      tail = text.slice(Math.max(lastLine + 2, text.length - 2048));
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!(isWs && frozen)) client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy did not bind a TCP port');
  return {
    httpUrl: `http://127.0.0.1:${address.port}`,
    wsUrl: `ws://127.0.0.1:${address.port}/stream`,
    requests,
    count: (path) => requests.filter((r) => r.path === path).length,
    freezeWs: () => {
      frozen = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
