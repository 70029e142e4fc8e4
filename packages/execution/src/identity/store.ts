/**
 * Identity store: ClientOrderId <-> client_order_index <-> venue order index. Pluggable so a
 * restarted client maps open orders back to ClientOrderIds (parity R10, #3878).
 */
import { deriveClientOrderIndex } from './derive.js';

/** One order's identifiers and the bits needed to rebuild typed events after a restart. */
export interface OrderIdentity {
  /** Nautilus ClientOrderId. */
  readonly clientOrderId: string;
  /** Venue client order index derived for it (1 … 2^48-1), unique among live orders. */
  readonly clientOrderIndex: number;
  /** Venue order index once the venue acknowledged the order, decimal string. */
  readonly venueOrderId?: string | undefined;
  /** InstrumentId of the order, when registered with one. */
  readonly instrumentId?: string | undefined;
  /** StrategyId of the order, when registered with one. */
  readonly strategyId?: string | undefined;
  /** Unix ms of registration, used for pruning. */
  readonly createdAtMs: number;
}

/**
 * Storage backend for identities. Reads and writes are synchronous on the in-memory view; a
 * persistent store makes them durable in the background and {@link IdentityStore.persist} is the
 * barrier: the execution client awaits it before any tx that uses a new mapping is sent, so a
 * process killed right after a submit never loses the mapping of an order the venue has.
 */
export interface IdentityStore {
  /** The identity of a ClientOrderId, or undefined when unknown. */
  get(clientOrderId: string): OrderIdentity | undefined;
  /** The identity holding a venue `client_order_index` (as restored from the venue's orders), or undefined. */
  getByClientOrderIndex(index: number): OrderIdentity | undefined;
  /** The identity of a venue order id (decimal string), or undefined. */
  getByVenueOrderId(venueOrderId: string): OrderIdentity | undefined;
  /** Records (or replaces) an identity; durable only after `persist()`. */
  put(identity: OrderIdentity): void;
  /** Forgets an identity (e.g. an evicted terminal order); durable after `persist()`. */
  delete(clientOrderId: string): void;
  /** Every identity held, in no particular order. */
  all(): readonly OrderIdentity[];
  /** Resolves once every put / delete so far is durable (no-op for memory). @throws on a failed write */
  persist(): Promise<void>;
  /** Same as persist (kept for callers of the earlier interface). */
  flush(): Promise<void>;
  /** Persists and releases resources (file handles). Idempotent. */
  close?(): Promise<void>;
}

/** Max linear probes on a hash collision with a different cloid (NT uses 16). */
const MAX_PROBES = 16;

/**
 * Assigns (or returns the existing) client_order_index for a cloid, probing on collision.
 * @example const id = registerClientOrderId({ store, clientOrderId: 'O-1', instrumentId: 'ETH-PERP.LIGHTER' })
 * @throws Error if all probes collide (practically impossible below millions of live orders)
 */
export function registerClientOrderId(params: {
  store: IdentityStore;
  clientOrderId: string;
  instrumentId?: string;
  strategyId?: string;
  nowMs?: number;
}): OrderIdentity {
  const existing = params.store.get(params.clientOrderId);
  if (existing !== undefined) return existing;
  for (let probe = 0; probe < MAX_PROBES; probe++) {
    const index = deriveClientOrderIndex(params.clientOrderId, probe);
    if (params.store.getByClientOrderIndex(index) === undefined) {
      const identity: OrderIdentity = {
        clientOrderId: params.clientOrderId,
        clientOrderIndex: index,
        instrumentId: params.instrumentId,
        strategyId: params.strategyId,
        createdAtMs: params.nowMs ?? Date.now(),
      };
      params.store.put(identity);
      return identity;
    }
  }
  throw new Error(`client_order_index collision for ${params.clientOrderId} after ${MAX_PROBES} probes`);
}

/**
 * In-memory store (lost on restart; the default is the file-backed store).
 * @example const store = new InMemoryIdentityStore()
 */
export class InMemoryIdentityStore implements IdentityStore {
  /** Identities by ClientOrderId (subclasses persist from these maps). */
  protected readonly byCloid = new Map<string, OrderIdentity>();
  /** Identities by venue client order index. */
  protected readonly byIndex = new Map<number, OrderIdentity>();
  /** Identities by venue order index (decimal string), once the venue acknowledged the order. */
  protected readonly byVenue = new Map<string, OrderIdentity>();

  get(clientOrderId: string): OrderIdentity | undefined {
    return this.byCloid.get(clientOrderId);
  }
  getByClientOrderIndex(index: number): OrderIdentity | undefined {
    return this.byIndex.get(index);
  }
  getByVenueOrderId(venueOrderId: string): OrderIdentity | undefined {
    return this.byVenue.get(venueOrderId);
  }
  put(identity: OrderIdentity): void {
    const old = this.byCloid.get(identity.clientOrderId);
    if (old !== undefined) {
      this.byIndex.delete(old.clientOrderIndex);
      if (old.venueOrderId !== undefined) this.byVenue.delete(old.venueOrderId);
    }
    this.byCloid.set(identity.clientOrderId, identity);
    this.byIndex.set(identity.clientOrderIndex, identity);
    if (identity.venueOrderId !== undefined) this.byVenue.set(identity.venueOrderId, identity);
    this.changed({ op: 'put', identity });
  }
  delete(clientOrderId: string): void {
    const old = this.byCloid.get(clientOrderId);
    if (old === undefined) return;
    this.byCloid.delete(clientOrderId);
    this.byIndex.delete(old.clientOrderIndex);
    if (old.venueOrderId !== undefined) this.byVenue.delete(old.venueOrderId);
    this.changed({ op: 'del', clientOrderId });
  }
  all(): readonly OrderIdentity[] {
    return [...this.byCloid.values()];
  }
  /** Nothing to persist. @throws never */
  async persist(): Promise<void> {}
  /** Nothing to persist. @throws never */
  async flush(): Promise<void> {}
  /** Nothing to release. @throws never */
  async close(): Promise<void> {}
  /** Hook for persistent subclasses: one record per change, in order. */
  protected changed(_record: { op: 'put'; identity: OrderIdentity } | { op: 'del'; clientOrderId: string }): void {}
}
