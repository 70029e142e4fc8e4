// Transfer, tx type 12 (LG `types/txtypes/transfer.go`). Memo is in tx_info and the L1
// message but NOT in the L2 hash (docs/protocol/signing.md#open-points); L1Sig follows Sig.
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';
import { checkAssetIndex, checkRoute } from './withdraw.js';

/** Parameters of `signer.signTransfer`. */
export interface TransferParams extends TxCommonParams {
  toAccountIndex: IntegerInput;
  /** Asset id 1 … 62 (3 = USDC). */
  assetIndex: IntegerInput;
  fromRouteType: IntegerInput;
  toRouteType: IntegerInput;
  /** Amount in asset units, 1 … 2^60-1. */
  amount: IntegerInput;
  /** Fee in USDC units (from `transferFeeInfo`), default 0. */
  usdcFee?: IntegerInput;
  /** 32 bytes (hex or Uint8Array), default zeros. */
  memo?: string | Uint8Array;
  /** Ethereum personal_sign of the L1 message (`signL1Message`), or "" (same master account). */
  l1Sig?: string;
}

/** Decoded Transfer tx_info. */
export interface TransferTxInfo extends CommonTxInfo {
  readonly FromAccountIndex: bigint;
  readonly ToAccountIndex: bigint;
  readonly AssetIndex: bigint;
  readonly FromRouteType: bigint;
  readonly ToRouteType: bigint;
  readonly Amount: bigint;
  readonly USDCFee: bigint;
  readonly Memo: Uint8Array;
  readonly L1Sig: string;
}

/** Spec of Transfer: 14 hashed elements. */
export const transferSpec: TxSpec = {
  kind: 'Transfer',
  txType: TX_TYPE.TRANSFER,
  accountKey: 'FromAccountIndex',
  l1SigAfterSig: true,
  body: [
    { type: 'int', key: 'ToAccountIndex', param: 'toAccountIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'AssetIndex', param: 'assetIndex', width: 'i16', hash: 'fe' },
    { type: 'int', key: 'FromRouteType', param: 'fromRouteType', width: 'u8', hash: 'fe' },
    { type: 'int', key: 'ToRouteType', param: 'toRouteType', width: 'u8', hash: 'fe' },
    { type: 'int', key: 'Amount', param: 'amount', width: 'i64', hash: 'split' },
    { type: 'int', key: 'USDCFee', param: 'usdcFee', width: 'i64', hash: 'split', default: 0n },
    { type: 'memo', key: 'Memo', param: 'memo' },
  ],
  validate(info: TxInfoRecord): void {
    const to = info.ToAccountIndex as bigint;
    if (to < TX_LIMITS.MIN_ACCOUNT_INDEX) reject('ToAccountIndex', 'ToAccountIndex should not be less than -1');
    if (to > TX_LIMITS.MAX_ACCOUNT_INDEX)
      reject('ToAccountIndex', `ToAccountIndex should not be larger than ${TX_LIMITS.MAX_ACCOUNT_INDEX}`);
    checkAssetIndex(info.AssetIndex as bigint);
    checkRoute(info.FromRouteType as bigint, 'FromRouteType');
    checkRoute(info.ToRouteType as bigint, 'ToRouteType');
    const a = info.Amount as bigint;
    if (a <= 0n) reject('Amount', 'TransferAmount should be larger than 1');
    if (a > TX_LIMITS.MAX_EXCHANGE_USDC)
      reject('Amount', `TransferAmount should not be larger than ${TX_LIMITS.MAX_EXCHANGE_USDC}`);
    const fee = info.USDCFee as bigint;
    if (fee < 0n) reject('USDCFee', 'TransferFee should not be negative');
    if (fee > TX_LIMITS.MAX_EXCHANGE_USDC)
      reject('USDCFee', `TransferFee should not be larger than ${TX_LIMITS.MAX_EXCHANGE_USDC}`);
  },
};
