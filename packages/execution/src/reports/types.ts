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
  /** Nautilus AccountId (config `accountId`, e.g. `LIGHTER-001`). */
  readonly accountId: string;
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** ClientOrderId restored from the identity store; undefined for orders this client did not place (external orders). */
  readonly clientOrderId: string | undefined;
  /** Venue order index as a decimal string. */
  readonly venueOrderId: string;
  /** BUY or SELL. */
  readonly orderSide: OrderSide;
  /** Nautilus order type mapped from the venue type. */
  readonly orderType: NautilusOrderType;
  /** Nautilus time in force mapped from the venue's `time_in_force` and expiry. */
  readonly timeInForce: NautilusTimeInForce;
  /** Nautilus status mapped from the venue status. */
  readonly orderStatus: NautilusOrderStatus;
  /** Order quantity (initial base amount), decimal string in base units. */
  readonly quantity: string;
  /** Quantity filled so far, decimal string in base units. */
  readonly filledQty: string;
  /** Limit price, decimal string; undefined for orders without one. */
  readonly price: string | undefined;
  /** Trigger price, decimal string; undefined for orders without a trigger. */
  readonly triggerPrice: string | undefined;
  /** Average fill price (filled quote / filled base), decimal string; undefined before any fill. */
  readonly avgPx: string | undefined;
  /** True for a post-only order. */
  readonly postOnly: boolean;
  /** True for a reduce-only order. */
  readonly reduceOnly: boolean;
  /** When the order expires at the venue, Unix ms; undefined when it carries no expiry. */
  readonly expireTimeMs: number | undefined;
  /** Suffix of the venue `canceled-*` status. */
  readonly cancelReason: string | undefined;
  /** When the venue created the order, Unix ms (report time when the venue gave none). */
  readonly tsAccepted: number;
  /** Time of the last change the report reflects, Unix ms. */
  readonly tsLast: number;
  /** When this report was built, Unix ms. */
  readonly tsInit: number;
}

/** One fill as reported by the venue. */
export interface FillReport {
  /** Nautilus AccountId (config `accountId`, e.g. `LIGHTER-001`). */
  readonly accountId: string;
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** Venue order index of our side of the trade, as a decimal string. */
  readonly venueOrderId: string;
  /** ClientOrderId of our order in this fill, restored from the identity store; undefined for external orders. */
  readonly clientOrderId: string | undefined;
  /** Venue trade id as a string. */
  readonly tradeId: string;
  /** BUY or SELL. */
  readonly orderSide: OrderSide;
  /** Quantity of this fill, decimal string in base units. */
  readonly lastQty: string;
  /** Price of this fill, decimal string. */
  readonly lastPx: string;
  /** Fee of this fill. */
  readonly commission: {
    /** Fee amount as a decimal string: the notional times the venue's maker or taker fee rate (ppm). */
    readonly amount: string;
    /** Currency of the fee: the instrument's quote currency (`USDC`). */
    readonly currency: string;
  };
  /** MAKER when our order rested, TAKER when it crossed. */
  readonly liquiditySide: LiquiditySide;
  /** When it happened at the venue, Unix ms (report time when the venue gave none). */
  readonly tsEvent: number;
  /** When this report was built, Unix ms. */
  readonly tsInit: number;
}

/** Net position per instrument (NETTING). */
export interface PositionStatusReport {
  /** Nautilus AccountId (config `accountId`, e.g. `LIGHTER-001`). */
  readonly accountId: string;
  /** Nautilus InstrumentId (`ETH-PERP.LIGHTER`). */
  readonly instrumentId: string;
  /** LONG, SHORT or FLAT (quantity 0). */
  readonly positionSide: 'LONG' | 'SHORT' | 'FLAT';
  /** Absolute position size, decimal string in base units (`0` when flat). */
  readonly quantity: string;
  /** Signed quantity (negative for shorts). */
  readonly signedDecimalQty: string;
  /** Average entry price, decimal string; undefined when flat or not reported. */
  readonly avgPxOpen: string | undefined;
  /** When the position was read, Unix ms. */
  readonly tsLast: number;
  /** When this report was built, Unix ms. */
  readonly tsInit: number;
}

/** The three report lists of one reconciliation pass. */
export interface ExecutionMassStatus {
  /** Nautilus ClientId of the client that ran the pass (the venue code). */
  readonly clientId: string;
  /** Nautilus AccountId (config `accountId`, e.g. `LIGHTER-001`). */
  readonly accountId: string;
  /** Nautilus venue code (config `venue`). */
  readonly venue: string;
  /** When the pass finished, Unix ms. */
  readonly tsInit: number;
  /** One report per order the venue returned in the window. */
  readonly orderReports: readonly OrderStatusReport[];
  /** One report per own fill the venue returned in the window. */
  readonly fillReports: readonly FillReport[];
  /** One report per instrument with a position (or asked for). */
  readonly positionReports: readonly PositionStatusReport[];
}

/** Merged account state (docs/protocol/nautilus.md#emission-rules, R7): emitted only after assets and user_stats both arrived. */
export interface AccountState {
  /** Nautilus AccountId (config `accountId`, e.g. `LIGHTER-001`). */
  readonly accountId: string;
  /** Always `MARGIN`: Lighter accounts trade on cross / isolated margin. */
  readonly accountType: 'MARGIN';
  /** Always null: balances are multi-currency. */
  readonly baseCurrency: null;
  /** One balance per asset of `account_all_assets`. */
  readonly balances: readonly {
    /** Asset symbol (`USDC`, `ETH`). */
    readonly currency: string;
    /** Spot balance plus perp margin balance, decimal string (NT #4246). */
    readonly total: string;
    /** Reserved by open spot orders (`locked_balance`), decimal string. */
    readonly locked: string;
    /** `total` minus `locked`, never below 0, decimal string. */
    readonly free: string;
  }[];
  /** Account-level margin (cross margin, one entry in USDC). */
  readonly margins: readonly {
    /** Margin currency (always `USDC`). */
    readonly currency: string;
    /** Margin in use: collateral minus available balance from `user_stats`, never below 0, decimal string. */
    readonly initial: string;
    /** Maintenance margin; always `0` (the venue's account streams do not report it). */
    readonly maintenance: string;
  }[];
  /** Account tier as `accountLimits.user_tier` spells it (`std`, …); null until read (docs/protocol/errors-and-limits.md#account-tiers). */
  readonly tier: string | null;
  /** Volume quota left as the latest sendTx answer reported it; null until one did (Standard accounts never; docs/protocol/errors-and-limits.md#volume-quota). */
  readonly volumeQuotaRemaining: number | null;
  /** When the merged state was built, Unix ms. */
  readonly tsEvent: number;
}

/** Tier and volume quota of the account as the venue last reported them, with when (ms). */
export interface AccountVenueLimits {
  /** Account tier as `accountLimits.user_tier` spells it (`std`, …); null until read. */
  readonly tier: string | null;
  /** When `tier` was read, Unix ms; null until then. */
  readonly tierReadAt: number | null;
  /** Volume quota left as the latest sendTx answer reported it; null until one did. */
  readonly volumeQuotaRemaining: number | null;
  /** When `volumeQuotaRemaining` was reported, Unix ms; null until then. */
  readonly volumeQuotaReadAt: number | null;
}
