// ModifyOrder, tx type 17 (LG `types/txtypes/modify_order.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { isBinaryMarket, isPerpsMarket, isSpotMarket } from './order-rules.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signModifyOrder`. */
export interface ModifyOrderParams extends TxCommonParams {
  /** Market index: perps 0-254, spot 2048-4094, binary 1000-2000. */
  marketIndex: IntegerInput;
  /** Venue order index or client order index of the order to modify. */
  orderIndex: IntegerInput;
  /** New size (0 = keep, position-tied orders). */
  baseAmount: IntegerInput;
  /** New limit price in price ticks (1 … 2^32-1). */
  price: IntegerInput;
  /** Default 0 (none). */
  triggerPrice?: IntegerInput;
}

/** Decoded ModifyOrder tx_info. */
export interface ModifyOrderTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Market index: perps 0-254, spot 2048-4094, binary 1000-2000 (int64 on the wire). */
  readonly MarketIndex: bigint;
  /** The order to act on: a client order index (1 … 2^48-1) or a venue order index (≥ 2^48). */
  readonly Index: bigint;
  /** New size in base-amount ticks (the market's size decimals), 0 … 2^48-1. */
  readonly BaseAmount: bigint;
  /** New limit price in price ticks (uint32, 1 … 2^32-1). */
  readonly Price: bigint;
  /** New trigger price in price ticks for stop / take-profit orders, else 0. */
  readonly TriggerPrice: bigint;
}

/** Spec of ModifyOrder: 11 hashed elements. */
export const modifyOrderSpec: TxSpec = {
  kind: 'ModifyOrder',
  txType: TX_TYPE.MODIFY_ORDER,
  accountKey: 'AccountIndex',
  body: [
    // int64 since lighter-go v1.0.11 (docs/protocol/binary-options.md#market-ids).
    { type: 'int', key: 'MarketIndex', param: 'marketIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'Index', param: 'orderIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'BaseAmount', param: 'baseAmount', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'Price', param: 'price', width: 'u32', hash: 'fe' },
    { type: 'int', key: 'TriggerPrice', param: 'triggerPrice', width: 'u32', hash: 'fe', default: 0n },
  ],
  validate(info: TxInfoRecord): void {
    const m = info.MarketIndex as bigint;
    if (!isSpotMarket(m) && !isPerpsMarket(m) && !isBinaryMarket(m)) reject('MarketIndex', 'MarketIndex is not valid');
    const idx = info.Index as bigint;
    if (idx < 1n) reject('Index', 'ClientOrderIndex should not be less than 1');
    if (idx > TX_LIMITS.MAX_ORDER_INDEX)
      reject('Index', `ClientOrderIndex should not be larger than ${TX_LIMITS.MAX_CLIENT_ORDER_INDEX}`);
    const base = info.BaseAmount as bigint;
    if (base < 0n) reject('BaseAmount', 'BaseAmount should not be less than 1');
    if (base > TX_LIMITS.MAX_ORDER_BASE_AMOUNT)
      reject('BaseAmount', `BaseAmount should not be larger than ${TX_LIMITS.MAX_ORDER_BASE_AMOUNT}`);
    if ((info.Price as bigint) < 1n) reject('Price', 'OrderPrice should not be less than 1');
  },
};
