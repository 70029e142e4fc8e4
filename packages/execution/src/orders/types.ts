/**
 * Nautilus-style order vocabulary (docs/protocol/nautilus.md#parity-checklist, docs/protocol/nautilus.md#identifiers, docs/protocol/nautilus.md#order-state-machine). Strings, not numbers, so events
 * read the same as NautilusTrader's.
 */
import type { LighterOrderParams } from '../translate/order-params.js';

/** Order side. */
export const ORDER_SIDE = { BUY: 'BUY', SELL: 'SELL' } as const;
/** Literal union of {@link ORDER_SIDE}. */
export type OrderSide = (typeof ORDER_SIDE)[keyof typeof ORDER_SIDE];

/** Nautilus order types (only some are supported by Lighter; the rest are DENIED). */
export const NAUTILUS_ORDER_TYPE = {
  MARKET: 'MARKET',
  LIMIT: 'LIMIT',
  STOP_MARKET: 'STOP_MARKET',
  STOP_LIMIT: 'STOP_LIMIT',
  MARKET_IF_TOUCHED: 'MARKET_IF_TOUCHED',
  LIMIT_IF_TOUCHED: 'LIMIT_IF_TOUCHED',
  MARKET_TO_LIMIT: 'MARKET_TO_LIMIT',
  TRAILING_STOP_MARKET: 'TRAILING_STOP_MARKET',
  TRAILING_STOP_LIMIT: 'TRAILING_STOP_LIMIT',
} as const;
/** Literal union of {@link NAUTILUS_ORDER_TYPE}. */
export type NautilusOrderType = (typeof NAUTILUS_ORDER_TYPE)[keyof typeof NAUTILUS_ORDER_TYPE];

/** Nautilus time in force. */
export const NAUTILUS_TIME_IN_FORCE = {
  GTC: 'GTC',
  IOC: 'IOC',
  FOK: 'FOK',
  GTD: 'GTD',
  DAY: 'DAY',
  AT_THE_OPEN: 'AT_THE_OPEN',
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
  INITIALIZED: 'INITIALIZED',
  DENIED: 'DENIED',
  EMULATED: 'EMULATED',
  RELEASED: 'RELEASED',
  SUBMITTED: 'SUBMITTED',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  CANCELED: 'CANCELED',
  EXPIRED: 'EXPIRED',
  TRIGGERED: 'TRIGGERED',
  PENDING_UPDATE: 'PENDING_UPDATE',
  PENDING_CANCEL: 'PENDING_CANCEL',
  PARTIALLY_FILLED: 'PARTIALLY_FILLED',
  FILLED: 'FILLED',
} as const;
/** Literal union of {@link NAUTILUS_ORDER_STATUS}. */
export type NautilusOrderStatus = (typeof NAUTILUS_ORDER_STATUS)[keyof typeof NAUTILUS_ORDER_STATUS];

/** Liquidity side of a fill. */
export const LIQUIDITY_SIDE = { MAKER: 'MAKER', TAKER: 'TAKER', NO_LIQUIDITY_SIDE: 'NO_LIQUIDITY_SIDE' } as const;
/** Literal union of {@link LIQUIDITY_SIDE}. */
export type LiquiditySide = (typeof LIQUIDITY_SIDE)[keyof typeof LIQUIDITY_SIDE];

/** Contingency type of an order list (OTO/OCO/OTOCO map to venue grouped orders). */
export const CONTINGENCY_TYPE = { NO_CONTINGENCY: 'NO_CONTINGENCY', OTO: 'OTO', OCO: 'OCO', OUO: 'OUO' } as const;
/** Literal union of {@link CONTINGENCY_TYPE}. */
export type ContingencyType = (typeof CONTINGENCY_TYPE)[keyof typeof CONTINGENCY_TYPE];

/**
 * A Nautilus order as submitted by a strategy. Quantities and prices are decimal strings
 * (exact); timestamps are Unix ms.
 */
export interface NautilusOrder {
  readonly clientOrderId: string;
  readonly instrumentId: string;
  readonly side: OrderSide;
  readonly type: NautilusOrderType;
  readonly quantity: string;
  readonly price?: string | undefined;
  readonly triggerPrice?: string | undefined;
  readonly timeInForce: NautilusTimeInForce;
  /** GTD expiry, Unix ms. */
  readonly expireTimeMs?: number | undefined;
  readonly postOnly?: boolean | undefined;
  readonly reduceOnly?: boolean | undefined;
  readonly quoteQuantity?: boolean | undefined;
  readonly displayQty?: string | undefined;
  readonly strategyId?: string | undefined;
  /** Per-order override of the market-order slippage cap (docs/protocol/nautilus.md#parity-checklist). */
  readonly marketOrderSlippageBps?: number | undefined;
  /**
   * Lighter parameters (Nautilus `SubmitOrder.params`): self-trade prevention, integrator, nonce
   * skip. Sent as the tx's L2TxAttributes; an invalid value DENIES the order naming `params.<field>`.
   */
  readonly params?: LighterOrderParams | undefined;
}
