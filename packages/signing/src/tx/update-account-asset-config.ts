// UpdateAccountAssetConfig, tx type 42 (LG `types/txtypes/update_account_asset_config.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';
import { checkAssetIndex } from './withdraw.js';

/** Parameters of `signer.signUpdateAccountAssetConfig`. */
export interface UpdateAccountAssetConfigParams extends TxCommonParams {
  /** Asset id 1 … 62. */
  assetIndex: IntegerInput;
  /** 0 = asset not used as margin, 1 = used as margin. */
  assetMarginMode: IntegerInput;
}

/** Decoded UpdateAccountAssetConfig tx_info. */
export interface UpdateAccountAssetConfigTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Asset id 1 … 62 whose margin setting changes. */
  readonly AssetIndex: bigint;
  /** Whether the asset counts as margin: 0 disabled, 1 enabled. */
  readonly AssetMarginMode: bigint;
}

/** Spec of UpdateAccountAssetConfig: 8 hashed elements. */
export const updateAccountAssetConfigSpec: TxSpec = {
  kind: 'UpdateAccountAssetConfig',
  txType: TX_TYPE.UPDATE_ACCOUNT_ASSET_CONFIG,
  accountKey: 'AccountIndex',
  body: [
    { type: 'int', key: 'AssetIndex', param: 'assetIndex', width: 'i16', hash: 'fe' },
    { type: 'int', key: 'AssetMarginMode', param: 'assetMarginMode', width: 'u8', hash: 'fe' },
  ],
  validate(info: TxInfoRecord): void {
    checkAssetIndex(info.AssetIndex as bigint);
    const m = info.AssetMarginMode as bigint;
    if (m !== 0n && m !== 1n) reject('AssetMarginMode', 'MarginMode is not valid');
  },
};
