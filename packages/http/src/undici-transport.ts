/**
 * The undici transport, the default under Node: one keep-alive Pool per origin (or a ProxyAgent when
 * a proxy is configured), separate connect/headers/body timeouts, AbortSignal on every request.
 * The only module that imports undici; the `browser`/`deno`/`bun`/default builds never load it
 * (see `runtime-transport.browser.ts`).
 */
import { type Dispatcher, Pool, ProxyAgent } from 'undici';
import { AbortedError, NetworkError } from './errors.js';
import {
  DEFAULT_TIMEOUTS,
  encodeRequest,
  type HttpTransport,
  mapTransportError,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';

/** Options of {@link createUndiciTransport}. */
export interface UndiciTransportOptions {
  /** Base URL, e.g. 'https://mainnet.zklighter.elliot.ai' or the simulator's `httpUrl`. */
  readonly baseUrl: string;
  /** TCP/TLS connect timeout (default 10 000 ms). */
  readonly connectTimeoutMs?: number;
  /** Time to first response headers (default 15 000 ms). */
  readonly headersTimeoutMs?: number;
  /** Max idle time between body chunks (default 15 000 ms). */
  readonly bodyTimeoutMs?: number;
  /** Keep-alive idle socket lifetime (default 30 000 ms). */
  readonly keepAliveTimeoutMs?: number;
  /** Max sockets to the origin (default 16). */
  readonly connections?: number;
  /** Optional HTTP(S) proxy URL; uses undici ProxyAgent. */
  readonly proxyUrl?: string;
  /** Extra headers sent on every request (never put secrets here; use the auth provider). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Create the undici transport (the default under Node) for one origin.
 * @example const transport = createUndiciTransport({ baseUrl: sim.httpUrl });
 *          await orderBooks({ transport }, {});
 * @throws {LighterInputError} never at construction; request() throws TimeoutError | NetworkError | AbortedError
 */
export function createUndiciTransport(options: UndiciTransportOptions): HttpTransport {
  const base = new URL(options.baseUrl);
  const origin = base.origin;
  const basePath = base.pathname.replace(/\/+$/, '');
  const connectTimeout = options.connectTimeoutMs ?? DEFAULT_TIMEOUTS.connectMs;
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_TIMEOUTS.headersMs;
  const bodyTimeout = options.bodyTimeoutMs ?? DEFAULT_TIMEOUTS.bodyMs;
  const keepAliveTimeout = options.keepAliveTimeoutMs ?? DEFAULT_TIMEOUTS.keepAliveMs;
  // Construction is inert: the dispatcher opens no socket until the first request.
  let dispatcher: Dispatcher | undefined;
  let closing: Promise<void> | undefined;
  const getDispatcher = (): Dispatcher => {
    if (dispatcher) return dispatcher;
    dispatcher = options.proxyUrl
      ? new ProxyAgent({ uri: options.proxyUrl, connectTimeout, keepAliveTimeout, headersTimeout, bodyTimeout })
      : new Pool(origin, {
          connect: { timeout: connectTimeout },
          keepAliveTimeout,
          headersTimeout,
          bodyTimeout,
          connections: options.connections ?? 16,
        });
    return dispatcher;
  };
  const defaultHeaders = { 'user-agent': 'lighter-ts-http', accept: 'application/json', ...(options.headers ?? {}) };

  return {
    origin,
    async request(req: TransportRequest): Promise<TransportResponse> {
      if (closing)
        throw new NetworkError({
          route: req.route,
          requestSent: false,
          osCode: 'UND_ERR_CLOSED',
          message: 'transport closed',
        });
      if (req.signal?.aborted) throw new AbortedError({ route: req.route, cause: req.signal.reason });
      const { path, body, contentType } = encodeRequest(basePath, req);
      const headers: Record<string, string> = { ...defaultHeaders, ...(req.headers ?? {}) };
      if (contentType) headers['content-type'] = contentType;
      let res: Dispatcher.ResponseData;
      try {
        res = await getDispatcher().request({
          origin,
          path,
          method: req.method,
          headers,
          body,
          signal: req.signal,
          headersTimeout,
          bodyTimeout,
        });
      } catch (e) {
        throw mapTransportError(req.route, e, req.signal);
      }
      try {
        const text = await res.body.text();
        return { status: res.statusCode, headers: res.headers, body: text };
      } catch (e) {
        // Body failures happen after the venue saw the request.
        const mapped = mapTransportError(req.route, e, req.signal);
        res.body.destroy();
        throw mapped;
      }
    },
    close(): Promise<void> {
      if (!closing) {
        const d = dispatcher;
        closing = d ? d.close().catch(() => d.destroy()) : Promise.resolve();
      }
      return closing;
    },
  };
}
