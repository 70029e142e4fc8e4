/**
 * The options of `LighterHttpClient` and how they become a route context: network resolution, the transport
 * (default or injected), the retry policy and the rate-limit registry. One job: turn options into the shared
 * context the facade's route methods run on; client.ts only wires methods to routes.
 */
import { assertSameNetwork, MAX_TX_BATCH_SIZE } from '@lighter-ts/models';
import type { AuthTokenProvider } from './auth.js';
import { LighterInputError } from './errors.js';
import { type HttpEventListener, safeListener } from './events.js';
import { type LighterNetwork, type ResolvedNetwork, resolveHttpNetwork } from './network.js';
import { createRateLimitRegistry, type RateLimitOptions, type RateLimitRegistry } from './rate-limit.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import type { RouteContext } from './route.js';
import { createDefaultTransport } from './runtime-transport.js';
import type { HttpTransport } from './transport.js';

/** Options of {@link LighterHttpClient}. */
export interface LighterHttpClientOptions {
  /**
   * `'lighter-mainnet'`, `'lighter-testnet'`, `'robinhood-mainnet'`, `'robinhood-testnet'` (or the aliases
   * `'mainnet'` / `'testnet'`), or a `Network` from models' `customNetwork({ httpUrl, wsUrl, chainId })`.
   * Signed txs and auth tokens made for another network are refused before any I/O.
   */
  readonly network: LighterNetwork;
  /** Inject a transport (tests, custom stacks). When given, timeouts/proxy below are ignored and close() does not close it. */
  readonly transport?: HttpTransport;
  /** TCP/TLS connect timeout, ms (default 10 000); ignored with an injected `transport`. */
  readonly connectTimeoutMs?: number;
  /** Wait for the response headers, ms (default 15 000); ignored with an injected `transport`. */
  readonly headersTimeoutMs?: number;
  /** Wait between body chunks, ms (default 15 000); ignored with an injected `transport`. */
  readonly bodyTimeoutMs?: number;
  /** Optional HTTP(S) proxy (undici ProxyAgent; Node build only, the fetch build rejects it). */
  readonly proxyUrl?: string;
  /** Retry policy for idempotent GETs; `false` disables retries. sendTx is never retried. */
  readonly retry?: Partial<RetryPolicy> | false;
  /** Shared registry, options for a private one, or `false` to disable client-side limiting. */
  readonly rateLimits?: RateLimitRegistry | RateLimitOptions | false;
  /** Account key for the rate-limit buckets (account index or L1 address). */
  readonly rateLimitAccount?: string | number;
  /** Auth-token provider for private routes (`createAuthTokenProvider({ signer })`); must be for this network. */
  readonly auth?: AuthTokenProvider;
  /** Observer of waits, retries, requests (never receives secrets). */
  readonly onEvent?: HttpEventListener;
  /**
   * Most txs per sendTxBatch, 1..50 (the venue's cap, models' `MAX_TX_BATCH_SIZE`); default 15
   * (`DEFAULT_TX_BATCH_SIZE`). A larger batch is refused before I/O with `BatchTooLargeError`.
   */
  readonly maxTxBatchSize?: number;
}

function isRegistry(x: unknown): x is RateLimitRegistry {
  return typeof x === 'object' && x !== null && typeof (x as { acquire?: unknown }).acquire === 'function';
}

/** What a client runs on, built from its options by {@link setUpClient}. */
export interface ClientSetup {
  /** Resolved network (network id, base URL, chain id, collateral). */
  readonly network: ResolvedNetwork;
  /** The route context shared by every route method. */
  readonly ctx: RouteContext;
  /** True when the transport was created here (close() closes it), false when injected. */
  readonly ownsTransport: boolean;
}

/**
 * Validate a client's options and build its route context. No I/O.
 * @example const { ctx } = setUpClient({ options: { network: 'testnet' }, closeSignal: new AbortController().signal });
 * @throws {LighterInputError} when `network` is invalid or `maxTxBatchSize` is not an integer in 1..50
 * @throws {NetworkMismatchError} (models) when `auth` was made for another network
 */
export function setUpClient(p: { options: LighterHttpClientOptions; closeSignal: AbortSignal }): ClientSetup {
  const { options, closeSignal } = p;
  const network = resolveHttpNetwork(options.network);
  // Fail at construction, not at the first private call: tokens carry no chain id on the wire.
  if (options.auth) assertSameNetwork({ network: network, item: options.auth, kind: 'auth token' });
  const batch = options.maxTxBatchSize;
  if (batch !== undefined && !(Number.isInteger(batch) && batch >= 1 && batch <= MAX_TX_BATCH_SIZE)) {
    throw new LighterInputError({
      route: 'LighterHttpClient',
      field: 'maxTxBatchSize',
      detail: `must be an integer in 1..${MAX_TX_BATCH_SIZE} (the venue's cap), received ${String(batch)}`,
    });
  }
  const transport =
    options.transport ??
    createDefaultTransport({
      baseUrl: network.baseUrl,
      connectTimeoutMs: options.connectTimeoutMs,
      headersTimeoutMs: options.headersTimeoutMs,
      bodyTimeoutMs: options.bodyTimeoutMs,
      ...(options.proxyUrl ? { proxyUrl: options.proxyUrl } : {}),
    });
  const retry: RetryPolicy =
    options.retry === false
      ? { ...DEFAULT_RETRY_POLICY, maxRetries: 0 }
      : { ...DEFAULT_RETRY_POLICY, ...(options.retry ?? {}) };
  const rateLimits =
    options.rateLimits === false
      ? undefined
      : isRegistry(options.rateLimits)
        ? options.rateLimits
        : createRateLimitRegistry(options.rateLimits ?? {});
  const ctx: RouteContext = {
    transport,
    retry,
    rateLimits,
    rateLimitAccount: options.rateLimitAccount === undefined ? undefined : String(options.rateLimitAccount),
    auth: options.auth,
    network,
    onEvent: safeListener(options.onEvent),
    closeSignal,
    maxTxBatchSize: batch,
  };
  return { network, ctx, ownsTransport: options.transport === undefined };
}
