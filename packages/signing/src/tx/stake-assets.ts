// StakeAssets, tx type 35 (LG `types/txtypes/stake_assets.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signStakeAssets`. */
export interface StakeAssetsParams extends TxCommonParams {
  /** Staking pool account index (≥ 2^47). */
  stakingPoolIndex: IntegerInput;
  /** Shares, 1 … 2^60-1. */
  shareAmount: IntegerInput;
}

/** Decoded StakeAssets tx_info. */
export interface StakeAssetsTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Account index of the staking pool (a sub-account index, ≥ 2^47). */
  readonly StakingPoolIndex: bigint;
  /** Pool shares to mint or burn, 1 … 2^60-1. */
  readonly ShareAmount: bigint;
}

/** Spec of StakeAssets: 8 hashed elements. */
export const stakeAssetsSpec: TxSpec = {
  kind: 'StakeAssets',
  txType: TX_TYPE.STAKE_ASSETS,
  accountKey: 'AccountIndex',
  body: [
    { type: 'int', key: 'StakingPoolIndex', param: 'stakingPoolIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'ShareAmount', param: 'shareAmount', width: 'i64', hash: 'fe' },
  ],
  validate(info: TxInfoRecord): void {
    const p = info.StakingPoolIndex as bigint;
    if (p < TX_LIMITS.MIN_SUB_ACCOUNT_INDEX)
      reject('StakingPoolIndex', 'StakingPoolIndex should not be less than 140737488355328');
    if (p > TX_LIMITS.MAX_ACCOUNT_INDEX)
      reject('StakingPoolIndex', 'StakingPoolIndex should not be larger than 281474976710654');
    const s = info.ShareAmount as bigint;
    if (s < 1n) reject('ShareAmount', 'StakeAssetsAmount should be larger than 1');
    if (s > TX_LIMITS.MAX_SHARES_TO_MINT_OR_BURN)
      reject('ShareAmount', 'StakeAssetsAmount should not be larger than 1152921504606846975');
  },
};
