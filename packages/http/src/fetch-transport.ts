/**
 * The fetch transport: the default in browsers, Deno, Bun and any runtime without undici. Same
 * {@link HttpTransport} contract as the undici transport, so retries, rate limits and error mapping
 * above it are identical. fetch cannot time the connect phase apart from the wait for headers, so
 * the `headers` timeout covers both; the `body` timeout bounds reading the whole body.
 */
import { AbortedError, LighterInputError, NetworkError, TimeoutError } from './errors.js';
import {
  DEFAULT_TIMEOUTS,
  encodeRequest,
  type HttpTransport,
  mapTransportError,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';

/** The subset of the WHATWG `fetch` signature the transport uses (inject one for tests or polyfills). */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Options of {@link createFetchTransport}. */
export interface FetchTransportOptions {
  /** Base URL, e.g. 'https://mainnet.zklighter.elliot.ai' or the simulator's `httpUrl`. */
  readonly baseUrl: string;
  /** Time from sending to the response headers, connect included (default 15 000 ms). */
  readonly headersTimeoutMs?: number;
  /** Time to read the whole body after the headers (default 15 000 ms). */
  readonly bodyTimeoutMs?: number;
  /** Extra headers sent on every request (never put secrets here; use the auth provider). */
  readonly headers?: Readonly<Record<string, string>>;
  /** fetch implementation; defaults to the global `fetch`. */
  readonly fetch?: FetchFunction;
}

type Phase = 'headers' | 'body';

function headersRecord(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  // Headers iterates with lower-case names, matching what undici hands the routes.
  h.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/**
 * Create a transport on the WHATWG fetch API for one origin.
 * @example const transport = createFetchTransport({ baseUrl: sim.httpUrl });
 *          await orderBooks({ transport }, {});
 * @throws {LighterInputError} when no fetch is available (field `fetch`) or `baseUrl` is not a URL;
 *         request() throws TimeoutError | NetworkError | AbortedError
 */
export function createFetchTransport(options: FetchTransportOptions): HttpTransport {
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch (e) {
    throw new LighterInputError({
      route: 'createFetchTransport',
      field: 'baseUrl',
      detail: `expected an absolute URL, received ${JSON.stringify(options.baseUrl)}`,
      cause: e,
    });
  }
  const doFetch = options.fetch ?? (typeof fetch === 'function' ? fetch.bind(globalThis) : undefined);
  if (!doFetch)
    throw new LighterInputError({
      route: 'createFetchTransport',
      field: 'fetch',
      detail: 'no global fetch in this runtime, received undefined: pass options.fetch',
    });
  const origin = base.origin;
  const basePath = base.pathname.replace(/\/+$/, '');
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_TIMEOUTS.headersMs;
  const bodyTimeout = options.bodyTimeoutMs ?? DEFAULT_TIMEOUTS.bodyMs;
  // user-agent is left to the runtime: browsers refuse to let a page set it.
  const defaultHeaders = { accept: 'application/json', ...(options.headers ?? {}) };
  // close() aborts what is in flight, as closing the undici pool does.
  const closer = new AbortController();

  return {
    origin,
    async request(req: TransportRequest): Promise<TransportResponse> {
      if (closer.signal.aborted)
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

      const ac = new AbortController();
      let timedOut: Phase | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = (phase: Phase, ms: number): void => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = phase;
          ac.abort();
        }, ms);
      };
      const onAbort = (): void => ac.abort();
      req.signal?.addEventListener('abort', onAbort, { once: true });
      closer.signal.addEventListener('abort', onAbort, { once: true });
      const fail = (e: unknown): never => {
        if (req.signal?.aborted) throw new AbortedError({ route: req.route, cause: req.signal.reason ?? e });
        if (timedOut) throw new TimeoutError({ route: req.route, phase: timedOut, cause: e });
        if (closer.signal.aborted)
          throw new NetworkError({
            route: req.route,
            requestSent: true,
            osCode: 'UND_ERR_DESTROYED',
            message: 'transport closed',
            cause: e,
          });
        throw mapTransportError(req.route, e, req.signal);
      };
      try {
        arm('headers', headersTimeout);
        let res: Response;
        try {
          res = await doFetch(`${origin}${path}`, {
            method: req.method,
            headers,
            body,
            signal: ac.signal,
            redirect: 'manual',
          });
        } catch (e) {
          return fail(e);
        }
        arm('body', bodyTimeout);
        try {
          const text = await res.text();
          return { status: res.status, headers: headersRecord(res.headers), body: text };
        } catch (e) {
          return fail(e);
        }
      } finally {
        if (timer !== undefined) clearTimeout(timer);
        req.signal?.removeEventListener('abort', onAbort);
        closer.signal.removeEventListener('abort', onAbort);
      }
    },
    close(): Promise<void> {
      closer.abort();
      return Promise.resolve();
    },
  };
}
