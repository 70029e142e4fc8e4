/**
 * Protocol numbers and venue spellings the simulator needs (docs/protocol/transactions.md#type-codes, docs/protocol/enums.md). The shared ones
 * come from @lighter-ts/models (its zod-free `constants` entry); only simulator-specific tables live here.
 */
import {
  CHAIN_ID,
  ORDER_TYPE,
  ORDER_TYPE_NAME,
  SELF_TRADE_BEHAVIOR,
  TIME_IN_FORCE,
  TIME_IN_FORCE_NAME,
  TX_ATTRIBUTE,
  TX_TYPE,
} from '@lighter-ts/models/constants';

export { CHAIN_ID, ORDER_TYPE, ORDER_TYPE_NAME, TIME_IN_FORCE, TIME_IN_FORCE_NAME, TX_ATTRIBUTE, TX_TYPE };

/** CancelAllOrders time-in-force (docs/protocol/transactions.md#other-order-transactions). */
export const CANCEL_ALL_TIF = { IMMEDIATE: 0, SCHEDULED: 1, ABORT: 2 } as const;

/** Trigger statuses (docs/protocol/enums.md). */
export type TriggerStatus = 'na' | 'ready' | 'mark-price' | 'twap' | 'parent-order';

/** Self-trade behaviour modes, tx attribute 6 (docs/protocol/transactions.md#attributes). */
export const SELF_TRADE_MODE = SELF_TRADE_BEHAVIOR;

/** Limits from lighter-go constants (docs/protocol/transactions.md#orders, docs/protocol/transactions.md#other-order-transactions). */
export const LIMITS = {
  MAX_CLIENT_ORDER_INDEX: 2n ** 48n - 1n,
  MIN_ORDER_INDEX: 2n ** 48n,
  MAX_ORDER_INDEX: 2n ** 60n - 1n,
  MAX_PRICE: 2n ** 32n - 1n,
  MAX_BASE_AMOUNT: 2n ** 48n - 1n,
  MIN_ORDER_EXPIRY_PERIOD_MS: 5 * 60_000,
  MAX_ORDER_EXPIRY_PERIOD_MS: 30 * 24 * 3_600_000,
  MIN_CANCEL_ALL_PERIOD_MS: 5 * 60_000,
  MAX_CANCEL_ALL_PERIOD_MS: 15 * 24 * 3_600_000,
  MAX_BATCH: 50,
  MAX_API_KEY_INDEX: 254,
  /** Auth tokens live at most 8 h (docs/protocol/rest.md#authentication). */
  MAX_AUTH_TOKEN_SECONDS: 8 * 3600,
} as const;
