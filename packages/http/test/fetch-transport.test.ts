// The fetch transport on its own (the rest of the suite runs on it in the `fetch` vitest project):
// base path and form encoding, an injected fetch, close(), and the browser build's default-transport
// module (what `createDefaultTransport` and `createUndiciTransport` do outside Node).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFetchTransport,
  DEFAULT_TRANSPORT_KIND,
  type FetchFunction,
  isLighterInputError,
  isNetworkError,
  orderBooks,
} from '../src/index.js';
import * as browserBuild from '../src/runtime-transport.browser.js';
import { fixtureText, json, type Loopback, startLoopback } from './helpers/loopback.js';

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback((_r, res) => json(res, fixtureText('nt_order_books.json')));
});
afterAll(async () => {
  await server.close();
});

describe('fetch transport', () => {
  it('the vitest project really runs on the transport it is named after', () => {
    expect(DEFAULT_TRANSPORT_KIND).toBe(process.env.LIGHTER_TEST_TRANSPORT);
  });

  it('honours a base path, sends form bodies url-encoded and returns lower-case headers', async () => {
    const t = createFetchTransport({ baseUrl: `${server.url}/prefix/`, headers: { 'x-extra': '1' } });
    const res = await t.request({
      route: 'x',
      method: 'POST',
      path: '/api/v1/sendTx',
      query: { a: '1' },
      form: { tx_type: '14', tx_info: '{"a":"b c"}' },
    });
    const req = server.requests.at(-1)!;
    expect(req.path).toBe('/prefix/api/v1/sendTx');
    expect(req.query).toEqual({ a: '1' });
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.headers['x-extra']).toBe('1');
    expect(req.form).toEqual({ tx_type: '14', tx_info: '{"a":"b c"}' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    await t.close();
  });

  it('sends through an injected fetch', async () => {
    const seen: string[] = [];
    const inner: FetchFunction = (input, init) => {
      seen.push(`${init.method} ${input}`);
      return fetch(input, init);
    };
    const t = createFetchTransport({ baseUrl: server.url, fetch: inner });
    const books = await orderBooks({ transport: t });
    expect(books.order_books.length).toBeGreaterThan(0);
    expect(seen).toEqual([`GET ${server.url}/api/v1/orderBooks`]);
  });

  it('after close() a request fails before sending; close() is idempotent', async () => {
    const t = createFetchTransport({ baseUrl: server.url });
    await t.close();
    await t.close();
    const err = await t.request({ route: 'x', method: 'GET', path: '/' }).catch((e: unknown) => e);
    expect(isNetworkError(err) && err.requestSent).toBe(false);
  });

  it('rejects a base URL that is not absolute, naming the field', () => {
    const err = (() => {
      try {
        createFetchTransport({ baseUrl: 'not a url' });
      } catch (e) {
        return e;
      }
    })();
    expect(isLighterInputError(err) && err.field).toBe('baseUrl');
  });
});

describe('browser build default transport', () => {
  it('is fetch, and refuses a proxy naming proxyUrl', async () => {
    expect(browserBuild.DEFAULT_TRANSPORT_KIND).toBe('fetch');
    const t = browserBuild.createDefaultTransport({ baseUrl: server.url, headersTimeoutMs: 5_000 });
    expect((await t.request({ route: 'x', method: 'GET', path: '/api/v1/orderBooks' })).status).toBe(200);
    expect(server.requests.at(-1)!.headers['user-agent']).not.toBe('lighter-ts-http');
    await t.close();
    expect(() => browserBuild.createDefaultTransport({ baseUrl: server.url, proxyUrl: 'http://127.0.0.1:1' })).toThrow(
      /proxyUrl/,
    );
  });

  it('createUndiciTransport throws a typed error pointing at createFetchTransport', () => {
    expect(() => browserBuild.createUndiciTransport({ baseUrl: server.url })).toThrow(/createFetchTransport/);
  });
});
