// UpdateMargin, tx type 29 (LG `types/txtypes/update_margin.go`): USDCAmount hashed as
// lo32 and an arithmetic hi32 (docs/protocol/signing.md#per-type-field-lists).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { isPerpsMarket } from './order-rules.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signUpdateMargin` (isolated positions). */
export interface UpdateMarginParams extends TxCommonParams {
  /** Market index: perps 0-254, spot 2048-4094, binary 1000-2000. */
  marketIndex: IntegerInput;
  /** USDC × 10^6, 1 … 2^60-1. */
  usdcAmount: IntegerInput;
  /** MARGIN_DIRECTION: 0 remove, 1 add. */
  direction: IntegerInput;
}

/** Decoded UpdateMargin tx_info. */
export interface UpdateMarginTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Market index: perps 0-254, spot 2048-4094, binary 1000-2000 (int64 on the wire). */
  readonly MarketIndex: bigint;
  /** Margin to move, micro-USDC (6 decimals). */
  readonly USDCAmount: bigint;
  /** Isolated-margin move: 1 adds to the position's margin, 0 removes from it. */
  readonly Direction: bigint;
}

/** Spec of UpdateMargin: 10 hashed elements. */
export const updateMarginSpec: TxSpec = {
  kind: 'UpdateMargin',
  txType: TX_TYPE.UPDATE_MARGIN,
  accountKey: 'AccountIndex',
  body: [
    // int64 since lighter-go v1.0.11 (docs/protocol/binary-options.md#market-ids).
    { type: 'int', key: 'MarketIndex', param: 'marketIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'USDCAmount', param: 'usdcAmount', width: 'i64', hash: 'split-arith' },
    { type: 'int', key: 'Direction', param: 'direction', width: 'u8', hash: 'fe' },
  ],
  validate(info: TxInfoRecord): void {
    if (!isPerpsMarket(info.MarketIndex as bigint)) reject('MarketIndex', 'MarketIndex is not valid');
    const a = info.USDCAmount as bigint;
    // Official Validate() only rejects 0; a negative amount would hash as a huge value.
    if (a <= 0n) reject('USDCAmount', 'TransferAmount should be larger than 1');
    if (a > TX_LIMITS.MAX_EXCHANGE_USDC)
      reject('USDCAmount', `TransferAmount should not be larger than ${TX_LIMITS.MAX_EXCHANGE_USDC}`);
    const d = info.Direction as bigint;
    if (d !== 0n && d !== 1n) reject('Direction', 'Margin movement direction is not valid');
  },
};
