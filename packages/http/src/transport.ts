/**
 * Transport: the only place that touches undici. One keep-alive Pool per origin (or a ProxyAgent
 * when a proxy is configured), connect/headers/body timeouts, AbortSignal on every request.
 * Routes depend only on the small {@link HttpTransport} interface, so a test or a caller can inject
 * its own (STYLE.md, hyperliquid `transport/_base.ts` model).
 */
import { type Dispatcher, Pool, ProxyAgent } from 'undici';
import { AbortedError, type LighterError, NetworkError, TimeoutError } from './errors.js';

/** One HTTP exchange as the routes describe it. */
export interface TransportRequest {
  /** Route name for error messages (e.g. 'orderBooks'). */
  readonly route: string;
  readonly method: 'GET' | 'POST';
  /** Path beginning with '/', e.g. '/api/v1/orderBooks'. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>> | undefined;
  /** Form fields for POST routes (sent as application/x-www-form-urlencoded, docs/protocol/rest.md#conventions). */
  readonly form?: Readonly<Record<string, string>> | undefined;
  /** JSON body for the few JSON POST routes. */
  readonly json?: unknown;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Raw response: the body is read fully as text before the transport returns. */
export interface TransportResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** What a route needs from the network. Errors thrown are LighterError subclasses. */
export interface HttpTransport {
  /** Origin of the base URL; part of the rate-limit bucket key. */
  readonly origin: string;
  request(req: TransportRequest): Promise<TransportResponse>;
  /** Release sockets. Idempotent. */
  close(): Promise<void>;
}

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

/** Default transport timeouts, exported so callers can reason about them. */
export const DEFAULT_TIMEOUTS = { connectMs: 10_000, headersMs: 15_000, bodyMs: 15_000, keepAliveMs: 30_000 } as const;

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

function errCode(e: unknown): string | undefined {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
}

/**
 * Map an undici / socket error to our family. `requestSent` is false only when the failure
 * happened before a byte could reach the venue (connect refused / DNS / connect timeout).
 */
export function mapTransportError(route: string, e: unknown, signal?: AbortSignal): LighterError {
  if (signal?.aborted) return new AbortedError({ route, cause: signal.reason ?? e });
  const code = errCode(e);
  const nested = errCode((e as { cause?: unknown } | null)?.cause);
  const name = (e as { name?: unknown } | null)?.name;
  if (code === 'UND_ERR_ABORTED' || name === 'AbortError') return new AbortedError({ route, cause: e });
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new TimeoutError({ route, phase: 'connect', cause: e });
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return new TimeoutError({ route, phase: 'headers', cause: e });
  if (code === 'UND_ERR_BODY_TIMEOUT') return new TimeoutError({ route, phase: 'body', cause: e });
  const os = NOT_SENT_CODES.has(code ?? '') ? code : NOT_SENT_CODES.has(nested ?? '') ? nested : undefined;
  if (os) return new NetworkError({ route, requestSent: false, osCode: os, message: 'connection failed', cause: e });
  if (code === 'UND_ERR_CLOSED' || code === 'UND_ERR_DESTROYED') {
    return new NetworkError({ route, requestSent: false, osCode: code, message: 'transport closed', cause: e });
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new NetworkError({ route, requestSent: true, osCode: code ?? nested, message: msg, cause: e });
}

function encodeForm(form: Readonly<Record<string, string>>): string {
  return new URLSearchParams(form as Record<string, string>).toString();
}

/**
 * Create the default undici transport for one origin.
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
      : new Pool(origin, { connect: { timeout: connectTimeout }, keepAliveTimeout, headersTimeout, bodyTimeout, connections: options.connections ?? 16 });
    return dispatcher;
  };
  const defaultHeaders = { 'user-agent': 'lighter-ts-http', accept: 'application/json', ...(options.headers ?? {}) };

  return {
    origin,
    async request(req: TransportRequest): Promise<TransportResponse> {
      if (closing) throw new NetworkError({ route: req.route, requestSent: false, osCode: 'UND_ERR_CLOSED', message: 'transport closed' });
      if (req.signal?.aborted) throw new AbortedError({ route: req.route, cause: req.signal.reason });
      const qs = req.query ? new URLSearchParams(req.query as Record<string, string>).toString() : '';
      const path = `${basePath}${req.path}${qs ? `?${qs}` : ''}`;
      const headers: Record<string, string> = { ...defaultHeaders, ...(req.headers ?? {}) };
      let body: string | undefined;
      if (req.form) {
        body = encodeForm(req.form);
        headers['content-type'] = 'application/x-www-form-urlencoded';
      } else if (req.json !== undefined) {
        body = JSON.stringify(req.json);
        headers['content-type'] = 'application/json';
      }
      let res: Dispatcher.ResponseData;
      try {
        res = await getDispatcher().request({ origin, path, method: req.method, headers, body, signal: req.signal, headersTimeout, bodyTimeout });
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
