// CancelOrder, tx type 15 (LG `types/txtypes/cancel_order.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { isBinaryMarket, isPerpsMarket, isSpotMarket } from './order-rules.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signCancelOrder`. */
export interface CancelOrderParams extends TxCommonParams {
  /** Market index: perps 0-254, spot 2048-4094, binary 1000-2000. */
  marketIndex: IntegerInput;
  /** Venue order index (2^48 … 2^60-1) or client order index (1 … 2^48-1). */
  orderIndex: IntegerInput;
}

/** Decoded CancelOrder tx_info. */
export interface CancelOrderTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Market index: perps 0-254, spot 2048-4094, binary 1000-2000 (int64 on the wire). */
  readonly MarketIndex: bigint;
  /** The order to act on: a client order index (1 … 2^48-1) or a venue order index (≥ 2^48). */
  readonly Index: bigint;
}

/** Spec of CancelOrder: 8 hashed elements. */
export const cancelOrderSpec: TxSpec = {
  kind: 'CancelOrder',
  txType: TX_TYPE.CANCEL_ORDER,
  accountKey: 'AccountIndex',
  body: [
    // int64 since lighter-go v1.0.11 (docs/protocol/binary-options.md#market-ids).
    { type: 'int', key: 'MarketIndex', param: 'marketIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'Index', param: 'orderIndex', width: 'i64', hash: 'fe' },
  ],
  validate(info: TxInfoRecord): void {
    const m = info.MarketIndex as bigint;
    if (!isSpotMarket(m) && !isPerpsMarket(m) && !isBinaryMarket(m)) reject('MarketIndex', 'MarketIndex is not valid');
    const idx = info.Index as bigint;
    if (idx < 1n) reject('Index', `OrderIndex should not be less than ${TX_LIMITS.MIN_ORDER_INDEX}`);
    if (idx > TX_LIMITS.MAX_ORDER_INDEX)
      reject('Index', `OrderIndex should not be larger than ${TX_LIMITS.MAX_ORDER_INDEX}`);
  },
};
