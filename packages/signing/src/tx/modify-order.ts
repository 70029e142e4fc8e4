// ModifyOrder, tx type 17 (LG `types/txtypes/modify_order.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { isBinaryMarket, isPerpsMarket, isSpotMarket } from './order-rules.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signModifyOrder`. */
export interface ModifyOrderParams extends TxCommonParams {
  marketIndex: IntegerInput;
  /** Venue order index or client order index of the order to modify. */
  orderIndex: IntegerInput;
  /** New size (0 = keep, position-tied orders). */
  baseAmount: IntegerInput;
  price: IntegerInput;
  /** Default 0 (none). */
  triggerPrice?: IntegerInput;
}

/** Decoded ModifyOrder tx_info. */
export interface ModifyOrderTxInfo extends CommonTxInfo {
  readonly AccountIndex: bigint;
  readonly MarketIndex: bigint;
  readonly Index: bigint;
  readonly BaseAmount: bigint;
  readonly Price: bigint;
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
