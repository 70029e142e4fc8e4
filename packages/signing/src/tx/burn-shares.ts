// BurnShares, tx type 19 (LG `types/txtypes/burn_shares.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signBurnShares`. */
export interface BurnSharesParams extends TxCommonParams {
  /** Public pool account index (≥ 2^47). */
  publicPoolIndex: IntegerInput;
  /** Shares, 1 … 2^60-1. */
  shareAmount: IntegerInput;
}

/** Decoded BurnShares tx_info. */
export interface BurnSharesTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Account index of the public pool (a sub-account index, ≥ 2^47). */
  readonly PublicPoolIndex: bigint;
  /** Pool shares to mint or burn, 1 … 2^60-1. */
  readonly ShareAmount: bigint;
}

/** Spec of BurnShares: 8 hashed elements. */
export const burnSharesSpec: TxSpec = {
  kind: 'BurnShares',
  txType: TX_TYPE.BURN_SHARES,
  accountKey: 'AccountIndex',
  body: [
    { type: 'int', key: 'PublicPoolIndex', param: 'publicPoolIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'ShareAmount', param: 'shareAmount', width: 'i64', hash: 'fe' },
  ],
  validate(info: TxInfoRecord): void {
    const p = info.PublicPoolIndex as bigint;
    if (p < TX_LIMITS.MIN_SUB_ACCOUNT_INDEX) reject('PublicPoolIndex', 'PublicPoolIndex should not be less than -1');
    if (p > TX_LIMITS.MAX_ACCOUNT_INDEX)
      reject('PublicPoolIndex', 'PublicPoolIndex should not be larger than 281474976710654');
    const s = info.ShareAmount as bigint;
    if (s < 1n) reject('ShareAmount', 'PoolBurnShareAmount should be larger than 1');
    if (s > TX_LIMITS.MAX_SHARES_TO_MINT_OR_BURN)
      reject('ShareAmount', 'PoolBurnShareAmount should not be larger than 1152921504606846975');
  },
};
