// The undici transport on its own: keep-alive socket reuse per origin, proxy via ProxyAgent
// (HTTP CONNECT through a loopback proxy), form encoding, idempotent close.
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUndiciTransport, isNetworkError, orderBooks } from '../src/index.js';
import { fixtureText, json, type Loopback, startLoopback } from './helpers/loopback.js';

let server: Loopback;
let connections = 0;
beforeAll(async () => {
  server = await startLoopback((_r, res) => json(res, fixtureText('nt_order_books.json')));
});
afterAll(async () => {
  await server.close();
});

describe('undici transport', () => {
  it('reuses one keep-alive socket for sequential requests to an origin', async () => {
    const t = createUndiciTransport({ baseUrl: server.url });
    try {
      const before = server.requests.length;
      const conns = server.totalConnections();
      for (let i = 0; i < 10; i++) await orderBooks({ transport: t });
      expect(server.requests.length - before).toBe(10);
      // Sockets are reused (a fresh one per request would make this 10).
      expect(server.totalConnections() - conns).toBeLessThanOrEqual(3);
    } finally {
      await t.close();
      await t.close();
    }
    const err = await t.request({ route: 'x', method: 'GET', path: '/' }).catch((e: unknown) => e);
    expect(isNetworkError(err) && err.requestSent).toBe(false);
  });

  it('honours a base path and sends form bodies url-encoded', async () => {
    const t = createUndiciTransport({ baseUrl: `${server.url}/prefix/` });
    try {
      await t.request({
        route: 'x',
        method: 'POST',
        path: '/api/v1/sendTx',
        form: { tx_type: '14', tx_info: '{"a":"b c"}' },
      });
      const req = server.requests.at(-1)!;
      expect(req.path).toBe('/prefix/api/v1/sendTx');
      expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(req.form).toEqual({ tx_type: '14', tx_info: '{"a":"b c"}' });
    } finally {
      await t.close();
    }
  });

  it('routes through an HTTP proxy (undici ProxyAgent, CONNECT)', async () => {
    const tunnels: string[] = [];
    const sockets = new Set<Socket>();
    const proxy: Server = createHttpServer();
    proxy.on('connect', (req, client: Socket) => {
      tunnels.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => s.destroy());
      }
    });
    proxy.on('connection', () => {
      connections++;
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const t = createUndiciTransport({ baseUrl: server.url, proxyUrl });
    try {
      const out = await orderBooks({ transport: t }, { marketId: 0 });
      expect(out.order_books[0]?.symbol).toBe('ETH');
      expect(tunnels).toEqual([new URL(server.url).host]);
      expect(connections).toBeGreaterThanOrEqual(1);
    } finally {
      await t.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => proxy.close(() => r()));
    }
  });
});
