/**
 * The route engine: validate params (before any I/O) → rate-limit → auth → transport (with
 * retries for idempotent GETs only) → envelope check → schema parse. Each file in `routes/`
 * declares a {@link RouteSpec} and a one-line function over {@link callRoute}.
 */
import { type Network, type NetworkBinding, assertSameNetwork, describeIssue } from '@lighter-ts/models';
import * as z from 'zod/mini';
import type { AuthTokenProvider } from './auth.js';
import { interpretResponse, isRetryable, parseResponse, txOutcome } from './classify-response.js';
import { AbortedError, LighterInputError, type RateLimitError, TxSendError, type TxOutcome } from './errors.js';
import { isLighterHttpError } from './error-guards.js';
import type { HttpEventListener } from './events.js';
import { abortableSleep, type RateLimitRegistry } from './rate-limit.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import type { HttpTransport } from './transport.js';

// Response classification moved to classify-response.ts; re-exported for the bench and custom transports.
export { interpretResponse } from './classify-response.js';

/** Everything a route needs; only `transport` is required (routes are usable alone). */
export interface RouteContext {
  /** Sends the HTTP exchanges (createUndiciTransport, createFetchTransport or a custom one). */
  readonly transport: HttpTransport;
  /** Backoff for idempotent reads; default DEFAULT_RETRY_POLICY. Tx routes are never retried. */
  readonly retry?: RetryPolicy | undefined;
  /** Client-side buckets that wait (visibly) before the venue would refuse; absent = no local limiting. */
  readonly rateLimits?: RateLimitRegistry | undefined;
  /** Rate-limit bucket account key (e.g. the account index or L1 address). */
  readonly rateLimitAccount?: string | undefined;
  /** Supplies auth tokens for `optional` / `required` routes (sent as the `authorization` header, never logged). */
  readonly auth?: AuthTokenProvider | undefined;
  /** The network this context sends to; signed txs and the auth provider must belong to it. */
  readonly network?: Network | undefined;
  /** Listener for requests, responses, retries and rate-limit waits (never carries secrets). */
  readonly onEvent?: HttpEventListener | undefined;
  /** Aborted when the owning client closes. */
  readonly closeSignal?: AbortSignal | undefined;
  /** Most txs per sendTxBatch, 1..50; default 15 (docs/protocol/transactions.md#batches). */
  readonly maxTxBatchSize?: number | undefined;
}

/** Per-call options. */
export interface CallOptions {
  /** Aborts this call (with the client's close signal, whichever fires first). */
  readonly signal?: AbortSignal;
  /** Use this auth token instead of the context's provider (never logged). */
  readonly authToken?: string;
}

/** Declarative description of one endpoint. */
export interface RouteSpec<P extends z.core.$ZodType, R extends z.core.$ZodType> {
  /** camelCase endpoint name, e.g. 'orderBooks'. */
  readonly name: string;
  /** HTTP method of the endpoint. */
  readonly method: 'GET' | 'POST';
  /** Path under the REST base URL, e.g. `/api/v1/orderBooks`. */
  readonly path: string;
  /** Weight against the REST budget (docs/protocol/errors-and-limits.md#rate-limits). */
  readonly weight: number;
  /** `none`, `optional` (sent when configured) or `required` (refused before I/O without a token). */
  readonly auth: 'none' | 'optional' | 'required';
  /** 'tx' routes are single-shot and draw from the sendTx bucket. */
  readonly kind: 'read' | 'write' | 'tx';
  /** Schema of the camelCase parameters, checked before any I/O. */
  readonly params: P;
  /** Body encoding for POST routes (default form). */
  readonly body?: 'form' | 'json';
  /** Wire encoding of the validated params (default: camelCase → snake_case query/form). */
  readonly encode?: (p: z.output<P>) => Record<string, string | undefined>;
  /** Schema of the JSON answer (from @lighter-ts/models, or local for routes models does not cover). */
  readonly response: R;
  /**
   * Optional hand-written validator for hot paths: returns the parsed value for the common
   * well-formed case, or undefined to fall back to `response` (which then coerces or reports).
   */
  readonly fastParse?: (json: unknown) => z.output<R> | undefined;
  /** Tx routes: the sending account, used as the tx-bucket key when the context names none. */
  readonly accountOf?: (p: z.output<P>) => string | undefined;
  /** Tx routes: hashes known before sending (from the signer), reported on TxSendError. */
  readonly txHashes?: (p: z.output<P>) => readonly string[];
  /** Tx routes: the network each signed tx was made for, checked against the context's network. */
  readonly boundTo?: (p: z.output<P>) => readonly NetworkBinding[];
}

/**
 * Identity helper giving a RouteSpec literal its types.
 * @example export const orderBooksRoute = defineRoute({ name: 'orderBooks', ... })
 * @throws never
 */
export function defineRoute<P extends z.core.$ZodType, R extends z.core.$ZodType>(
  spec: RouteSpec<P, R>,
): RouteSpec<P, R> {
  return spec;
}

const snake = (k: string): string => k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

function wireValue(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map((x) => String(x)).join(',');
  return String(v);
}

/**
 * Default param encoding: camelCase keys to the venue's snake_case, values to strings.
 * @example encodeParams({ marketId: 0, sortBy: 'timestamp' }) // { market_id: '0', sort_by: 'timestamp' }
 * @throws never
 */
export function encodeParams(p: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) {
    const s = wireValue(v);
    if (s !== undefined) out[snake(k)] = s;
  }
  return out;
}

function clean(rec: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rec)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Validate params against a route's schema; throws before any I/O.
 * @example validateParams(orderBookOrdersRoute, { marketId: 0, limit: 10 })
 * @throws {LighterInputError} naming the first offending field
 */
export function validateParams<P extends z.core.$ZodType, R extends z.core.$ZodType>(
  route: RouteSpec<P, R>,
  params: unknown,
): z.output<P> {
  const r = z.safeParse(route.params, params ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '<params>';
  const detail = issue === undefined ? 'invalid' : describeIssue(issue, params ?? {});
  throw new LighterInputError({ route: route.name, field, detail, cause: r.error });
}

/**
 * Run one route call end to end.
 * @example const books = await callRoute(ctx, orderBooksRoute, { marketId: 0 });
 * @throws {LighterInputError} invalid params (before I/O)
 * @throws {LighterApiError | RateLimitError | TimeoutError | NetworkError | LighterHttpParseError | AbortedError} read routes
 * @throws {TxSendError} tx routes, with `outcome`
 * @throws {NetworkMismatchError} (models) a signed tx or the auth provider belongs to another network (before I/O)
 */
export async function callRoute<P extends z.core.$ZodType, R extends z.core.$ZodType>(
  ctx: RouteContext,
  route: RouteSpec<P, R>,
  params: z.input<P>,
  options: CallOptions = {},
): Promise<z.output<R>> {
  const valid = validateParams(route, params);
  if (route.auth === 'required' && !ctx.auth && options.authToken === undefined) {
    throw new LighterInputError({
      route: route.name,
      field: 'auth',
      detail: 'this route needs an auth token: configure an auth provider or pass { authToken }',
    });
  }
  if (ctx.network && route.boundTo) {
    // The two testnets share chain id 300, so a tx is checked by network id, not only by chain id.
    for (const item of route.boundTo(valid)) assertSameNetwork({ network: ctx.network, item, kind: 'signed tx' });
  }
  const wire = clean(route.encode ? route.encode(valid) : encodeParams(valid as Record<string, unknown>));
  const signals = [options.signal, ctx.closeSignal].filter((s): s is AbortSignal => s !== undefined);
  const signal = signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  const closed = () => ctx.closeSignal?.aborted === true;
  const emit = ctx.onEvent;
  if (route.kind === 'tx') {
    const account = ctx.rateLimitAccount ?? route.accountOf?.(valid);
    return sendOnce(
      { ...ctx, rateLimitAccount: account },
      route,
      wire,
      signal,
      options,
      closed,
      route.txHashes?.(valid) ?? [],
    );
  }

  const policy =
    route.kind === 'read'
      ? (ctx.retry ?? DEFAULT_RETRY_POLICY)
      : { ...(ctx.retry ?? DEFAULT_RETRY_POLICY), maxRetries: 0 };
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      if (signal?.aborted) throw new AbortedError({ route: route.name, closed: closed(), cause: signal.reason });
      await ctx.rateLimits?.acquire({
        kind: 'rest',
        origin: ctx.transport.origin,
        account: ctx.rateLimitAccount,
        cost: route.weight,
        route: route.name,
        signal,
        listener: emit,
      });
      const headers = await authHeaders(ctx, route, options, signal);
      emit?.({ type: 'request', route: route.name, method: route.method, attempt });
      const res = await ctx.transport.request({
        route: route.name,
        method: route.method,
        path: route.path,
        query: route.method === 'GET' ? wire : undefined,
        form: route.method === 'POST' && route.body !== 'json' ? wire : undefined,
        json: route.method === 'POST' && route.body === 'json' ? wire : undefined,
        headers,
        signal,
      });
      emit?.({ type: 'response', route: route.name, status: res.status, attempt });
      const json = interpretResponse(route.name, res);
      return parseResponse(route.name, route.response, json, res.body, route.fastParse);
    } catch (e) {
      if (!isLighterHttpError(e)) throw e;
      if (e.name === 'AbortedError' && closed()) throw new AbortedError({ route: route.name, closed: true, cause: e });
      const retryAfter = e.name === 'RateLimitError' ? (e as RateLimitError).retryAfterMs : undefined;
      const next = attempt + 1;
      if (!isRetryable(e) || next > policy.maxRetries) throw e;
      const delay = backoffDelay(policy, next, retryAfter);
      if (Date.now() - started + delay > policy.maxElapsedMs) throw e;
      emit?.({ type: 'retry', route: route.name, attempt: next, delayMs: delay, reason: e.code });
      await abortableSleep(delay, signal, route.name).catch((abortErr: unknown) => {
        throw closed() ? new AbortedError({ route: route.name, closed: true, cause: abortErr }) : abortErr;
      });
    }
  }
}

async function authHeaders(
  ctx: RouteContext,
  route: RouteSpec<z.core.$ZodType, z.core.$ZodType>,
  options: CallOptions,
  signal: AbortSignal | undefined,
): Promise<Record<string, string> | undefined> {
  if (route.auth === 'none') return undefined;
  if (options.authToken !== undefined) return { authorization: options.authToken };
  // 'required' without a provider was rejected before any I/O in callRoute.
  if (!ctx.auth) return undefined;
  if (ctx.network) assertSameNetwork({ network: ctx.network, item: ctx.auth, kind: 'auth token' });
  // Header auth (docs/protocol/rest.md#authentication); it also moves the REST limit from IP to L1 address.
  return { authorization: await ctx.auth.getToken(signal) };
}

async function sendOnce<P extends z.core.$ZodType, R extends z.core.$ZodType>(
  ctx: RouteContext,
  route: RouteSpec<P, R>,
  wire: Record<string, string>,
  signal: AbortSignal | undefined,
  options: CallOptions,
  closed: () => boolean,
  txHashes: readonly string[],
): Promise<z.output<R>> {
  let sent = false;
  try {
    if (signal?.aborted) throw new AbortedError({ route: route.name, closed: closed(), cause: signal.reason });
    // REST and WS tx submissions share one bucket per account (docs/protocol/errors-and-limits.md#rate-limits).
    await ctx.rateLimits?.acquire({
      kind: 'tx',
      origin: ctx.transport.origin,
      account: ctx.rateLimitAccount,
      cost: 1,
      route: route.name,
      signal,
      listener: ctx.onEvent,
    });
    const headers = await authHeaders(ctx, route, options, signal);
    ctx.onEvent?.({ type: 'request', route: route.name, method: route.method, attempt: 0 });
    sent = true;
    const res = await ctx.transport.request({
      route: route.name,
      method: 'POST',
      path: route.path,
      form: wire,
      headers,
      signal,
    });
    ctx.onEvent?.({ type: 'response', route: route.name, status: res.status, attempt: 0 });
    const json = interpretResponse(route.name, res);
    return parseResponse(route.name, route.response, json, res.body, route.fastParse);
  } catch (e) {
    if (!isLighterHttpError(e)) throw e;
    // The one place a send failure is classified (docs/protocol/client-behaviour.md): callers switch on `outcome`.
    const outcome: TxOutcome =
      e.name === 'RateLimitError'
        ? 'rate-limited'
        : !sent
          ? 'rejected'
          : e.name === 'AbortedError'
            ? 'unknown'
            : txOutcome(e);
    const venueCode = (e as { venueCode?: number }).venueCode;
    const retryAfterMs = e.name === 'RateLimitError' ? (e as RateLimitError).retryAfterMs : undefined;
    throw new TxSendError({ route: route.name, outcome, venueCode, retryAfterMs, txHashes, cause: e });
  }
}
