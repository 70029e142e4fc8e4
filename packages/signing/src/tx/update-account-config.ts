// UpdateAccountConfig, tx type 41 (LG `types/txtypes/update_account_config.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signUpdateAccountConfig`. */
export interface UpdateAccountConfigParams extends TxCommonParams {
  /** Account trading mode, 0 or 1. */
  accountTradingMode: IntegerInput;
}

/** Decoded UpdateAccountConfig tx_info. */
export interface UpdateAccountConfigTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Account trading mode code, one of lighter-go's `AccountTradingMode` values. */
  readonly AccountTradingMode: bigint;
}

/** Spec of UpdateAccountConfig: 7 hashed elements. */
export const updateAccountConfigSpec: TxSpec = {
  kind: 'UpdateAccountConfig',
  txType: TX_TYPE.UPDATE_ACCOUNT_CONFIG,
  accountKey: 'AccountIndex',
  body: [{ type: 'int', key: 'AccountTradingMode', param: 'accountTradingMode', width: 'u8', hash: 'fe' }],
  validate(info: TxInfoRecord): void {
    const m = info.AccountTradingMode as bigint;
    if (m !== 0n && m !== 1n) reject('AccountTradingMode', 'AccountTradingMode is invalid');
  },
};
