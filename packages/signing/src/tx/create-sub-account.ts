// CreateSubAccount, tx type 9 (LG `types/txtypes/create_sub_account.go`).
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import type { CommonTxInfo, TxInfoRecord, TxSpec } from './spec.js';

/** Parameters of `signer.signCreateSubAccount` (the signer must be a master account). */
export interface CreateSubAccountParams extends TxCommonParams {}

/** Decoded CreateSubAccount tx_info. */
export interface CreateSubAccountTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
}

/** Spec of CreateSubAccount: 6 hashed elements. */
export const createSubAccountSpec: TxSpec = {
  kind: 'CreateSubAccount',
  txType: TX_TYPE.CREATE_SUB_ACCOUNT,
  accountKey: 'AccountIndex',
  maxAccountIndex: TX_LIMITS.MAX_MASTER_ACCOUNT_INDEX,
  body: [],
  validate(_info: TxInfoRecord): void {},
};
