/**
 * Nautilus-style order vocabulary (docs/protocol/nautilus.md#parity-checklist, docs/protocol/nautilus.md#identifiers, docs/protocol/nautilus.md#order-state-machine). Strings, not numbers, so events
 * read the same as NautilusTrader's.
 */
import type { LighterOrderParams } from '../translate/order-params.js';

/** Order side. */
export const ORDER_SIDE = {
  /** Buy (a bid; `is_ask` false on the wire). */
  BUY: 'BUY',
  /** Sell (an ask; `is_ask` true on the wire). */
  SELL: 'SELL',
} as const;
/** Literal union of {@link ORDER_SIDE}. */
export type OrderSide = (typeof ORDER_SIDE)[keyof typeof ORDER_SIDE];

/** Nautilus order types (only some are supported by Lighter; the rest are DENIED). */
export const NAUTILUS_ORDER_TYPE = {
  /** Fill now: sent as a venue market order (IOC) with a slippage-capped worst price. */
  MARKET: 'MARKET',
  /** Rest at a price: venue limit order (GTT, post-only or IOC). */
  LIMIT: 'LIMIT',
  /** Venue stop-loss: when the trigger price is reached, a slippage-capped market order. */
  STOP_MARKET: 'STOP_MARKET',
  /** Venue stop-loss-limit: when the trigger price is reached, a limit order at `price`. */
  STOP_LIMIT: 'STOP_LIMIT',
  /** Venue take-profit: when the trigger price is reached, a slippage-capped market order. */
  MARKET_IF_TOUCHED: 'MARKET_IF_TOUCHED',
  /** Venue take-profit-limit: when the trigger price is reached, a limit order at `price`. */
  LIMIT_IF_TOUCHED: 'LIMIT_IF_TOUCHED',
  /** Not supported by Lighter: DENIED. */
  MARKET_TO_LIMIT: 'MARKET_TO_LIMIT',
  /** Not supported by Lighter: DENIED. */
  TRAILING_STOP_MARKET: 'TRAILING_STOP_MARKET',
  /** Not supported by Lighter: DENIED. */
  TRAILING_STOP_LIMIT: 'TRAILING_STOP_LIMIT',
} as const;
/** Literal union of {@link NAUTILUS_ORDER_TYPE}. */
export type NautilusOrderType = (typeof NAUTILUS_ORDER_TYPE)[keyof typeof NAUTILUS_ORDER_TYPE];

/** Nautilus time in force. */
export const NAUTILUS_TIME_IN_FORCE = {
  /** Good till canceled: sent as the venue's GTT with the default expiry (the venue requires one). */
  GTC: 'GTC',
  /** Immediate or cancel: fill what crosses now, cancel the rest. */
  IOC: 'IOC',
  /** Fill or kill: not supported by Lighter (DENIED, never silently mapped to IOC). */
  FOK: 'FOK',
  /** Good till `expireTimeMs` (5 minutes to 30 days ahead, the venue's window). */
  GTD: 'GTD',
  /** Day order: Lighter trades around the clock, so it is sent like GTC with the default expiry. */
  DAY: 'DAY',
  /** Not supported by Lighter (no auctions): DENIED. */
  AT_THE_OPEN: 'AT_THE_OPEN',
  /** Not supported by Lighter (no auctions): DENIED. */
  AT_THE_CLOSE: 'AT_THE_CLOSE',
} as const;
/** Literal union of {@link NAUTILUS_TIME_IN_FORCE}. */
export type NautilusTimeInForce = (typeof NAUTILUS_TIME_IN_FORCE)[keyof typeof NAUTILUS_TIME_IN_FORCE];

/**
 * Nautilus order state, the client-side lifecycle (docs/protocol/nautilus.md#order-state-machine). Not the venue's
 * wire status (`open`, `canceled-post-only`, ...): that is `ORDER_STATUS` in @lighter-ts/models, mapped by
 * `venueStatusToNautilus`.
 */
export const NAUTILUS_ORDER_STATUS = {
  /** Created locally, not yet submitted. */
  INITIALIZED: 'INITIALIZED',
  /** Refused before sending (validation, unsupported feature, no nonce); terminal. */
  DENIED: 'DENIED',
  /** Held by a Nautilus emulator; never produced by this adapter. */
  EMULATED: 'EMULATED',
  /** Released by a Nautilus emulator; never produced by this adapter. */
  RELEASED: 'RELEASED',
  /** Signed and sent; the venue has not acknowledged it yet. */
  SUBMITTED: 'SUBMITTED',
  /** Working at the venue (resting, or a conditional order waiting for its trigger). */
  ACCEPTED: 'ACCEPTED',
  /** Definitively refused by the venue; terminal. */
  REJECTED: 'REJECTED',
  /** Canceled, by us or by the venue (post-only cross, self-trade, OCO sibling…); terminal. */
  CANCELED: 'CANCELED',
  /** Reached its expiry at the venue; terminal. */
  EXPIRED: 'EXPIRED',
  /** A conditional order's trigger fired; it now works as a market or limit order. */
  TRIGGERED: 'TRIGGERED',
  /** A modify is in flight. */
  PENDING_UPDATE: 'PENDING_UPDATE',
  /** A cancel is in flight. */
  PENDING_CANCEL: 'PENDING_CANCEL',
  /** Some of the quantity filled; the rest still works. */
  PARTIALLY_FILLED: 'PARTIALLY_FILLED',
  /** Fully filled; terminal. */
  FILLED: 'FILLED',
} as const;
/** Literal union of {@link NAUTILUS_ORDER_STATUS}. */
export type NautilusOrderStatus = (typeof NAUTILUS_ORDER_STATUS)[keyof typeof NAUTILUS_ORDER_STATUS];

/** Liquidity side of a fill. */
export const LIQUIDITY_SIDE = {
  /** Our order rested and was hit (maker fee). */
  MAKER: 'MAKER',
  /** Our order crossed the spread (taker fee). */
  TAKER: 'TAKER',
  /** Unknown; not produced by this adapter (every own fill knows whether it was the maker). */
  NO_LIQUIDITY_SIDE: 'NO_LIQUIDITY_SIDE',
} as const;
/** Literal union of {@link LIQUIDITY_SIDE}. */
export type LiquiditySide = (typeof LIQUIDITY_SIDE)[keyof typeof LIQUIDITY_SIDE];

/** Contingency type of an order list (OTO/OCO/OTOCO map to venue grouped orders). */
export const CONTINGENCY_TYPE = {
  /** Independent orders: one sendTxBatch, one tx each. */
  NO_CONTINGENCY: 'NO_CONTINGENCY',
  /** One-triggers-other: the children go live when the parent fills (venue grouping type 1). */
  OTO: 'OTO',
  /** One-cancels-other: a fill of one cancels the sibling (venue grouping type 2). */
  OCO: 'OCO',
  /** One-updates-other: not supported by Lighter (every member DENIED). */
  OUO: 'OUO',
} as const;
/** Literal union of {@link CONTINGENCY_TYPE}. */
export type ContingencyType = (typeof CONTINGENCY_TYPE)[keyof typeof CONTINGENCY_TYPE];

/**
 * A Nautilus order as submitted by a strategy. Quantities and prices are decimal strings
 * (exact); timestamps are Unix ms.
 */
export interface NautilusOrder {
  /** Nautilus ClientOrderId, unique per order; mapped to a venue client order index by the identity store. */
  readonly clientOrderId: string;
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`, `ETH/USDC-SPOT.LIGHTER`). */
  readonly instrumentId: string;
  /** BUY or SELL. */
  readonly side: OrderSide;
  /** Order type; unsupported ones are DENIED (see {@link NAUTILUS_ORDER_TYPE}). */
  readonly type: NautilusOrderType;
  /** Size in base units, decimal string on the instrument's lot (`0.01`); an off-lot value is DENIED, never rounded. */
  readonly quantity: string;
  /** Limit price, decimal string on the instrument's tick; required for LIMIT / STOP_LIMIT / LIMIT_IF_TOUCHED, ignored for market types. */
  readonly price?: string | undefined;
  /** Trigger price, decimal string on the tick; required for STOP_* and *_IF_TOUCHED orders. */
  readonly triggerPrice?: string | undefined;
  /** Time in force; FOK / AT_THE_OPEN / AT_THE_CLOSE are DENIED. */
  readonly timeInForce: NautilusTimeInForce;
  /** GTD expiry, Unix ms. */
  readonly expireTimeMs?: number | undefined;
  /** Only add liquidity: the venue cancels instead of crossing. Not allowed with IOC or market types. */
  readonly postOnly?: boolean | undefined;
  /** Only reduce a position (perps; DENIED on spot and binary markets). */
  readonly reduceOnly?: boolean | undefined;
  /** Quantity in quote units: not supported by Lighter (true is DENIED). */
  readonly quoteQuantity?: boolean | undefined;
  /** Iceberg display quantity: not supported by Lighter (any value is DENIED). */
  readonly displayQty?: string | undefined;
  /** Nautilus StrategyId of the submitting strategy; kept in the identity store, never sent to the venue. */
  readonly strategyId?: string | undefined;
  /** Per-order override of the market-order slippage cap (docs/protocol/nautilus.md#parity-checklist). */
  readonly marketOrderSlippageBps?: number | undefined;
  /**
   * Lighter parameters (Nautilus `SubmitOrder.params`): self-trade prevention, integrator, nonce
   * skip. Sent as the tx's L2TxAttributes; an invalid value DENIES the order naming `params.<field>`.
   */
  readonly params?: LighterOrderParams | undefined;
}
