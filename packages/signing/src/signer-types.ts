// The Signer's public shapes: its options, the signed tx it returns, and the Signer interface itself.
// One job: describe what createSigner takes and gives; the implementation lives in signer.ts.
import type { Network, NetworkName } from '@lighter-ts/models/constants';
import type { Gfp5 } from './primitives.js';
import type { ApproveIntegratorParams } from './tx/approve-integrator.js';
import type { BurnSharesParams } from './tx/burn-shares.js';
import type { CancelAllOrdersParams } from './tx/cancel-all-orders.js';
import type { CancelOrderParams } from './tx/cancel-order.js';
import type { ChangePubKeyParams } from './tx/change-pub-key.js';
import type { CreateGroupedOrdersParams } from './tx/create-grouped-orders.js';
import type { CreateOrderParams } from './tx/create-order.js';
import type { CreatePublicPoolParams } from './tx/create-public-pool.js';
import type { CreateSubAccountParams } from './tx/create-sub-account.js';
import type { MintSharesParams } from './tx/mint-shares.js';
import type { ModifyOrderParams } from './tx/modify-order.js';
import type { DecodedTx, TxKind } from './tx/registry.js';
import type { StakeAssetsParams } from './tx/stake-assets.js';
import type { TransferParams } from './tx/transfer.js';
import type { UnstakeAssetsParams } from './tx/unstake-assets.js';
import type { UpdateAccountAssetConfigParams } from './tx/update-account-asset-config.js';
import type { UpdateAccountConfigParams } from './tx/update-account-config.js';
import type { UpdateLeverageParams } from './tx/update-leverage.js';
import type { UpdateMarginParams } from './tx/update-margin.js';
import type { UpdatePublicPoolParams } from './tx/update-public-pool.js';
import type { WithdrawParams } from './tx/withdraw.js';

/** Options of {@link createSigner}. */
export interface CreateSignerOptions {
  /**
   * The deployment this key signs for (`'lighter-mainnet'`, `'robinhood-testnet'`, … or a custom
   * `Network`). Gives the chain id and binds every signed tx and auth token to the network's
   * `networkId`, so clients on another network refuse them (the two testnets share chain id 300).
   */
  network?: NetworkName | Network;
  /**
   * L2 chain id (304 Lighter mainnet, 300 both testnets, 466324 Robinhood Chain).
   * @deprecated pass `network`; a signer built from a chain id alone binds its txs by chain id only,
   * which cannot tell the two testnets apart. When both are given they must agree.
   */
  chainId?: number | bigint;
  /** Account index, -1 … 2^48-2. */
  accountIndex: number | bigint;
  /** API key slot, 0 … 254. */
  apiKeyIndex: number | bigint;
  /** 40-byte API private key as hex (optional 0x), or the scalar itself. */
  privateKey: string | bigint;
  /** Source of the Schnorr nonce k in [1, n). Default: fresh `randomScalar()` per signature. Pin only in tests. */
  nonceK?: () => bigint;
  /** Clock in Unix ms for default ExpiredAt / OrderExpiry -1 / auth deadline. Default Date.now. */
  now?: () => number;
}

/** Form fields of `POST /api/v1/sendTx` (docs/protocol/signing.md#tx-info-json). `price_protection` is left to the server default. */
export interface SendTxForm {
  /** Form field `tx_type`: the L2 tx type code (14 CreateOrder, 15 CancelOrder, …; models' `TX_TYPE`). */
  readonly tx_type: number;
  /** Form field `tx_info`: the signed tx_info JSON text, sent as is. */
  readonly tx_info: string;
}

/** A signed transaction, ready for sendTx. */
export interface SignedTx {
  /** The network the signer was built for; undefined for a signer built from a chain id alone. */
  readonly networkId: string | undefined;
  /** The L2 chain id signed into the hash. */
  readonly chainId: number;
  /** Tx type name (`'CreateOrder'`, `'CancelOrder'`, …), the discriminant of `decoded`. */
  readonly kind: TxKind;
  /** L2 tx type code (models' `TX_TYPE`), as sent in `tx_type`. */
  readonly txType: number;
  /** Exact tx_info JSON (Go field order, Sig base64). */
  readonly txInfo: string;
  /** Hex (no 0x) of the 40-byte message hash; what the venue reports as tx hash. */
  readonly txHash: string;
  /** The Poseidon2 message hash as a GF(p^5) element: what the Schnorr signature signs. */
  readonly messageHash: Gfp5;
  /** Nonce signed into the tx (per account and API key; docs/protocol/transactions.md#nonces). */
  readonly nonce: bigint;
  /** Unix ms. */
  readonly expiredAt: bigint;
  /** 80-byte Schnorr signature s‖e. */
  readonly signature: Uint8Array;
  /** The decoded form (typed union) of what was signed. */
  readonly decoded: DecodedTx;
  /** L1 message body for ChangePubKey, Transfer and ApproveIntegrator (to personal_sign). */
  readonly l1Message?: string;
  /** The form fields of `POST /api/v1/sendTx` for this tx. */
  readonly sendTx: SendTxForm;
}

/** Extra L1 inputs for txs that carry an `L1Sig`. */
export interface L1SigningParams {
  /** Ethereum private key of the account's L1 address; when given, L1Sig is produced here. */
  ethPrivateKey?: string;
}

/**
 * A signer bound to one API key. It never exposes its private key.
 *
 * Every `sign*` method validates its named parameter object (widths, sentinels and the
 * official `Validate()` rules) before hashing, signs with a fresh nonce k, and returns the
 * exact `tx_info` JSON, the tx hash and the sendTx form fields.
 *
 * @example const tx = signer.signCancelOrder({ marketIndex: 0, orderIndex: 281474976710656n, nonce: 8 });
 * @throws {SigningInputError} from every `sign*` method, naming the rejected field
 */
export interface Signer {
  /** L2 chain id signed into every tx hash (304 Lighter mainnet, 300 both testnets, 466324 Robinhood Chain). */
  readonly chainId: number;
  /** The network this signer is bound to (undefined when built from a chain id alone, deprecated). */
  readonly network: Network | undefined;
  /** `network.networkId`: what its txs and auth tokens are bound to. */
  readonly networkId: string | undefined;
  /** Account index (-1 … 2^48-2, exact as a number). */
  readonly accountIndex: number;
  /** API key slot (0 … 254) this key signs for. */
  readonly apiKeyIndex: number;
  /** Public key, 80 lowercase hex chars without 0x. */
  readonly publicKeyHex: string;
  /** CreateOrder (14). `orderExpiry: -1` = now + 28 days. @example signer.signCreateOrder({ marketIndex: 0, baseAmount: 10n, price: 3000, isAsk: true, orderType: 1, timeInForce: 0, orderExpiry: 0, nonce }) */
  signCreateOrder(p: CreateOrderParams): SignedTx;
  /** CancelOrder (15) by venue order index or client order index. @example signer.signCancelOrder({ marketIndex: 0, orderIndex: 12345, nonce }) */
  signCancelOrder(p: CancelOrderParams): SignedTx;
  /** ModifyOrder (17). @example signer.signModifyOrder({ marketIndex: 0, orderIndex: 12345, baseAmount: 2000, price: 51000, nonce }) */
  signModifyOrder(p: ModifyOrderParams): SignedTx;
  /** CancelAllOrders (16); `attributes.cancelAllMarketIndex` limits it to one market. @example signer.signCancelAllOrders({ timeInForce: 0, nonce }) */
  signCancelAllOrders(p: CancelAllOrdersParams): SignedTx;
  /** CreateGroupedOrders (28): OTO (1), OCO (2), OTOCO (3). @example signer.signCreateGroupedOrders({ groupingType: 1, orders: [parent, takeProfit], nonce }) */
  signCreateGroupedOrders(p: CreateGroupedOrdersParams): SignedTx;
  /** UpdateLeverage (20); IMF = 10 000 / leverage. @example signer.signUpdateLeverage({ marketIndex: 0, initialMarginFraction: 1000, marginMode: 0, nonce }) */
  signUpdateLeverage(p: UpdateLeverageParams): SignedTx;
  /** UpdateMargin (29), isolated positions. @example signer.signUpdateMargin({ marketIndex: 0, usdcAmount: 100_000_000n, direction: 1, nonce }) */
  signUpdateMargin(p: UpdateMarginParams): SignedTx;
  /** Withdraw (13) to the account's own L1 address. @example signer.signWithdraw({ assetIndex: 3, routeType: 0, amount: 1_000_000n, nonce }) */
  signWithdraw(p: WithdrawParams): SignedTx;
  /** Transfer (12); pass `ethPrivateKey` (or `l1Sig`) unless both accounts share a master. @example signer.signTransfer({ toAccountIndex: 2002, assetIndex: 3, fromRouteType: 0, toRouteType: 0, amount: 1n, nonce, ethPrivateKey }) */
  signTransfer(p: TransferParams & L1SigningParams): SignedTx;
  /** ChangePubKey (8): registers `pubKey` (default: this signer's key) in slot `apiKeyIndex`. @example signer.signChangePubKey({ nonce, ethPrivateKey }) */
  signChangePubKey(p: ChangePubKeyParams & L1SigningParams): SignedTx;
  /** ChangePubKey (8) with a 40-zero-byte key: revokes slot `apiKeyIndex`. @example signer.signRevokePubKey({ apiKeyIndex: 7, nonce, ethPrivateKey }) */
  signRevokePubKey(p: Omit<ChangePubKeyParams, 'pubKey'> & L1SigningParams): SignedTx;
  /** CreateSubAccount (9), master accounts only. @example signer.signCreateSubAccount({ nonce }) */
  signCreateSubAccount(p: CreateSubAccountParams): SignedTx;
  /** CreatePublicPool (10). @example signer.signCreatePublicPool({ operatorFee: 100000, initialTotalShares: 1000000, minOperatorShareRate: 500, nonce }) */
  signCreatePublicPool(p: CreatePublicPoolParams): SignedTx;
  /** UpdatePublicPool (11). @example signer.signUpdatePublicPool({ publicPoolIndex, status: 1, operatorFee: 50000, minOperatorShareRate: 100, nonce }) */
  signUpdatePublicPool(p: UpdatePublicPoolParams): SignedTx;
  /** MintShares (18). @example signer.signMintShares({ publicPoolIndex, shareAmount: 1000n, nonce }) */
  signMintShares(p: MintSharesParams): SignedTx;
  /** BurnShares (19). @example signer.signBurnShares({ publicPoolIndex, shareAmount: 1000n, nonce }) */
  signBurnShares(p: BurnSharesParams): SignedTx;
  /** StakeAssets (35). @example signer.signStakeAssets({ stakingPoolIndex, shareAmount: 100000n, nonce }) */
  signStakeAssets(p: StakeAssetsParams): SignedTx;
  /** UnstakeAssets (36). @example signer.signUnstakeAssets({ stakingPoolIndex, shareAmount: 5n, nonce }) */
  signUnstakeAssets(p: UnstakeAssetsParams): SignedTx;
  /** UpdateAccountConfig (41). @example signer.signUpdateAccountConfig({ accountTradingMode: 1, nonce }) */
  signUpdateAccountConfig(p: UpdateAccountConfigParams): SignedTx;
  /** UpdateAccountAssetConfig (42). @example signer.signUpdateAccountAssetConfig({ assetIndex: 3, assetMarginMode: 1, nonce }) */
  signUpdateAccountAssetConfig(p: UpdateAccountAssetConfigParams): SignedTx;
  /** ApproveIntegrator (45); needs an L1 signature. @example signer.signApproveIntegrator({ integratorAccountIndex, maxPerpsTakerFee: 1000, maxPerpsMakerFee: 0, maxSpotTakerFee: 0, maxSpotMakerFee: 0, approvalExpiry, nonce, ethPrivateKey }) */
  signApproveIntegrator(p: ApproveIntegratorParams & L1SigningParams): SignedTx;
  /**
   * Auth token `deadline:account:apiKey:sigHex` (docs/protocol/signing.md#auth-tokens); deadline in Unix
   * seconds, default now + 10 min.
   * @example ws.subscribe({ channel: 'account_all_orders/1001', auth: signer.createAuthToken() })
   */
  createAuthToken(p?: { deadline?: number | bigint }): string;
}
