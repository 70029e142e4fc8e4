/**
 * The canary's port to a venue: the handful of operations the lifecycle needs.
 *
 * The production adapter ({@link createExecutionVenue}) implements it over
 * @lighter-ts/execution; keeping the flow behind this interface lets the
 * lifecycle, the safety harness and the report be built and reasoned about
 * independently of the transport stack.
 */
import type { MarketKind } from '@lighter-ts/models';
import type { CanarySide } from './price.js';
import type { EventSource } from './report/schema.js';

/** Market facts the canary prices from (decimal strings as on the wire). */
export interface CanaryMarket {
  readonly symbol: string;
  readonly marketIndex: number;
  /** Perp, spot or binary (the canary trades only perp and spot markets). */
  readonly marketType: MarketKind;
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

/**
 * One observation of a canary order: an execution-client event (with the source the client
 * gave it), a raw account-stream frame the canary saw itself (`ws`), or a REST answer (`rest`).
 */
export interface OrderObservation {
  /** The client order id as the observation names it (for REST: the one the execution client restored). */
  readonly clientOrderId: string;
  readonly venueOrderId: string | undefined;
  /** Venue status string, e.g. 'open', 'canceled-post-only'. */
  readonly status: string;
  readonly state: NormalizedOrderState;
  readonly source: EventSource;
  /** What carried it: an execution-client event, a raw WS frame, or a REST order report. */
  readonly via: 'event' | 'frame' | 'report';
  readonly atMs: number;
  readonly filledSize?: string | undefined;
  readonly reason?: string | undefined;
  /** Order parameters as the venue reports them (REST reports and WS frames). */
  readonly side?: CanarySide | undefined;
  readonly price?: string | undefined;
  readonly quantity?: string | undefined;
  readonly timeInForce?: string | undefined;
  readonly postOnly?: boolean | undefined;
  readonly expireTimeMs?: number | undefined;
  /** REST only: the client order id restored from the venue's client order index (undefined when not restored). */
  readonly restoredClientOrderId?: string | undefined;
}

/** A Nautilus order event of a canary order, as the execution client emitted it. */
export interface NautilusEventObservation {
  readonly type: string;
  /** The event's own source; `unknown` when the client did not say. */
  readonly source: EventSource;
  readonly clientOrderId: string;
  readonly venueOrderId: string | undefined;
  /** OrderFilled only. */
  readonly lastQty?: string | undefined;
  readonly atMs: number;
  readonly detail?: string | undefined;
}

/** Rate-limit signals of the transport: a 429 answer (`hit`) and the retry actually being made (`retried`). */
export type RateLimitSignal =
  | {
      readonly type: 'hit';
      readonly key: string;
      readonly operation: string;
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: string;
    }
  | { readonly type: 'retried'; readonly key: string };

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
  /** Connects REST and WS and waits until the account streams are live. */
  connect(params: { signal: AbortSignal }): Promise<void>;
  /** Every market of the venue, with tick, lot and minimums. */
  loadMarkets(params: { signal: AbortSignal }): Promise<CanaryMarket[]>;
  /** Subscribe to the market's book and the account streams; resolve once the book snapshot is in. */
  subscribe(params: { market: CanaryMarket; signal: AbortSignal }): Promise<TopOfBook>;
  /** The latest best bid / ask of a subscribed market. */
  topOfBook(market: CanaryMarket): TopOfBook;
  /** Listen to order updates from the account stream; returns an unsubscribe function. */
  onOrderUpdate(listener: (obs: OrderObservation) => void): () => void;
  /** Transport incidents (drops, reconnects); returns the unsubscribe function. */
  onIncident(listener: (incident: VenueIncident) => void): () => void;
  /** Every Nautilus order event of the execution client (all sources, Pending* included). */
  onOrderEvent(listener: (e: NautilusEventObservation) => void): () => void;
  /** Rate-limit answers inside the transport (e.g. an HTTP 429 the REST client retries) and the retries made. */
  onRateLimit(listener: (signal: RateLimitSignal) => void): () => void;
  /** Signs and sends one post-only limit order; resolves with the nonce and tx hash once acknowledged. */
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
  /** Signs and sends the cancel of one order; resolves once acknowledged. */
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
  /**
   * REST list of the account's open orders on the market, every one made addressable by the
   * execution client (orders it did not place get an `EXT-<venue id>` client order id) so it can
   * cancel them. Orders it still cannot address are returned in `unaddressable`.
   */
  accountOpenOrders(params: {
    market: CanaryMarket;
    signal: AbortSignal;
  }): Promise<{ orders: OrderObservation[]; unaddressable: string[] }>;
  /** The account tier (`user_tier` of `accountLimits`, e.g. `std`), null when the venue does not say. */
  accountTier(params: { signal: AbortSignal }): Promise<string | null>;
  /**
   * Volume quota the first and the latest accepted sendTx answer of this session reported (Premium/Plus
   * accounts; both null when the venue never said). The first answer already counts its own tx.
   */
  volumeQuota(): { first: number | null; latest: number | null };
  /** Every non-zero position of the account by market index, signed decimal strings (one REST call). */
  positions(params: { signal: AbortSignal }): Promise<Map<number, string>>;
  /** Signed position size on the market as a decimal string ('0' when flat). */
  position(params: { market: CanaryMarket; signal: AbortSignal }): Promise<string>;
  /** Closes every connection the adapter opened (idempotent). */
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
