// Transfer, tx type 12 (LG `types/txtypes/transfer.go`). Memo is in tx_info and the L1
// message but NOT in the L2 hash (docs/protocol/signing.md#open-points); L1Sig follows Sig.
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';
import { checkAssetIndex, checkRoute } from './withdraw.js';

/** Parameters of `signer.signTransfer`. */
export interface TransferParams extends TxCommonParams {
  /** Account the amount goes to (0 … 2^48-2). */
  toAccountIndex: IntegerInput;
  /** Asset id 1 … 62 (3 = USDC). */
  assetIndex: IntegerInput;
  /** Sub-ledger the amount leaves: 0 perps, 1 spot. */
  fromRouteType: IntegerInput;
  /** Sub-ledger the amount goes to: 0 perps, 1 spot. */
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
  /** Account the amount leaves (the signing account). */
  readonly FromAccountIndex: bigint;
  /** Account the amount goes to. */
  readonly ToAccountIndex: bigint;
  /** Asset id 1 … 62 (1 the native asset, 3 USDC). */
  readonly AssetIndex: bigint;
  /** Sub-ledger the amount leaves: 0 perps, 1 spot (LG `AssetRouteType`). */
  readonly FromRouteType: bigint;
  /** Sub-ledger the amount goes to: 0 perps, 1 spot (LG `AssetRouteType`). */
  readonly ToRouteType: bigint;
  /** Amount in the asset's smallest units (USDC: micro-USDC, 6 decimals), 1 … 2^60-1. */
  readonly Amount: bigint;
  /** Transfer fee in micro-USDC (from `transferFeeInfo`), 0 by default. */
  readonly USDCFee: bigint;
  /** 32-byte free-form memo (zeros by default). */
  readonly Memo: Uint8Array;
  /** The owner's Ethereum personal-sign signature (0x hex) of this tx's L1 message; sent in the body, not part of the L2 hash. */
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
