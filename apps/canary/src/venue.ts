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
  /** Market symbol, e.g. `ETH`. */
  readonly symbol: string;
  /** Venue market index (perps 0..254, spot from 2048). */
  readonly marketIndex: number;
  /** Perp, spot or binary (the canary trades only perp and spot markets). */
  readonly marketType: MarketKind;
  /** Nautilus instrument id (`ETH-USDC-PERP.LIGHTER`), null when not mapped. */
  readonly instrumentId: string | null;
  /** Decimals of the price: ticks = price x 10^priceDecimals. */
  readonly priceDecimals: number;
  /** Decimals of the size: lots = size x 10^sizeDecimals. */
  readonly sizeDecimals: number;
  /** Least order size, base units, decimal string. */
  readonly minBaseAmount: string;
  /** Least order notional, quote units, decimal string. */
  readonly minQuoteAmount: string;
  /** Whether the venue lists the market as active (tradable). */
  readonly active: boolean;
}

/** Best bid/ask as decimal strings (undefined when that side is empty). */
export interface TopOfBook {
  /** Best bid price, decimal string; undefined when the bid side is empty. */
  readonly bestBid: string | undefined;
  /** Best ask price, decimal string; undefined when the ask side is empty. */
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
  /** Venue order index (decimal text), undefined before the venue assigned one. */
  readonly venueOrderId: string | undefined;
  /** Venue status string, e.g. 'open', 'canceled-post-only'. */
  readonly status: string;
  /** Venue-neutral state derived from `status`. */
  readonly state: NormalizedOrderState;
  /** Where the evidence came from. */
  readonly source: EventSource;
  /** What carried it: an execution-client event, a raw WS frame, or a REST order report. */
  readonly via: 'event' | 'frame' | 'report';
  /** When it was observed, Unix ms. */
  readonly atMs: number;
  /** Filled size so far, base units, decimal string. */
  readonly filledSize?: string | undefined;
  /** Rejection or cancel reason, when one was given. */
  readonly reason?: string | undefined;
  /** Order parameters as the venue reports them (REST reports and WS frames). */
  readonly side?: CanarySide | undefined;
  /** Limit price, decimal string. */
  readonly price?: string | undefined;
  /** Order size, base units, decimal string. */
  readonly quantity?: string | undefined;
  /** Time in force as the client mapped it (`GTC`, `IOC`...). */
  readonly timeInForce?: string | undefined;
  /** Whether it is post-only. */
  readonly postOnly?: boolean | undefined;
  /** Venue expiry, Unix ms. */
  readonly expireTimeMs?: number | undefined;
  /** REST only: the client order id restored from the venue's client order index (undefined when not restored). */
  readonly restoredClientOrderId?: string | undefined;
}

/** A Nautilus order event of a canary order, as the execution client emitted it. */
export interface NautilusEventObservation {
  /** Nautilus event name, e.g. `OrderAccepted`, `OrderCanceled`. */
  readonly type: string;
  /** The event's own source; `unknown` when the client did not say. */
  readonly source: EventSource;
  /** Client order id of the order. */
  readonly clientOrderId: string;
  /** Venue order index (decimal text), undefined before acceptance. */
  readonly venueOrderId: string | undefined;
  /** OrderFilled only. */
  readonly lastQty?: string | undefined;
  /** When it was emitted, Unix ms. */
  readonly atMs: number;
  /** Reason or extra text the event carried. */
  readonly detail?: string | undefined;
}

/** Rate-limit signals of the transport: a 429 answer (`hit`) and the retry actually being made (`retried`). */
export type RateLimitSignal =
  | {
      /** `hit`: a rate-limit answer was seen. */
      readonly type: 'hit';
      /** Identifies the call, so the `retried` signal can be matched to its hit. */
      readonly key: string;
      /** Call that was limited (`sendTx`, `accountActiveOrders`...). */
      readonly operation: string;
      /** Attempt number that hit it, from 1. */
      readonly attempt: number;
      /** Backoff chosen before retrying, ms. */
      readonly delayMs: number;
      /** Error code or venue message that said rate limit. */
      readonly reason: string;
    }
  | {
      /** The retry of an earlier hit was made. */
      readonly type: 'retried';
      /** Same key as the `hit` it follows. */
      readonly key: string;
    };

/** Result of sending a signed transaction. */
export interface TxAck {
  /** L2 hash of the sent tx; undefined when nothing was sent. */
  readonly txHash: string | undefined;
  /** Nonce it was signed with (decimal text); undefined when nothing was signed. */
  readonly nonce: string | undefined;
  /** The venue `client_order_index` the order was sent with (create orders only). */
  readonly clientOrderIndex?: string | undefined;
  /** Definitive refusal (structured venue answer or local denial): the order does not exist. */
  readonly rejection?:
    | {
        /** Why, as the venue or the client said it. */
        readonly reason: string;
        /** Venue numeric code (21xxx), when there was one. */
        readonly venueCode?: number;
      }
    | undefined;
  /** Nothing was sent because the order is already terminal (cancel only). */
  readonly skipped?: string | undefined;
}

/** Transport incident reported by the venue (WS drop, reconnect, resubscribe). */
export interface VenueIncident {
  /** Incident kind (`ws-disconnected`, `ws-reconnecting`, `ws-reconnected`...). */
  readonly kind: string;
  /** What happened. */
  readonly detail: string;
}

/** Operations the canary lifecycle needs from a venue. */
export interface CanaryVenue {
  /** Where the adapter connects. */
  readonly endpoint: {
    /** REST base URL, null before it is known. */
    readonly httpUrl: string | null;
    /** WebSocket URL, null before it is known. */
    readonly wsUrl: string | null;
    /** Signing chain id, null before it is known. */
    readonly chainId: number | null;
    /** Network id the venue's txs and tokens are bound to (e.g. `robinhood-mainnet`). */
    readonly networkId?: string | null;
    /** Collateral symbol of the network (USDC, or USDG on Robinhood Chain). */
    readonly collateral?: string | null;
  };
  /** The account it trades with (never its key). */
  readonly account: {
    /** Account index as decimal text. */
    readonly accountIndex: string;
    /** API key slot that signs, 0..254. */
    readonly apiKeyIndex: number;
  };
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
  accountOpenOrders(params: { market: CanaryMarket; signal: AbortSignal }): Promise<{
    /** Open orders, each with a client order id the execution client can cancel. */
    orders: OrderObservation[];
    /** Venue order ids it still cannot address. */
    unaddressable: string[];
  }>;
  /** The account tier (`user_tier` of `accountLimits`, e.g. `std`), null when the venue does not say. */
  accountTier(params: { signal: AbortSignal }): Promise<string | null>;
  /**
   * Volume quota the first and the latest accepted sendTx answer of this session reported (Premium/Plus
   * accounts; both null when the venue never said). The first answer already counts its own tx.
   */
  volumeQuota(): {
    /** Quota reported by the first accepted sendTx answer; null when never reported. */
    first: number | null;
    /** Quota reported by the latest accepted sendTx answer; null when never reported. */
    latest: number | null;
  };
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
