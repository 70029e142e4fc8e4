/**
 * Transport: the small interface every route sends through, plus the error mapping both built-in
 * implementations share. Nothing here imports undici, so the fetch transport (browsers, Deno, Bun)
 * can use it without pulling Node built-ins into a bundle. Routes depend only on {@link HttpTransport},
 * so a test or a caller can inject its own (STYLE.md, hyperliquid `transport/_base.ts` model).
 */
import { AbortedError, type LighterHttpError, NetworkError, TimeoutError } from './errors.js';

/** One HTTP exchange as the routes describe it. */
export interface TransportRequest {
  /** Route name for error messages (e.g. 'orderBooks'). */
  readonly route: string;
  /** HTTP method. */
  readonly method: 'GET' | 'POST';
  /** Path beginning with '/', e.g. '/api/v1/orderBooks'. */
  readonly path: string;
  /** Query parameters for GET routes, already snake_case strings. */
  readonly query?: Readonly<Record<string, string>> | undefined;
  /** Form fields for POST routes (sent as application/x-www-form-urlencoded, docs/protocol/rest.md#conventions). */
  readonly form?: Readonly<Record<string, string>> | undefined;
  /** JSON body for the few JSON POST routes. */
  readonly json?: unknown;
  /** Extra request headers (the auth token travels here as `authorization`; never logged). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Aborts the exchange; the transport then throws AbortedError. */
  readonly signal?: AbortSignal | undefined;
}

/** Raw response: the body is read fully as text before the transport returns. Header names are lower case. */
export interface TransportResponse {
  /** HTTP status code. */
  readonly status: number;
  /** Response headers, names in lower case (`retry-after` feeds RateLimitError.retryAfterMs). */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Body text, read in full. */
  readonly body: string;
}

/** What a route needs from the network. Errors thrown are LighterHttpError subclasses. */
export interface HttpTransport {
  /** Origin of the base URL; part of the rate-limit bucket key. */
  readonly origin: string;
  /** Sends one request and resolves with status, headers and body text. @throws TimeoutError | NetworkError | AbortedError */
  request(req: TransportRequest): Promise<TransportResponse>;
  /** Release sockets. Idempotent. */
  close(): Promise<void>;
}

/** Default transport timeouts, exported so callers can reason about them. */
export const DEFAULT_TIMEOUTS = {
  /** TCP/TLS connect, ms. */
  connectMs: 10_000,
  /** From sending the request to the response headers, ms. */
  headersMs: 15_000,
  /** Between body chunks, ms. */
  bodyMs: 15_000,
  /** How long an idle pooled connection is kept for reuse, ms (undici transport). */
  keepAliveMs: 30_000,
} as const;

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);

function errCode(e: unknown): string | undefined {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
}

/**
 * Map an undici / socket error to our family. `requestSent` is false only when the failure
 * happened before a byte could reach the venue (connect refused / DNS / connect timeout).
 */
export function mapTransportError(route: string, e: unknown, signal?: AbortSignal): LighterHttpError {
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

/** Encode a form body (docs/protocol/rest.md#conventions: POST routes take x-www-form-urlencoded fields). */
export function encodeForm(form: Readonly<Record<string, string>>): string {
  return new URLSearchParams(form as Record<string, string>).toString();
}

/** Build the request path (base path + route path + query) and body with its content type. */
export function encodeRequest(
  basePath: string,
  req: TransportRequest,
): { path: string; body: string | undefined; contentType: string | undefined } {
  const qs = req.query ? new URLSearchParams(req.query as Record<string, string>).toString() : '';
  const path = `${basePath}${req.path}${qs ? `?${qs}` : ''}`;
  if (req.form) return { path, body: encodeForm(req.form), contentType: 'application/x-www-form-urlencoded' };
  if (req.json !== undefined) return { path, body: JSON.stringify(req.json), contentType: 'application/json' };
  return { path, body: undefined, contentType: undefined };
}
