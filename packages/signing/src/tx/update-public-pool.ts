// UpdatePublicPool, tx type 11 (LG `types/txtypes/update_public_pool.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { checkPoolFees } from './create-public-pool.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signUpdatePublicPool`. */
export interface UpdatePublicPoolParams extends TxCommonParams {
  /** Account index of the public pool (≥ 2^47). */
  publicPoolIndex: IntegerInput;
  /** 0 active, 1 frozen. */
  status: IntegerInput;
  /** Operator fee on pool profits, ppm (1 … 1 000 000). */
  operatorFee: IntegerInput;
  /** Share of the pool the operator must keep, basis points (≤ 10 000). */
  minOperatorShareRate: IntegerInput;
}

/** Decoded UpdatePublicPool tx_info. */
export interface UpdatePublicPoolTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Account index of the public pool (a sub-account index, ≥ 2^47). */
  readonly PublicPoolIndex: bigint;
  /** Pool status code, 0 or 1: the only values lighter-go's `Validate` accepts. */
  readonly Status: bigint;
  /** Operator fee on pool profits, ppm (1 … 1 000 000). */
  readonly OperatorFee: bigint;
  /** Share of the pool the operator must keep, basis points (≤ 10 000). */
  readonly MinOperatorShareRate: bigint;
}

/** Spec of UpdatePublicPool: 10 hashed elements. */
export const updatePublicPoolSpec: TxSpec = {
  kind: 'UpdatePublicPool',
  txType: TX_TYPE.UPDATE_PUBLIC_POOL,
  accountKey: 'AccountIndex',
  body: [
    { type: 'int', key: 'PublicPoolIndex', param: 'publicPoolIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'Status', param: 'status', width: 'u8', hash: 'fe' },
    { type: 'int', key: 'OperatorFee', param: 'operatorFee', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'MinOperatorShareRate', param: 'minOperatorShareRate', width: 'u16', hash: 'fe' },
  ],
  validate(info: TxInfoRecord): void {
    const p = info.PublicPoolIndex as bigint;
    if (p < TX_LIMITS.MIN_ACCOUNT_INDEX) reject('PublicPoolIndex', 'PublicPoolIndex should not be less than -1');
    if (p > TX_LIMITS.MAX_ACCOUNT_INDEX)
      reject('PublicPoolIndex', `PublicPoolIndex should not be larger than ${TX_LIMITS.MAX_ACCOUNT_INDEX}`);
    const s = info.Status as bigint;
    if (s !== 0n && s !== 1n) reject('Status', 'PoolStatus should be either 0 or 1');
    checkPoolFees(info);
  },
};
