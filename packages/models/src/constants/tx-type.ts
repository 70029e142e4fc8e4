/** Transaction type codes (docs/protocol/transactions.md#type-codes, LG `types/txtypes/constants.go`). */

/**
 * Every tx type code the venue uses, L2 (user-signable) and L1/internal.
 *
 * @example
 * import { TX_TYPE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TX_TYPE = {
  L1_DEPOSIT: 1,
  L1_CHANGE_PUB_KEY: 2,
  L1_CREATE_MARKET: 3,
  L1_UPDATE_MARKET: 4,
  L1_CANCEL_ALL_ORDERS: 5,
  L1_WITHDRAW: 6,
  L1_CREATE_ORDER: 7,
  CHANGE_PUB_KEY: 8,
  CREATE_SUB_ACCOUNT: 9,
  CREATE_PUBLIC_POOL: 10,
  UPDATE_PUBLIC_POOL: 11,
  TRANSFER: 12,
  WITHDRAW: 13,
  CREATE_ORDER: 14,
  CANCEL_ORDER: 15,
  CANCEL_ALL_ORDERS: 16,
  MODIFY_ORDER: 17,
  MINT_SHARES: 18,
  BURN_SHARES: 19,
  UPDATE_LEVERAGE: 20,
  INTERNAL_CLAIM_ORDER: 21,
  INTERNAL_CANCEL_ORDER: 22,
  INTERNAL_DELEVERAGE: 23,
  INTERNAL_EXIT_POSITION: 24,
  INTERNAL_CANCEL_ALL_ORDERS: 25,
  INTERNAL_LIQUIDATE_POSITION: 26,
  INTERNAL_CREATE_ORDER: 27,
  CREATE_GROUPED_ORDERS: 28,
  UPDATE_MARGIN: 29,
  L1_BURN_SHARES: 30,
  L1_REGISTER_ASSET: 31,
  L1_UPDATE_ASSET: 32,
  CREATE_STAKING_POOL: 33,
  STAKE_ASSETS: 35,
  UNSTAKE_ASSETS: 36,
  L1_UNSTAKE_ASSETS: 37,
  L1_SET_SYSTEM_CONFIG: 38,
  FORCE_BURN_SHARES: 40,
  UPDATE_ACCOUNT_CONFIG: 41,
  UPDATE_ACCOUNT_ASSET_CONFIG: 42,
  STRATEGY_TRANSFER: 43,
  UPDATE_MARKET_CONFIG: 44,
  APPROVE_INTEGRATOR: 45,
} as const;
/** Union of tx type names. */
export type TxTypeName = keyof typeof TX_TYPE;
/** Union of tx type codes. */
export type TxType = (typeof TX_TYPE)[TxTypeName];

/**
 * Venue spelling of each tx type (LG names, e.g. `L2CreateOrder`).
 *
 * @example
 * import { TX_TYPE_VENUE_NAME } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TX_TYPE_VENUE_NAME: Readonly<Record<TxType, string>> = {
  1: 'L1Deposit',
  2: 'L1ChangePubKey',
  3: 'L1CreateMarket',
  4: 'L1UpdateMarket',
  5: 'L1CancelAllOrders',
  6: 'L1Withdraw',
  7: 'L1CreateOrder',
  8: 'L2ChangePubKey',
  9: 'L2CreateSubAccount',
  10: 'L2CreatePublicPool',
  11: 'L2UpdatePublicPool',
  12: 'L2Transfer',
  13: 'L2Withdraw',
  14: 'L2CreateOrder',
  15: 'L2CancelOrder',
  16: 'L2CancelAllOrders',
  17: 'L2ModifyOrder',
  18: 'L2MintShares',
  19: 'L2BurnShares',
  20: 'L2UpdateLeverage',
  21: 'InternalClaimOrder',
  22: 'InternalCancelOrder',
  23: 'InternalDeleverage',
  24: 'InternalExitPosition',
  25: 'InternalCancelAllOrders',
  26: 'InternalLiquidatePosition',
  27: 'InternalCreateOrder',
  28: 'L2CreateGroupedOrders',
  29: 'L2UpdateMargin',
  30: 'L1BurnShares',
  31: 'L1RegisterAsset',
  32: 'L1UpdateAsset',
  33: 'L2CreateStakingPool',
  35: 'L2StakeAssets',
  36: 'L2UnstakeAssets',
  37: 'L1UnstakeAssets',
  38: 'L1SetSystemConfig',
  40: 'L2ForceBurnShares',
  41: 'L2UpdateAccountConfig',
  42: 'L2UpdateAccountAssetConfig',
  43: 'L2StrategyTransfer',
  44: 'L2UpdateMarketConfig',
  45: 'L2ApproveIntegrator',
};

/**
 * True when `n` is a known tx type code.
 *
 * @example
 * isTxType(14); // true
 * @throws never
 */
export function isTxType(n: unknown): n is TxType {
  return typeof n === 'number' && Object.hasOwn(TX_TYPE_VENUE_NAME, n);
}

/**
 * Transaction status codes on `Tx.status` (docs/protocol/enums.md, DOCM).
 *
 * @example
 * import { TX_STATUS } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TX_STATUS = {
  FAILED: 0,
  PENDING: 1,
  EXECUTED: 2,
  PENDING_FINAL: 3,
} as const;
/** Union of {@link TX_STATUS} values. */
export type TxStatus = (typeof TX_STATUS)[keyof typeof TX_STATUS];
