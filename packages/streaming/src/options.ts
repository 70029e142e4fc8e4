import {
  DEFAULT_TX_BATCH_SIZE,
  MAX_TX_BATCH_SIZE,
  type Network,
  type NetworkName,
  WS_LIMITS,
  assertSameNetwork,
  resolveNetwork,
} from '@lighter-ts/models/constants';
import type { BackoffOptions } from './backoff.js';
import type { OverflowPolicy } from './bounded-queue.js';
import { invalidArgument } from './channel.js';
import type { WebSocketConstructor } from './socket/socket.js';

/** Options of {@link LighterWsClient}. */
/**
 * A bound auth-token source: an object with `getToken()` that names the network of its key, such as
 * @lighter-ts/http's `createAuthTokenProvider({ signer })`. Tokens carry no chain id on the wire, so
 * the client checks `networkId` against its own network (docs/protocol/networks.md#hosts-and-chain-ids).
 */
export interface WsAuthSource {
  getToken(signal?: AbortSignal): Promise<string> | string;
  /** Network the tokens are for (e.g. `lighter-mainnet`); a client on another network refuses them. */
  readonly networkId?: string | undefined;
  /** Chain id of that network, checked against the client's network. */
  readonly chainId?: number | undefined;
}

/** Options of {@link LighterWsClient}. Give `network` (or the deprecated `url`). */
export interface LighterWsClientOptions {
  /**
   * `'lighter-mainnet'`, `'lighter-testnet'`, `'robinhood-mainnet'`, `'robinhood-testnet'` (aliases
   * `'mainnet'` / `'testnet'`) or a models `Network`: gives the WS URL and the identity that signed
   * txs and auth tokens must carry (docs/protocol/networks.md#hosts-and-chain-ids).
   */
  readonly network?: NetworkName | Network;
  /**
   * WebSocket URL, e.g. `wss://mainnet.zklighter.elliot.ai/stream`.
   * @deprecated pass `network`; a client built from a URL alone cannot check which network a tx or token is for.
   */
  readonly url?: string;
  /** Auth source for private channels, bound to a network (preferred over `authToken`). */
  readonly auth?: WsAuthSource;
  /**
   * Append `readonly=true` to the URL: a data-only connection (docs/protocol/client-behaviour.md `09d1f062d4`).
   * Default false.
   */
  readonly readonly?: boolean;
  /**
   * Auth token provider for private channels, called for every (re)subscribe so a rotated
   * token is used (docs/protocol/rest.md#authentication, docs/protocol/client-behaviour.md). Tokens are never logged.
   */
  readonly authToken?: () => Promise<string> | string;
  /** Re-subscribe private channels with a fresh token this often. Default 6 h (NT rotation). */
  readonly authRefreshMs?: number;
  /** Send `{"type":"ping"}` this often. Default 30 000 (venue needs traffic every 2 min, docs/protocol/websocket.md#frames-and-lifecycle). */
  readonly pingIntervalMs?: number;
  /** Reconnect when no `pong` arrives this long after a ping. Default 10 000. */
  readonly pongTimeoutMs?: number;
  /** Default staleness watchdog per subscription (no frame → resubscribe). Default off. */
  readonly staleAfterMs?: number;
  /** Max un-acknowledged subscribes in flight (docs/protocol/client-behaviour.md: ≤35). Default 35. */
  readonly maxInFlightSubscribes?: number;
  /**
   * Client messages per rolling minute (subscribe/unsubscribe/ping; sendTx not counted). The venue
   * allows 200 (docs/protocol/errors-and-limits.md#rate-limits); subscribes wait when the budget is spent. Default 180.
   */
  readonly maxMessagesPerMinute?: number;
  /**
   * Distinct channels on this connection; a subscribe to one more throws `WS_LIMIT_EXCEEDED` before sending
   * (the venue allows 500 and answers 23001 beyond, docs/protocol/errors-and-limits.md#websocket-limits). Default 500.
   */
  readonly maxSubscriptionsPerConnection?: number;
  /**
   * Distinct accounts among the account channels of this connection; one more throws `WS_LIMIT_EXCEEDED`
   * before sending (venue: 500, 23002 beyond). Default 500.
   */
  readonly maxAccountsPerConnection?: number;
  /** A subscribe without any reply frees its in-flight slot after this long. Default 10 000. */
  readonly subscribeAckTimeoutMs?: number;
  /** Reconnect backoff. Default 250 ms → 30 s, ×2, 50 % jitter. */
  readonly backoff?: BackoffOptions;
  /** Give up a connect attempt after this long. Default 10 000. */
  readonly connectTimeoutMs?: number;
  /** Default reply timeout of sendTx / sendTxBatch. Default 10 000. */
  readonly sendTxTimeoutMs?: number;
  /**
   * Max txs per sendTxBatch: default models' `DEFAULT_TX_BATCH_SIZE` (15), at most `MAX_TX_BATCH_SIZE` (50, the
   * venue's cap; docs/protocol/transactions.md#batches).
   */
  readonly maxBatchSize?: number;
  /** Default iterator buffer per subscription. Default 1024. */
  readonly bufferSize?: number;
  /** Default overflow policy. Default `drop-oldest`. */
  readonly overflow?: OverflowPolicy;
  /** Watchdog granularity. Default 250 ms. */
  readonly tickMs?: number;
  /**
   * A standard WebSocket class to connect with (a polyfill, or a runtime's own). Default: the global
   * `WebSocket` where one exists (browsers, Deno, Bun, Node 22+), else the `ws` package (Node 20).
   */
  readonly WebSocket?: WebSocketConstructor;
}

/** @internal resolved options. */
export type ResolvedOptions = Required<
  Omit<LighterWsClientOptions, 'authToken' | 'staleAfterMs' | 'backoff' | 'WebSocket' | 'network' | 'auth' | 'url'>
> &
  Pick<LighterWsClientOptions, 'authToken' | 'staleAfterMs' | 'backoff' | 'WebSocket'> & {
    readonly url: string;
    readonly network: Network | undefined;
  };

function positive(field: string, v: number | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw invalidArgument(field, 'must be a positive number');
  return v;
}

function batchSize(v: number | undefined): number {
  const n = positive('maxBatchSize', v, DEFAULT_TX_BATCH_SIZE);
  if (!Number.isInteger(n) || n > MAX_TX_BATCH_SIZE) {
    throw invalidArgument(
      'maxBatchSize',
      `must be an integer from 1 to ${MAX_TX_BATCH_SIZE} (the venue's cap), received ${String(v)}`,
    );
  }
  return n;
}

/** @internal validates and fills defaults. */
export function resolveOptions(o: LighterWsClientOptions): ResolvedOptions {
  if (typeof o !== 'object' || o === null) throw invalidArgument('options', 'must be an object');
  const network = networkOf(o);
  const raw = network ? network.wsUrl : o.url;
  let url: URL;
  try {
    url = new URL(raw as string);
  } catch {
    throw invalidArgument(network ? 'network.wsUrl' : 'url', `must be a ws:// or wss:// URL, received ${String(raw)}`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    throw invalidArgument(network ? 'network.wsUrl' : 'url', `must be a ws:// or wss:// URL, received ${String(raw)}`);
  if (o.readonly) url.searchParams.set('readonly', 'true');
  if (o.authToken !== undefined && typeof o.authToken !== 'function')
    throw invalidArgument('authToken', 'must be a function');
  if (o.WebSocket !== undefined && typeof o.WebSocket !== 'function')
    throw invalidArgument('WebSocket', 'must be a WebSocket constructor');
  return {
    url: url.toString(),
    network,
    readonly: o.readonly ?? false,
    authToken: authTokenOf(o, network),
    authRefreshMs: positive('authRefreshMs', o.authRefreshMs, 6 * 3600_000),
    pingIntervalMs: positive('pingIntervalMs', o.pingIntervalMs, 30_000),
    pongTimeoutMs: positive('pongTimeoutMs', o.pongTimeoutMs, 10_000),
    staleAfterMs: o.staleAfterMs === undefined ? undefined : positive('staleAfterMs', o.staleAfterMs, 0),
    maxInFlightSubscribes: positive('maxInFlightSubscribes', o.maxInFlightSubscribes, 35),
    maxMessagesPerMinute: positive('maxMessagesPerMinute', o.maxMessagesPerMinute, 180),
    subscribeAckTimeoutMs: positive('subscribeAckTimeoutMs', o.subscribeAckTimeoutMs, 10_000),
    maxSubscriptionsPerConnection: positive(
      'maxSubscriptionsPerConnection',
      o.maxSubscriptionsPerConnection,
      WS_LIMITS.SUBSCRIPTIONS_PER_CONNECTION,
    ),
    maxAccountsPerConnection: positive(
      'maxAccountsPerConnection',
      o.maxAccountsPerConnection,
      WS_LIMITS.ACCOUNTS_PER_CONNECTION,
    ),
    backoff: o.backoff,
    connectTimeoutMs: positive('connectTimeoutMs', o.connectTimeoutMs, 10_000),
    sendTxTimeoutMs: positive('sendTxTimeoutMs', o.sendTxTimeoutMs, 10_000),
    maxBatchSize: batchSize(o.maxBatchSize),
    bufferSize: positive('bufferSize', o.bufferSize, 1024),
    overflow: o.overflow ?? 'drop-oldest',
    tickMs: positive('tickMs', o.tickMs, 250),
    WebSocket: o.WebSocket,
  };
}

function networkOf(o: LighterWsClientOptions): Network | undefined {
  if (o.network === undefined) {
    if (o.url === undefined)
      throw invalidArgument('network', "is required (e.g. 'lighter-mainnet' or a models Network)");
    return undefined;
  }
  if (o.url !== undefined)
    throw invalidArgument('url', 'pass network or url, not both (move hosts with customNetwork)');
  try {
    return resolveNetwork(o.network);
  } catch (e) {
    const f = (e as { field?: unknown }).field;
    const field = typeof f === 'string' ? f : 'network';
    throw invalidArgument(field, (e as Error).message.replace(`${field}: `, ''));
  }
}

/** One token function for the registry; an `auth` source is checked against the network first. */
function authTokenOf(
  o: LighterWsClientOptions,
  network: Network | undefined,
): (() => Promise<string> | string) | undefined {
  if (o.auth === undefined) return o.authToken;
  const auth = o.auth;
  if (typeof auth !== 'object' || auth === null || typeof auth.getToken !== 'function')
    throw invalidArgument('auth', 'must be an object with getToken()');
  if (o.authToken !== undefined) throw invalidArgument('authToken', 'pass auth or authToken, not both');
  // Fail at construction: a token of the other testnet would otherwise be accepted on the wire.
  if (network) assertSameNetwork({ network, item: auth, kind: 'auth token' });
  return () => auth.getToken();
}
