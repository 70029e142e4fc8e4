// UpdateLeverage, tx type 20 (LG `types/txtypes/update_leverage.go`).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signUpdateLeverage`. */
export interface UpdateLeverageParams extends TxCommonParams {
  /** Market index: perps 0-254, spot 2048-4094, binary 1000-2000. */
  marketIndex: IntegerInput;
  /** 10 000 / leverage (1 … 10 000); e.g. 1000 = 10x. */
  initialMarginFraction: IntegerInput;
  /** MARGIN_MODE: 0 cross, 1 isolated. */
  marginMode: IntegerInput;
}

/** Decoded UpdateLeverage tx_info. */
export interface UpdateLeverageTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Market index: perps 0-254, spot 2048-4094, binary 1000-2000 (int64 on the wire). */
  readonly MarketIndex: bigint;
  /** Initial margin fraction in basis points (10 000 = 100 % = leverage 1x; leverage = 10 000 / value). */
  readonly InitialMarginFraction: bigint;
  /** Position margin mode: 0 cross, 1 isolated. */
  readonly MarginMode: bigint;
}

/** Spec of UpdateLeverage: 9 hashed elements. */
export const updateLeverageSpec: TxSpec = {
  kind: 'UpdateLeverage',
  txType: TX_TYPE.UPDATE_LEVERAGE,
  accountKey: 'AccountIndex',
  body: [
    // int64 since lighter-go v1.0.11 (docs/protocol/binary-options.md#market-ids).
    { type: 'int', key: 'MarketIndex', param: 'marketIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'InitialMarginFraction', param: 'initialMarginFraction', width: 'u16', hash: 'fe' },
    { type: 'int', key: 'MarginMode', param: 'marginMode', width: 'u8', hash: 'fe' },
  ],
  validate(info: TxInfoRecord): void {
    const m = info.MarketIndex as bigint;
    // Official Validate() only rejects the nil market 255; we also reject values that are
    // neither perps nor spot, which the venue cannot accept either.
    if (m === TX_LIMITS.NIL_MARKET_INDEX || m < 0n || m > TX_LIMITS.MAX_SPOT_MARKET_INDEX)
      reject('MarketIndex', 'MarketIndex is not valid');
    const mode = info.MarginMode as bigint;
    if (mode !== 0n && mode !== 1n) reject('MarginMode', 'MarginMode is not valid');
    const imf = info.InitialMarginFraction as bigint;
    if (imf <= 0n) reject('InitialMarginFraction', 'InitialMarginFraction should not be less than 0');
    if (imf > TX_LIMITS.MARGIN_FRACTION_TICK)
      reject('InitialMarginFraction', 'InitialMarginFraction should not be larger than 10000');
  },
};
