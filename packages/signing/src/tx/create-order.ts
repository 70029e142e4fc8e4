// CreateOrder, tx type 14 (LG `types/txtypes/create_order.go`; docs/protocol/signing.md#per-type-field-lists, docs/protocol/signing.md#tx-info-json).
import type { TxCommonParams, OrderParams } from './common.js';
import { TX_TYPE } from './constants.js';
import { isBinaryMarket, isPerpsMarket, isSpotMarket, validateOrderRanges, validateOrderType } from './order-rules.js';
import { type CommonTxInfo, ORDER_FIELDS, type OrderInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signCreateOrder`. */
export interface CreateOrderParams extends TxCommonParams, OrderParams {}

/** Decoded CreateOrder tx_info (OrderInfo flattened, docs/protocol/signing.md#tx-info-json). */
export interface CreateOrderTxInfo extends CommonTxInfo, OrderInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
}

/** Spec of CreateOrder: 16 hashed elements. */
export const createOrderSpec: TxSpec = {
  kind: 'CreateOrder',
  txType: TX_TYPE.CREATE_ORDER,
  accountKey: 'AccountIndex',
  body: ORDER_FIELDS,
  validate(info: TxInfoRecord): void {
    const o = info as unknown as OrderInfo;
    const spot = isSpotMarket(o.MarketIndex);
    const perps = isPerpsMarket(o.MarketIndex);
    const binary = isBinaryMarket(o.MarketIndex);
    if (!spot && !perps && !binary) reject('MarketIndex', 'MarketIndex is not valid');
    validateOrderRanges(o, '');
    if ((spot || binary) && o.ReduceOnly === 1n) reject('ReduceOnly', 'ReduceOnly is invalid');
    validateOrderType(o, '', perps);
  },
};
