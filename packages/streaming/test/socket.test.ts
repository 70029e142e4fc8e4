// Which WebSocket implementation the client uses, an injected constructor, and keepalive on the
// standard (WHATWG) path, which has no protocol-level ping: JSON pings alone must keep it open.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tickerChannel } from '../src/channels/ticker.js';
import { LighterWsClient } from '../src/client.js';
import type { WebSocketConstructor } from '../src/socket/socket.js';
import { type FakeVenue, startFakeVenue } from './helpers/fake-venue.js';

const GlobalWebSocket = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;

let venue: FakeVenue;
let client: LighterWsClient | undefined;
beforeEach(async () => {
  venue = await startFakeVenue();
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  await venue.close();
});

describe('WebSocket implementation', () => {
  it('uses the global WebSocket where the runtime has one, else ws (and the vitest project is what it says)', async () => {
    // The `standard` project must really have a global WebSocket (vitest.config.ts passes the Node flag).
    if (process.env.LIGHTER_TEST_WEBSOCKET === 'standard') expect(typeof GlobalWebSocket).toBe('function');
    client = new LighterWsClient({ url: venue.url });
    expect(client.socketKind).toBe(GlobalWebSocket === undefined ? 'ws' : 'standard');
    await client.connect();
    expect(client.state).toBe('open');
  });

  it('rejects a WebSocket option that is not a constructor, naming the field', () => {
    expect(() => new LighterWsClient({ url: venue.url, WebSocket: 'nope' as unknown as WebSocketConstructor })).toThrow(
      /WebSocket/,
    );
  });
});

describe.runIf(GlobalWebSocket !== undefined)('standard WebSocket path', () => {
  it('connects through an injected constructor and streams through it', async () => {
    const Base = GlobalWebSocket as WebSocketConstructor;
    const urls: string[] = [];
    class Counting extends (Base as unknown as new (url: string) => object) {
      constructor(url: string) {
        super(url);
        urls.push(url);
      }
    }
    client = new LighterWsClient({ url: venue.url, WebSocket: Counting as unknown as WebSocketConstructor });
    expect(client.socketKind).toBe('standard');
    await client.connect();
    client.subscribe(tickerChannel({ marketIndex: 3 }));
    await venue.waitFor((f) => f.type === 'subscribe' && f.channel === 'ticker/3');
    expect(urls).toEqual([venue.url]);
  });

  it('keeps alive with JSON pings alone: no protocol pings, no reconnect across many pong timeouts', async () => {
    venue.answerProtocolPings = false;
    client = new LighterWsClient({ url: venue.url, pingIntervalMs: 10, pongTimeoutMs: 200, tickMs: 10 });
    let reconnects = 0;
    client.on('reconnecting', () => reconnects++);
    await client.connect();
    for (let i = 0; i < 50; i++) {
      const seen = venue.received.filter((f) => f.type === 'ping').length;
      await venue.waitFor((f) => f.type === 'ping' && venue.received.filter((x) => x.type === 'ping').length > seen);
    }
    expect(venue.protocolPings).toBe(0);
    expect(reconnects).toBe(0);
    expect(venue.connections).toBe(1);
  });

  it('a venue that stops answering JSON pings is detected and the client reconnects', async () => {
    venue.answerPings = false;
    client = new LighterWsClient({
      url: venue.url,
      pingIntervalMs: 20,
      pongTimeoutMs: 40,
      tickMs: 10,
      backoff: { initialMs: 10, maxMs: 50 },
    });
    await client.connect();
    await venue.waitForConnections(2);
    expect(client.socketKind).toBe('standard');
  });
});
