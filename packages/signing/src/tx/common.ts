// Parameter and result shapes shared by every tx type.
import type { IntegerInput } from '../validate.js';
import type { L2TxAttributesInput } from './attributes.js';
import type { CommonTxInfo, OrderInfo } from './spec.js';

/** Parameters every `sign*` method accepts besides its own fields. */
export interface TxCommonParams {
  /** Per-API-key nonce (from `nextNonce`), int64 ≥ 0. */
  nonce: IntegerInput;
  /** Tx validity deadline, Unix **milliseconds**; default now + 599 000 ms (docs/protocol/signing.md#transaction-hashes). */
  expiredAt?: IntegerInput;
  /** Optional L2 tx attributes (docs/protocol/signing.md#tx-attributes); nil values are omitted. */
  attributes?: L2TxAttributesInput;
}

/** One order in a parameter object (CreateOrder, CreateGroupedOrders). */
export interface OrderParams {
  /** Perps 0-254, spot 2048-4094. */
  marketIndex: IntegerInput;
  /** 1 … 2^48-1, or 0/omitted for none. */
  clientOrderIndex?: IntegerInput;
  /** Size in base lots, ≤ 2^48-1 (0 only for reduce-only children). */
  baseAmount: IntegerInput;
  /** Price in ticks, 1 … 2^32-1 (worst acceptable price for market orders). */
  price: IntegerInput;
  /** true = sell. */
  isAsk: boolean | 0 | 1;
  /** ORDER_TYPE value (0 limit … 6 TWAP). */
  orderType: IntegerInput;
  /** TIME_IN_FORCE value (0 IOC, 1 GTT, 2 post-only). */
  timeInForce: IntegerInput;
  /** Default false. */
  reduceOnly?: boolean | 0 | 1;
  /** Trigger price in ticks, 0/omitted for none. */
  triggerPrice?: IntegerInput;
  /** Unix ms; 0 for IOC/market; -1 = now + 28 days (resolved before hashing). */
  orderExpiry: IntegerInput;
}

export type { CommonTxInfo, OrderInfo };
