/** Transaction type codes (docs/protocol/transactions.md#type-codes, LG `types/txtypes/constants.go`). */

/**
 * Every tx type code the venue uses, L2 (user-signable) and L1/internal.
 *
 * @example
 * import { TX_TYPE } from '@lighter-ts/models';
 * @throws never (a constant)
 */
export const TX_TYPE = {
  /** 1 (`L1Deposit`): collateral deposited through the L1 contract. */
  L1_DEPOSIT: 1,
  /** 2 (`L1ChangePubKey`): API key registered from L1. */
  L1_CHANGE_PUB_KEY: 2,
  /** 3 (`L1CreateMarket`): governance creates a market. */
  L1_CREATE_MARKET: 3,
  /** 4 (`L1UpdateMarket`): governance updates a market. */
  L1_UPDATE_MARKET: 4,
  /** 5 (`L1CancelAllOrders`): cancel-all forced from L1 (escape hatch). */
  L1_CANCEL_ALL_ORDERS: 5,
  /** 6 (`L1Withdraw`): withdrawal requested on L1. */
  L1_WITHDRAW: 6,
  /** 7 (`L1CreateOrder`): order forced from L1. */
  L1_CREATE_ORDER: 7,
  /** 8 (`L2ChangePubKey`): register an API public key at an index (also L1-signed). */
  CHANGE_PUB_KEY: 8,
  /** 9 (`L2CreateSubAccount`): create a sub-account of the sender. */
  CREATE_SUB_ACCOUNT: 9,
  /** 10 (`L2CreatePublicPool`): create a public pool operated by the sender. */
  CREATE_PUBLIC_POOL: 10,
  /** 11 (`L2UpdatePublicPool`): change a public pool's status, fee or minimum operator share. */
  UPDATE_PUBLIC_POOL: 11,
  /** 12 (`L2Transfer`): move collateral or an asset to another account (also L1-signed). */
  TRANSFER: 12,
  /** 13 (`L2Withdraw`): withdraw collateral or an asset to the L1 owner. */
  WITHDRAW: 13,
  /** 14 (`L2CreateOrder`): place an order. */
  CREATE_ORDER: 14,
  /** 15 (`L2CancelOrder`): cancel one order by index or client order index. */
  CANCEL_ORDER: 15,
  /** 16 (`L2CancelAllOrders`): cancel every open order, now or scheduled. */
  CANCEL_ALL_ORDERS: 16,
  /** 17 (`L2ModifyOrder`): change an open order's size, price or trigger. */
  MODIFY_ORDER: 17,
  /** 18 (`L2MintShares`): deposit into a public pool for shares. */
  MINT_SHARES: 18,
  /** 19 (`L2BurnShares`): redeem public pool shares. */
  BURN_SHARES: 19,
  /** 20 (`L2UpdateLeverage`): set a market's initial margin fraction and margin mode. */
  UPDATE_LEVERAGE: 20,
  /** 21 (`InternalClaimOrder`): venue-internal, never sent by users. */
  INTERNAL_CLAIM_ORDER: 21,
  /** 22 (`InternalCancelOrder`): an order canceled by the venue (expiry, margin, self-trade...). */
  INTERNAL_CANCEL_ORDER: 22,
  /** 23 (`InternalDeleverage`): auto-deleveraging. */
  INTERNAL_DELEVERAGE: 23,
  /** 24 (`InternalExitPosition`): a position closed by the venue. */
  INTERNAL_EXIT_POSITION: 24,
  /** 25 (`InternalCancelAllOrders`): a scheduled cancel-all executed by the venue. */
  INTERNAL_CANCEL_ALL_ORDERS: 25,
  /** 26 (`InternalLiquidatePosition`): a liquidation. */
  INTERNAL_LIQUIDATE_POSITION: 26,
  /** 27 (`InternalCreateOrder`): an order created by the venue (triggered, TWAP slice, liquidation). */
  INTERNAL_CREATE_ORDER: 27,
  /** 28 (`L2CreateGroupedOrders`): place an OTO, OCO or OTOCO group. */
  CREATE_GROUPED_ORDERS: 28,
  /** 29 (`L2UpdateMargin`): add or remove collateral of an isolated position. */
  UPDATE_MARGIN: 29,
  /** 30 (`L1BurnShares`): pool shares redeemed from L1. */
  L1_BURN_SHARES: 30,
  /** 31 (`L1RegisterAsset`): governance registers an asset. */
  L1_REGISTER_ASSET: 31,
  /** 32 (`L1UpdateAsset`): governance updates an asset. */
  L1_UPDATE_ASSET: 32,
  /** 33 (`L2CreateStakingPool`): create a staking pool; not signed by users' SDKs. */
  CREATE_STAKING_POOL: 33,
  /** 35 (`L2StakeAssets`): stake into a staking pool. */
  STAKE_ASSETS: 35,
  /** 36 (`L2UnstakeAssets`): unstake from a staking pool. */
  UNSTAKE_ASSETS: 36,
  /** 37 (`L1UnstakeAssets`): unstake requested through the L1 contract. */
  L1_UNSTAKE_ASSETS: 37,
  /** 38 (`L1SetSystemConfig`): governance changes the system config. */
  L1_SET_SYSTEM_CONFIG: 38,
  /** 40 (`L2ForceBurnShares`): pool shares redeemed on the holder's behalf; not signed by users' SDKs. */
  FORCE_BURN_SHARES: 40,
  /** 41 (`L2UpdateAccountConfig`): set the account's trading mode (`ACCOUNT_TRADING_MODE`). */
  UPDATE_ACCOUNT_CONFIG: 41,
  /** 42 (`L2UpdateAccountAssetConfig`): set an asset's margin mode on the account (`ASSET_MARGIN_MODE`). */
  UPDATE_ACCOUNT_ASSET_CONFIG: 42,
  /** 43 (`L2StrategyTransfer`): an L2 type the official signer does not sign; not documented publicly. */
  STRATEGY_TRANSFER: 43,
  /** 44 (`L2UpdateMarketConfig`): an L2 type the official signer does not sign; not documented publicly. */
  UPDATE_MARKET_CONFIG: 44,
  /** 45 (`L2ApproveIntegrator`): allow an integrator to charge fees up to given maxima (L1-signed); zeros revoke. */
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
  /** 0: the tx was rejected when executed. */
  FAILED: 0,
  /** 1: accepted, not yet executed. */
  PENDING: 1,
  /** 2: executed on L2. */
  EXECUTED: 2,
  /** 3: the venue's "Pending (final state)" (DOCM "Transaction Status Mapping"); no further status follows. */
  PENDING_FINAL: 3,
} as const;
/** Union of {@link TX_STATUS} values. */
export type TxStatus = (typeof TX_STATUS)[keyof typeof TX_STATUS];
