import { WS_LIMITS } from '@lighter-ts/models/constants';
import { invalidArgument } from './channel.js';
import { LighterWsClient } from './client.js';
import { LighterWsError, WS_ERROR_CODE } from './errors.js';
import { MessageBudget } from './message-budget.js';
import type { LighterWsClientOptions } from './options.js';
import { resolveOptions } from './options.js';

/** A leased client from {@link LighterWsPool}. */
export interface PooledClient {
  /** The shared client; do not close it directly, call `release()`. */
  readonly client: LighterWsClient;
  /** Returns the lease; the connection closes when its last lease is released. Idempotent. */
  release(): Promise<void>;
}

/** Options of {@link LighterWsPool.acquire}: client options plus the identity of the auth. */
export interface PoolAcquireOptions extends LighterWsClientOptions {
  /**
   * Identity of the auth provider, e.g. `"account:apiKey"`; leases with the same URL and
   * authKey share one connection. Defaults to the identity of the `authToken` function.
   */
  readonly authKey?: string;
}

/**
 * One connection per (URL, auth): components that ask for the same venue URL (and the same
 * account credentials) share a single `LighterWsClient`, which keeps the per-IP connection and
 * subscription budgets (docs/protocol/errors-and-limits.md#rate-limits) and lets channels be ref-counted across them.
 * Construction is inert; connections open on `client.connect()`.
 *
 * @example
 * const pool = new LighterWsPool();
 * const a = pool.acquire({ url, readonly: true });
 * const b = pool.acquire({ url, readonly: true }); // a.client === b.client
 * await a.client.connect();
 * await a.release(); await b.release(); // closes the connection
 * @throws {LighterWsError} code `WS_INVALID_ARGUMENT` for bad client options (and bad pool limits);
 *   `WS_LIMIT_EXCEEDED` from `acquire` when a new connection would pass the pool's connection limits
 */
export class LighterWsPool {
  private readonly entries = new Map<string, { client: LighterWsClient; leases: number }>();
  private readonly fnIds = new WeakMap<object, number>();
  private nextFnId = 1;
  private readonly maxConnections: number;
  private readonly created: MessageBudget;

  /**
   * `maxConnections` (default 255) and `maxNewConnectionsPerMinute` (default 255) keep the pool within the
   * venue's per-IP limits (docs/protocol/errors-and-limits.md#websocket-limits); beyond them `acquire`
   * throws `WS_LIMIT_EXCEEDED` instead of opening a connection the venue would refuse with 23003.
   */
  constructor(options: { maxConnections?: number; maxNewConnectionsPerMinute?: number; now?: () => number } = {}) {
    const max = options.maxConnections ?? WS_LIMITS.CONNECTIONS_PER_IP;
    const perMinute = options.maxNewConnectionsPerMinute ?? WS_LIMITS.NEW_CONNECTIONS_PER_MINUTE;
    if (!Number.isInteger(max) || max < 1)
      throw invalidArgument('maxConnections', `must be a positive integer, received ${String(max)}`);
    if (!Number.isInteger(perMinute) || perMinute < 1)
      throw invalidArgument('maxNewConnectionsPerMinute', `must be a positive integer, received ${String(perMinute)}`);
    this.maxConnections = max;
    this.created = new MessageBudget(perMinute, options.now ?? Date.now);
  }

  /** Number of distinct connections held. */
  get size(): number {
    return this.entries.size;
  }

  /** Leases the client for (URL incl. readonly flag, auth identity), creating it if needed. */
  acquire(options: PoolAcquireOptions): PooledClient {
    const { authKey, ...clientOptions } = options;
    const resolved = resolveOptions(clientOptions);
    const key = `${resolved.network?.networkId ?? ''}|${resolved.url}|${authKey ?? this.authIdentity(options.auth ?? options.authToken)}`;
    let entry = this.entries.get(key);
    if (!entry || entry.client.state === 'closed') {
      const open = [...this.entries.values()].filter((e) => e.client.state !== 'closed').length;
      if (open >= this.maxConnections) {
        throw new LighterWsError(`the pool holds ${open} connections; the limit is ${this.maxConnections}`, {
          code: WS_ERROR_CODE.LIMIT_EXCEEDED,
        });
      }
      if (!this.created.tryTake()) {
        throw new LighterWsError('too many new connections in the last minute', { code: WS_ERROR_CODE.LIMIT_EXCEEDED });
      }
      entry = { client: new LighterWsClient(clientOptions), leases: 0 };
      this.entries.set(key, entry);
    }
    entry.leases++;
    const held = entry;
    let released = false;
    return {
      client: held.client,
      release: async () => {
        if (released) return;
        released = true;
        held.leases--;
        if (held.leases > 0) return;
        if (this.entries.get(key) === held) this.entries.delete(key);
        await held.client.close();
      },
    };
  }

  /** Closes every connection of the pool. Idempotent. @throws never */
  async close(): Promise<void> {
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map((e) => e.client.close()));
  }

  private authIdentity(fn: unknown): string {
    if (typeof fn !== 'function' && (typeof fn !== 'object' || fn === null)) return 'public';
    let id = this.fnIds.get(fn);
    if (id === undefined) {
      id = this.nextFnId++;
      this.fnIds.set(fn, id);
    }
    return `auth#${id}`;
  }
}
