// Withdraw, tx type 13 (LG `types/txtypes/withdraw.go`): Amount is hashed as lo32, hi32.
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signWithdraw` (secure withdrawal to the account's own L1 address). */
export interface WithdrawParams extends TxCommonParams {
  /** Asset id 1 … 62 (3 = USDC). */
  assetIndex: IntegerInput;
  /** ROUTE_TYPE: 0 perps, 1 spot. */
  routeType: IntegerInput;
  /** Amount in asset units, 1 … 2^60-1. */
  amount: IntegerInput;
}

/** Decoded Withdraw tx_info. */
export interface WithdrawTxInfo extends CommonTxInfo {
  /** Account the amount leaves (the signing account). */
  readonly FromAccountIndex: bigint;
  /** Asset id 1 … 62 (1 the native asset, 3 USDC). */
  readonly AssetIndex: bigint;
  /** Sub-ledger the amount comes from: 0 perps, 1 spot (LG `AssetRouteType`). */
  readonly RouteType: bigint;
  /** Amount in the asset's smallest units (USDC: micro-USDC, 6 decimals), 1 … 2^60-1. */
  readonly Amount: bigint;
}

/** Check an asset index 1..62 (LG MinAssetIndex/MaxAssetIndex). */
export function checkAssetIndex(v: bigint, field = 'AssetIndex'): void {
  if (v < TX_LIMITS.MIN_ASSET_INDEX) reject(field, 'AssetIndex should not be less than 1');
  if (v > TX_LIMITS.MAX_ASSET_INDEX) reject(field, 'AssetIndex should not be larger than 62');
}

/** Check a route type 0/1. */
export function checkRoute(v: bigint, field: string): void {
  if (v !== 0n && v !== 1n) reject(field, 'RouteType is invalid');
}

/** Spec of Withdraw: 10 hashed elements. */
export const withdrawSpec: TxSpec = {
  kind: 'Withdraw',
  txType: TX_TYPE.WITHDRAW,
  accountKey: 'FromAccountIndex',
  body: [
    { type: 'int', key: 'AssetIndex', param: 'assetIndex', width: 'i16', hash: 'fe' },
    { type: 'int', key: 'RouteType', param: 'routeType', width: 'u8', hash: 'fe' },
    { type: 'int', key: 'Amount', param: 'amount', width: 'u64', hash: 'split' },
  ],
  validate(info: TxInfoRecord): void {
    checkAssetIndex(info.AssetIndex as bigint);
    checkRoute(info.RouteType as bigint, 'RouteType');
    const a = info.Amount as bigint;
    if (a === 0n) reject('Amount', 'WithdrawalAmount should be larger than 1');
    if (a > TX_LIMITS.MAX_EXCHANGE_USDC)
      reject('Amount', `WithdrawalAmount should not be larger than ${TX_LIMITS.MAX_EXCHANGE_USDC}`);
  },
};
