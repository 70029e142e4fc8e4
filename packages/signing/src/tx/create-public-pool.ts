// CreatePublicPool, tx type 10 (LG `types/txtypes/create_public_pool.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signCreatePublicPool`. */
export interface CreatePublicPoolParams extends TxCommonParams {
  /** Operator fee, ppm (0 … 1 000 000). */
  operatorFee: IntegerInput;
  /** Initial shares (1 share = 0.001 USDC), 1 … 10^12. */
  initialTotalShares: IntegerInput;
  /** Minimum operator share rate, 1/10 000 units (0 … 10 000). */
  minOperatorShareRate: IntegerInput;
}

/** Decoded CreatePublicPool tx_info. */
export interface CreatePublicPoolTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Operator fee on pool profits, ppm (1 … 1 000 000). */
  readonly OperatorFee: bigint;
  /** Shares minted to the operator at creation (0.001 USDC a share), 1 … 10^12; lighter-go checks > 0 although its message names 1 000 000. */
  readonly InitialTotalShares: bigint;
  /** Share of the pool the operator must keep, basis points (≤ 10 000). */
  readonly MinOperatorShareRate: bigint;
}

/** Shared operator-fee / share-rate checks of the pool txs. */
export function checkPoolFees(info: TxInfoRecord): void {
  const fee = info.OperatorFee as bigint;
  if (fee < 0n || fee > TX_LIMITS.FEE_TICK)
    reject('OperatorFee', 'PoolOperatorFee should be larger than 0 and not larger than 1000000');
  if ((info.MinOperatorShareRate as bigint) > TX_LIMITS.SHARE_TICK) {
    reject('MinOperatorShareRate', 'PoolMinOperatorShareRate should not be larger than 10000');
  }
}

/** Spec of CreatePublicPool: 9 hashed elements. */
export const createPublicPoolSpec: TxSpec = {
  kind: 'CreatePublicPool',
  txType: TX_TYPE.CREATE_PUBLIC_POOL,
  accountKey: 'AccountIndex',
  maxAccountIndex: TX_LIMITS.MAX_MASTER_ACCOUNT_INDEX,
  body: [
    { type: 'int', key: 'OperatorFee', param: 'operatorFee', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'InitialTotalShares', param: 'initialTotalShares', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'MinOperatorShareRate', param: 'minOperatorShareRate', width: 'u16', hash: 'fe' },
  ],
  validate(info: TxInfoRecord): void {
    checkPoolFees(info);
    const s = info.InitialTotalShares as bigint;
    if (s <= 0n) reject('InitialTotalShares', 'PoolInitialTotalShares should be larger than 1000000');
    if (s > TX_LIMITS.MAX_INITIAL_TOTAL_SHARES)
      reject('InitialTotalShares', 'PoolInitialTotalShares should not be larger than 1000000000000');
  },
};
