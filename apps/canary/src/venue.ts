/**
 * The canary's port to a venue: the handful of operations the lifecycle needs.
 *
 * The production adapter ({@link createExecutionVenue}) implements it over
 * @lighter-ts/execution; keeping the flow behind this interface lets the
 * lifecycle, the safety harness and the report be built and reasoned about
 * independently of the transport stack.
 */
import type { CanarySide } from './price.js';

/** Market facts the canary prices from (decimal strings as on the wire). */
export interface CanaryMarket {
  readonly symbol: string;
  readonly marketIndex: number;
  readonly marketType: 'perp' | 'spot';
  readonly instrumentId: string | null;
  readonly priceDecimals: number;
  readonly sizeDecimals: number;
  readonly minBaseAmount: string;
  readonly minQuoteAmount: string;
  readonly active: boolean;
}

/** Best bid/ask as decimal strings (undefined when that side is empty). */
export interface TopOfBook {
  readonly bestBid: string | undefined;
  readonly bestAsk: string | undefined;
}

/** Venue-neutral order state, mapped from the venue's status string (docs/protocol/enums.md). */
export type NormalizedOrderState = 'pending' | 'open' | 'filled' | 'canceled' | 'rejected' | 'unknown';

/** One observation of the canary's order from a WS frame or a REST answer. */
export interface OrderObservation {
  readonly clientOrderId: string;
  readonly venueOrderId: string | undefined;
  /** Venue status string, e.g. 'open', 'canceled-post-only'. */
  readonly status: string;
  readonly state: NormalizedOrderState;
  readonly source: 'ws' | 'rest';
  readonly atMs: number;
  readonly filledSize?: string | undefined;
  readonly reason?: string | undefined;
}

/** Result of sending a signed transaction. */
export interface TxAck {
  readonly txHash: string | undefined;
  readonly nonce: string | undefined;
  /** The venue `client_order_index` the order was sent with (create orders only). */
  readonly clientOrderIndex?: string | undefined;
  /** Definitive refusal (structured venue answer or local denial): the order does not exist. */
  readonly rejection?: { readonly reason: string; readonly venueCode?: number } | undefined;
  /** Nothing was sent because the order is already terminal (cancel only). */
  readonly skipped?: string | undefined;
}

/** Transport incident reported by the venue (WS drop, reconnect, resubscribe). */
export interface VenueIncident {
  readonly kind: string;
  readonly detail: string;
}

/** Operations the canary lifecycle needs from a venue. */
export interface CanaryVenue {
  readonly endpoint: {
    readonly httpUrl: string | null;
    readonly wsUrl: string | null;
    readonly chainId: number | null;
    /** Network id the venue's txs and tokens are bound to (e.g. `robinhood-mainnet`). */
    readonly networkId?: string | null;
    /** Collateral symbol of the network (USDC, or USDG on Robinhood Chain). */
    readonly collateral?: string | null;
  };
  readonly account: { readonly accountIndex: string; readonly apiKeyIndex: number };
  /** Secrets the adapter holds or minted (private key, auth tokens), for output redaction. */
  secrets(): string[];
  connect(params: { signal: AbortSignal }): Promise<void>;
  loadMarkets(params: { signal: AbortSignal }): Promise<CanaryMarket[]>;
  /** Subscribe to the market's book and the account streams; resolve once the book snapshot is in. */
  subscribe(params: { market: CanaryMarket; signal: AbortSignal }): Promise<TopOfBook>;
  topOfBook(market: CanaryMarket): TopOfBook;
  /** Listen to order updates from the account stream; returns an unsubscribe function. */
  onOrderUpdate(listener: (obs: OrderObservation) => void): () => void;
  onIncident(listener: (incident: VenueIncident) => void): () => void;
  /** Rate-limit answers retried inside the transport (e.g. an HTTP 429 the REST client retried). */
  onRateLimit(listener: (hit: { operation: string; attempt: number; delayMs: number; reason: string }) => void): () => void;
  submitPostOnly(params: {
    market: CanaryMarket;
    side: CanarySide;
    priceUnits: bigint;
    sizeUnits: bigint;
    clientOrderId: string;
    signal: AbortSignal;
  }): Promise<TxAck>;
  /** Immediate-or-cancel order crossing the book (the `--fill` exercise and the flatten). */
  submitTaker(params: {
    market: CanaryMarket;
    side: CanarySide;
    sizeUnits: bigint;
    worstPriceUnits: bigint;
    reduceOnly: boolean;
    clientOrderId: string;
    signal: AbortSignal;
  }): Promise<TxAck>;
  cancel(params: {
    market: CanaryMarket;
    clientOrderId: string;
    venueOrderId: string | undefined;
    signal: AbortSignal;
  }): Promise<TxAck>;
  /** REST lookup of one order (null when the venue does not know it). */
  queryOrder(params: {
    market: CanaryMarket;
    clientOrderId: string;
    venueOrderId: string | undefined;
    signal: AbortSignal;
  }): Promise<OrderObservation | null>;
  /** REST list of the account's open orders on the market. */
  openOrders(params: { market: CanaryMarket; signal: AbortSignal }): Promise<OrderObservation[]>;
  /** Signed position size on the market as a decimal string ('0' when flat). */
  position(params: { market: CanaryMarket; signal: AbortSignal }): Promise<string>;
  close(): Promise<void>;
}

/**
 * Map a Lighter order status string to a venue-neutral state (docs/protocol/enums.md:
 * `canceled-post-only`, `-margin-not-allowed`, … are failures of the order, i.e. rejected).
 *
 * @example
 * normalizeOrderStatus('canceled-post-only'); // 'rejected'
 * @throws never
 */
export function normalizeOrderStatus(status: string): NormalizedOrderState {
  const s = status.toLowerCase();
  if (s === 'open' || s === 'accepted' || s === 'partially-filled' || s === 'partially_filled') return 'open';
  if (s === 'in-progress' || s === 'pending' || s === 'submitted') return 'pending';
  if (s === 'filled') return 'filled';
  if (s === 'rejected' || s === 'denied') return 'rejected';
  if (
    s === 'canceled-post-only' ||
    s === 'canceled-margin-not-allowed' ||
    s === 'canceled-position-not-allowed' ||
    s === 'canceled-too-much-slippage' ||
    s === 'canceled-not-enough-liquidity' ||
    s === 'canceled-invalid-balance'
  ) {
    return 'rejected';
  }
  if (s === 'canceled' || s === 'cancelled' || s.startsWith('canceled-') || s === 'expired') return 'canceled';
  return 'unknown';
}
