/** Nautilus report payloads (docs/protocol/nautilus.md#parity-checklist). Decimals are strings, timestamps Unix ms. */
import type {
  LiquiditySide,
  NautilusOrderType,
  NautilusTimeInForce,
  OrderSide,
  NautilusOrderStatus,
} from '../orders/types.js';

/** Order status as reported by the venue, with the ClientOrderId restored where known. */
export interface OrderStatusReport {
  readonly accountId: string;
  readonly instrumentId: string;
  readonly clientOrderId: string | undefined;
  readonly venueOrderId: string;
  readonly orderSide: OrderSide;
  readonly orderType: NautilusOrderType;
  readonly timeInForce: NautilusTimeInForce;
  readonly orderStatus: NautilusOrderStatus;
  readonly quantity: string;
  readonly filledQty: string;
  readonly price: string | undefined;
  readonly triggerPrice: string | undefined;
  readonly avgPx: string | undefined;
  readonly postOnly: boolean;
  readonly reduceOnly: boolean;
  readonly expireTimeMs: number | undefined;
  /** Suffix of the venue `canceled-*` status. */
  readonly cancelReason: string | undefined;
  readonly tsAccepted: number;
  readonly tsLast: number;
  readonly tsInit: number;
}

/** One fill as reported by the venue. */
export interface FillReport {
  readonly accountId: string;
  readonly instrumentId: string;
  readonly venueOrderId: string;
  readonly clientOrderId: string | undefined;
  readonly tradeId: string;
  readonly orderSide: OrderSide;
  readonly lastQty: string;
  readonly lastPx: string;
  readonly commission: { readonly amount: string; readonly currency: string };
  readonly liquiditySide: LiquiditySide;
  readonly tsEvent: number;
  readonly tsInit: number;
}

/** Net position per instrument (NETTING). */
export interface PositionStatusReport {
  readonly accountId: string;
  readonly instrumentId: string;
  readonly positionSide: 'LONG' | 'SHORT' | 'FLAT';
  readonly quantity: string;
  /** Signed quantity (negative for shorts). */
  readonly signedDecimalQty: string;
  readonly avgPxOpen: string | undefined;
  readonly tsLast: number;
  readonly tsInit: number;
}

/** The three report lists of one reconciliation pass. */
export interface ExecutionMassStatus {
  readonly clientId: string;
  readonly accountId: string;
  readonly venue: string;
  readonly tsInit: number;
  readonly orderReports: readonly OrderStatusReport[];
  readonly fillReports: readonly FillReport[];
  readonly positionReports: readonly PositionStatusReport[];
}

/** Merged account state (docs/protocol/nautilus.md#emission-rules, R7): emitted only after assets and user_stats both arrived. */
export interface AccountState {
  readonly accountId: string;
  readonly accountType: 'MARGIN';
  readonly baseCurrency: null;
  readonly balances: readonly {
    readonly currency: string;
    readonly total: string;
    readonly locked: string;
    readonly free: string;
  }[];
  readonly margins: readonly { readonly currency: string; readonly initial: string; readonly maintenance: string }[];
  /** Account tier as `accountLimits.user_tier` spells it (`std`, …); null until read (docs/protocol/errors-and-limits.md#account-tiers). */
  readonly tier: string | null;
  /** Volume quota left as the latest sendTx answer reported it; null until one did (Standard accounts never; docs/protocol/errors-and-limits.md#volume-quota). */
  readonly volumeQuotaRemaining: number | null;
  readonly tsEvent: number;
}

/** Tier and volume quota of the account as the venue last reported them, with when (ms). */
export interface AccountVenueLimits {
  readonly tier: string | null;
  readonly tierReadAt: number | null;
  readonly volumeQuotaRemaining: number | null;
  readonly volumeQuotaReadAt: number | null;
}
