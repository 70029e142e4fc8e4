// CancelAllOrders, tx type 16 (LG `types/txtypes/cancel_all_orders.go`).
import type { IntegerInput } from '../validate.js';
import type { L2TxAttributes } from './attributes.js';
import type { TxCommonParams } from './common.js';
import { TX_ATTRIBUTE, CANCEL_ALL_TIME_IN_FORCE, TX_LIMITS, TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signCancelAllOrders`. */
export interface CancelAllOrdersParams extends TxCommonParams {
  /** CANCEL_ALL_TIME_IN_FORCE: 0 immediate, 1 scheduled (dead-man switch), 2 abort scheduled. */
  timeInForce: IntegerInput;
  /** Unix ms for a scheduled cancel, else 0 (default). */
  time?: IntegerInput;
}

/** Decoded CancelAllOrders tx_info. */
export interface CancelAllOrdersTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Cancel-all mode (models' `CANCEL_ALL_TIME_IN_FORCE`): 0 now, 1 scheduled, 2 abort the scheduled one. */
  readonly TimeInForce: bigint;
  /** Scheduled cancel-all time, Unix ms (scheduled mode only, else 0). */
  readonly Time: bigint;
}

/** Spec of CancelAllOrders: 8 hashed elements; attribute 5 limits it to one market. */
export const cancelAllOrdersSpec: TxSpec = {
  kind: 'CancelAllOrders',
  txType: TX_TYPE.CANCEL_ALL_ORDERS,
  accountKey: 'AccountIndex',
  allowNilApiKey: true,
  body: [
    { type: 'int', key: 'TimeInForce', param: 'timeInForce', width: 'u8', hash: 'fe' },
    { type: 'int', key: 'Time', param: 'time', width: 'i64', hash: 'fe', default: 0n },
  ],
  validate(info: TxInfoRecord): void {
    const tif = info.TimeInForce as bigint;
    const time = info.Time as bigint;
    const attrs = info.L2TxAttributes as L2TxAttributes;
    const market = attrs?.find((a) => a.type === TX_ATTRIBUTE.CANCEL_ALL_MARKET_INDEX);
    if (market !== undefined && tif !== 0n && market.value !== TX_LIMITS.NIL_MARKET_INDEX) {
      reject('TimeInForce', "Cancel all for market index can't be scheduled, TimeInforce must be ImmediateCancelAll");
    }
    if (tif === BigInt(CANCEL_ALL_TIME_IN_FORCE.SCHEDULED)) {
      if (time < 1n) reject('Time', 'CancelAllTime should be larger than 0');
    } else if (tif === 0n || tif === 2n) {
      if (time !== 0n) reject('Time', 'CancelAllTime should be nil');
    } else reject('TimeInForce', 'CancelAllTimeInForce is invalid');
  },
};
