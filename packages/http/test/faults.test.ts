// Fault injection over real loopback sockets: 429 bursts, 5xx, slow and truncated bodies,
// malformed JSON, refused connections, aborts and close(). Every failure must be a typed error,
// sendTx must never be resent, nothing may reject unhandled and no socket may stay open.
import type { ServerResponse } from 'node:http';
import { isLighterParseError } from '@lighter-ts/models';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type HttpEvent,
  isAbortedError,
  isLighterApiError,
  isLighterHttpParseError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  isTxSendError,
  LighterHttpClient,
  type LighterHttpClientOptions,
  type TxSendError,
} from '../src/index.js';
import { fixtureText, json, type Loopback, startLoopback, until } from './helpers/loopback.js';

const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

const SIGNED = { txType: 14, txInfo: '{"AccountIndex":1,"Nonce":7}', txHash: '0xfeed' };
const BOOKS = fixtureText('nt_order_books.json');
let server: Loopback;
let client: LighterHttpClient | undefined;
let events: HttpEvent[];

function makeClient(extra: Partial<LighterHttpClientOptions> = {}): LighterHttpClient {
  events = [];
  client = new LighterHttpClient({
    network: { baseUrl: server.url, chainId: 300 },
    retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 10_000 },
    rateLimits: false,
    onEvent: (e) => events.push(e),
    ...extra,
  });
  return client;
}

/** Respond with `faults` in order, then with `ok` forever. */
function sequence(faults: Array<(res: ServerResponse) => void>, ok: (res: ServerResponse) => void) {
  let i = 0;
  return (_req: unknown, res: ServerResponse) => {
    const f = faults[i++];
    (f ?? ok)(res);
  };
}

beforeAll(async () => {
  server = await startLoopback();
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  server.requests.length = 0;
  // close() released every socket of the client.
  expect(await until(() => server.openSockets() === 0)).toBe(true);
});
afterAll(async () => {
  await server.close();
});

const tooMany =
  (retryAfter = '0') =>
  (res: ServerResponse) =>
    json(res, { code: 429, message: 'Too Many Requests' }, 429, { 'retry-after': retryAfter });
const unavailable = (res: ServerResponse) => json(res, 'upstream unavailable', 503);

describe('429 bursts', () => {
  it('retries an idempotent GET and succeeds, reporting each retry', async () => {
    server.setHandler(sequence([tooMany(), tooMany()], (res) => json(res, BOOKS)));
    const out = await makeClient().orderBooks();
    expect(out.order_books[0]?.symbol).toBe('ETH');
    expect(server.requests).toHaveLength(3);
    expect(events.filter((e) => e.type === 'retry').map((e) => (e as { reason: string }).reason)).toEqual([
      'RATE_LIMIT',
      'RATE_LIMIT',
    ]);
  });

  it('honours Retry-After as the minimum backoff', async () => {
    server.setHandler(sequence([tooMany('1')], (res) => json(res, BOOKS)));
    await makeClient().orderBooks();
    const retry = events.find((e) => e.type === 'retry') as { delayMs: number };
    expect(retry.delayMs).toBeGreaterThanOrEqual(1000);
  });

  it('gives up with RateLimitError when Retry-After exceeds the time budget', async () => {
    server.setHandler((_r, res) => tooMany('120')(res));
    const err = await makeClient({ retry: { maxElapsedMs: 5_000, baseDelayMs: 1 } })
      .orderBooks()
      .catch((e: unknown) => e);
    expect(isRateLimitError(err) && err.retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after maxRetries with RateLimitError', async () => {
    server.setHandler((_r, res) => tooMany()(res));
    const err = await makeClient()
      .orderBooks()
      .catch((e: unknown) => e);
    expect(isRateLimitError(err) && err.source).toBe('venue');
    expect(server.requests).toHaveLength(4);
  });

  it('treats venue code 23000 on HTTP 400 as a rate limit', async () => {
    server.setHandler(
      sequence([(res) => json(res, { code: 23000, message: 'Too Many Requests!' }, 400)], (res) => json(res, BOOKS)),
    );
    await makeClient().orderBooks();
    expect(server.requests).toHaveLength(2);
  });

  it('never resends sendTx; a 429 is outcome rate-limited with the venue code and Retry-After kept', async () => {
    server.setHandler((_r, res) =>
      json(res, { code: 23000, message: 'Too Many Requests!' }, 429, { 'retry-after': '2' }),
    );
    const err = (await makeClient()
      .sendTx(SIGNED)
      .catch((e: unknown) => e)) as TxSendError;
    expect(isTxSendError(err)).toBe(true);
    expect(err.outcome).toBe('rate-limited');
    expect(err.venueCode).toBe(23000);
    expect(err.retryAfterMs).toBe(2000);
    expect(isRateLimitError(err.cause)).toBe(true);
    expect(err.txHashes).toEqual(['0xfeed']);
    expect(server.requests).toHaveLength(1);
  });

  it('never resends sendTxBatch', async () => {
    server.setHandler((_r, res) => tooMany()(res));
    const err = (await makeClient()
      .sendTxBatch({ txs: [SIGNED, { ...SIGNED, txHash: '0xbeef' }] })
      .catch((e: unknown) => e)) as TxSendError;
    expect(err.outcome).toBe('rate-limited');
    expect(err.txHashes).toEqual(['0xfeed', '0xbeef']);
    expect(server.requests).toHaveLength(1);
  });
});

describe('5xx', () => {
  it('retries GETs through transient 503s', async () => {
    server.setHandler(sequence([unavailable, unavailable], (res) => json(res, BOOKS)));
    await makeClient().orderBooks();
    expect(server.requests).toHaveLength(3);
  });

  it('surfaces LighterApiError with the status after the retry budget', async () => {
    server.setHandler((_r, res) => unavailable(res));
    const err = await makeClient()
      .orderBooks()
      .catch((e: unknown) => e);
    expect(isLighterApiError(err) && err.status).toBe(503);
    expect(server.requests).toHaveLength(4);
  });

  it('sendTx on a 5xx: outcome unknown, not resent', async () => {
    server.setHandler((_r, res) => json(res, { code: 29500, message: 'internal server error' }, 503));
    const err = (await makeClient()
      .sendTx(SIGNED)
      .catch((e: unknown) => e)) as TxSendError;
    expect(err.outcome).toBe('unknown');
    expect(err.venueCode).toBe(29500); // the 5xx body's code is kept
    expect(server.requests).toHaveLength(1);
  });

  it('sendTx venue rejection (4xx + code): outcome rejected with the venue code', async () => {
    server.setHandler((_r, res) => json(res, { code: 21104, message: 'invalid nonce' }, 400));
    const err = (await makeClient()
      .sendTx(SIGNED)
      .catch((e: unknown) => e)) as TxSendError;
    expect(err.outcome).toBe('rejected');
    expect(err.venueCode).toBe(21104);
  });

  it('4xx venue errors on GETs are not retried', async () => {
    server.setHandler((_r, res) => json(res, { code: 21100, message: 'account not found' }, 400));
    const err = await makeClient()
      .accountsByL1Address({ l1Address: `0x${'1'.repeat(40)}` })
      .catch((e: unknown) => e);
    expect(isLighterApiError(err) && err.venueCode).toBe(21100);
    expect(server.requests).toHaveLength(1);
  });
});

describe('slow and truncated bodies, malformed JSON', () => {
  it('headers timeout -> TimeoutError(headers), retried then surfaced', async () => {
    server.setHandler(() => {
      /* never answer */
    });
    const err = await makeClient({ headersTimeoutMs: 100, retry: { maxRetries: 1, baseDelayMs: 1 } })
      .orderBooks()
      .catch((e: unknown) => e);
    expect(isTimeoutError(err) && err.phase).toBe('headers');
    expect(server.requests).toHaveLength(2);
  });

  it('body timeout -> TimeoutError(body)', async () => {
    server.setHandler((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"code":200,');
    });
    const err = await makeClient({ bodyTimeoutMs: 100, retry: false })
      .orderBooks()
      .catch((e: unknown) => e);
    expect(isTimeoutError(err) && err.phase).toBe('body');
  });

  it('sendTx that times out after sending: outcome unknown', async () => {
    server.setHandler(() => {
      /* never answer */
    });
    const err = (await makeClient({ headersTimeoutMs: 100 })
      .sendTx(SIGNED)
      .catch((e: unknown) => e)) as TxSendError;
    expect(err.outcome).toBe('unknown');
    expect(isTimeoutError(err.cause)).toBe(true);
    // The request did leave: on a loaded machine the server may record it after the client's 100 ms timeout fired,
    // so wait for it (and so it cannot land in the next test's count).
    await vi.waitFor(() => expect(server.requests).toHaveLength(1), { timeout: 10_000 });
  });

  it('truncated body (connection cut mid-body) -> NetworkError, requestSent', async () => {
    server.setHandler((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"code":200,"order_books":[');
      setImmediate(() => res.socket?.destroy());
    });
    const err = await makeClient({ retry: { maxRetries: 1, baseDelayMs: 1 } })
      .orderBooks()
      .catch((e: unknown) => e);
    expect(isNetworkError(err) && err.requestSent).toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it('truncated sendTx response: outcome unknown', async () => {
    server.setHandler((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"code":200,"tx_hash":"0x');
      setImmediate(() => res.socket?.destroy());
    });
    const err = (await makeClient()
      .sendTx(SIGNED)
      .catch((e: unknown) => e)) as TxSendError;
    expect(err.outcome).toBe('unknown');
    expect(isNetworkError(err.cause)).toBe(true);
  });

  it('malformed JSON -> LighterHttpParseError, not retried', async () => {
    server.setHandler((_r, res) => json(res, '{"code":200,"order_books":[{'));
    const err = await makeClient()
      .orderBooks()
      .catch((e: unknown) => e);
    expect(isLighterHttpParseError(err)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('schema mismatch -> LighterHttpParseError with the path', async () => {
    server.setHandler((_r, res) => json(res, { code: 200, order_books: [{ symbol: 7, market_id: 0 }] }));
    const err = await makeClient()
      .orderBooks()
      .catch((e: unknown) => e);
    expect(isLighterHttpParseError(err) && err.path).toBe('order_books.0.symbol');
  });

  it("LighterHttpParseError is not models' LighterParseError: own name, the models error is its cause", async () => {
    server.setHandler((_r, res) => json(res, { code: 200, order_books: [{ symbol: 7, market_id: 0 }] }));
    const err = await makeClient()
      .orderBooks()
      .catch((e: unknown) => e);
    // Both carry code PARSE_ERROR; only the class name tells them apart, so models' guard must not
    // take the http error for its own (it has no `what`/`expected`/`issues`).
    expect((err as Error).name).toBe('LighterHttpParseError');
    expect(isLighterParseError(err)).toBe(false);
    expect(isLighterParseError((err as Error).cause)).toBe(true);
  });
});

describe('connection refused', () => {
  it('GET: NetworkError(ECONNREFUSED, requestSent=false) after retries', async () => {
    const dead = await startLoopback();
    const url = dead.url;
    await dead.close();
    const c = new LighterHttpClient({
      network: { baseUrl: url, chainId: 300 },
      retry: { maxRetries: 2, baseDelayMs: 1 },
      rateLimits: false,
    });
    try {
      const err = await c.orderBooks().catch((e: unknown) => e);
      expect(isNetworkError(err) && err.osCode).toBe('ECONNREFUSED');
      expect(isNetworkError(err) && err.requestSent).toBe(false);
      const tx = (await c.sendTx(SIGNED).catch((e: unknown) => e)) as TxSendError;
      expect(tx.outcome).toBe('rejected');
    } finally {
      await c.close();
    }
  });
});

describe('abort and close', () => {
  it('a caller AbortSignal rejects with AbortedError and is not retried', async () => {
    server.setHandler(() => {
      /* hold */
    });
    const ac = new AbortController();
    const p = makeClient()
      .orderBooks({}, { signal: ac.signal })
      .catch((e: unknown) => e);
    await until(() => server.requests.length === 1);
    ac.abort();
    const err = await p;
    expect(isAbortedError(err) && err.code).toBe('ABORTED');
    expect(server.requests).toHaveLength(1);
  });

  it('close() aborts pending calls with CLIENT_CLOSED, is idempotent, later calls reject', async () => {
    server.setHandler(() => {
      /* hold */
    });
    const c = makeClient();
    const p = c.orderBooks().catch((e: unknown) => e);
    await until(() => server.requests.length === 1);
    await Promise.all([c.close(), c.close()]);
    const err = await p;
    expect(isAbortedError(err) && err.code).toBe('CLIENT_CLOSED');
    const after = await c.orderBooks().catch((e: unknown) => e);
    expect(isAbortedError(after) && after.code).toBe('CLIENT_CLOSED');
    expect(c.closed).toBe(true);
  });

  it('close() cancels a pending backoff wait', async () => {
    server.setHandler((_r, res) => tooMany('30')(res));
    const c = makeClient({ retry: { maxRetries: 3, baseDelayMs: 1, maxElapsedMs: 120_000 } });
    const p = c.orderBooks().catch((e: unknown) => e);
    await until(() => events.some((e) => e.type === 'retry'));
    await c.close();
    const err = await p;
    expect(isAbortedError(err) && err.code).toBe('CLIENT_CLOSED');
  });
});
