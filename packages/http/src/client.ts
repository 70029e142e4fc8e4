/**
 * `LighterHttpClient`: a thin facade grouping every route function over one shared context
 * (transport, retries, rate-limit buckets, auth, events). Each route is also usable alone with an
 * injected transport (see `routes/`).
 */
import type { SendTxBatchResponse, SendTxResponse } from '@lighter-ts/models';
import { type LighterHttpClientOptions, setUpClient } from './client-options.js';
import type { ResolvedNetwork } from './network.js';
import {
  type PageOptions,
  paginateAccountTxs,
  paginateCandles,
  paginateFundings,
  paginateInactiveOrders,
  paginateTrades,
} from './pagination.js';
import type { CallOptions, RouteContext } from './route.js';
import { account, type AccountParams, type AccountResponse } from './routes/account.js';
import {
  accountActiveOrders,
  type AccountActiveOrdersParams,
  type AccountActiveOrdersResponse,
} from './routes/account-active-orders.js';
import {
  accountInactiveOrders,
  type AccountInactiveOrdersParams,
  type AccountInactiveOrdersResponse,
} from './routes/account-inactive-orders.js';
import { events, type EventsParams, type EventsResponse } from './routes/events.js';
import { upDownCandles, type UpDownCandlesParams, type UpDownCandlesResponse } from './routes/up-down-candles.js';
import { boPnl, type BoPnlParams, type BoPnlResponse } from './routes/bo-pnl.js';
import { accountLimits, type AccountLimitsParams, type AccountLimitsResponse } from './routes/account-limits.js';
import {
  accountMetadata,
  type AccountMetadataParams,
  type AccountMetadataResponse,
} from './routes/account-metadata.js';
import { accountOrders, type AccountOrdersParams, type AccountOrdersResponse } from './routes/account-orders.js';
import { accountTxs, type AccountTxsParams, type AccountTxsResponse } from './routes/account-txs.js';
import {
  accountsByL1Address,
  type AccountsByL1AddressParams,
  type AccountsByL1AddressResponse,
} from './routes/accounts-by-l1-address.js';
import { announcement, type AnnouncementParams, type AnnouncementResponse } from './routes/announcement.js';
import { apiKeys, type ApiKeysParams, type ApiKeysResponse } from './routes/api-keys.js';
import { assetDetails, type AssetDetailsParams, type AssetDetailsResponse } from './routes/asset-details.js';
import { blockTxs, type BlockTxsParams, type BlockTxsResponse } from './routes/block-txs.js';
import { blocks, type BlocksParams, type BlocksResponse } from './routes/blocks.js';
import { bridges, type BridgesParams, type BridgesResponse } from './routes/bridges.js';
import { candles, type CandlesParams, type CandlesResponse } from './routes/candles.js';
import {
  changeAccountTier,
  type ChangeAccountTierParams,
  type ChangeAccountTierResponse,
} from './routes/change-account-tier.js';
import { currentHeight, type CurrentHeightParams, type CurrentHeightResponse } from './routes/current-height.js';
import { depositHistory, type DepositHistoryParams, type DepositHistoryResponse } from './routes/deposit-history.js';
import {
  exchangeMetrics,
  type ExchangeMetricsParams,
  type ExchangeMetricsResponse,
} from './routes/exchange-metrics.js';
import { exchangeStats, type ExchangeStatsParams, type ExchangeStatsResponse } from './routes/exchange-stats.js';
import { executeStats, type ExecuteStatsParams, type ExecuteStatsResponse } from './routes/execute-stats.js';
import { exportData, type ExportDataParams, type ExportDataResponse } from './routes/export.js';
import {
  exportHistoricalTrades,
  type ExportHistoricalTradesParams,
  type ExportHistoricalTradesResponse,
} from './routes/export-historical-trades.js';
import { fastBridgeInfo, type FastBridgeInfoParams, type FastBridgeInfoResponse } from './routes/fast-bridge-info.js';
import { fastWithdraw, type FastWithdrawParams, type FastWithdrawResponse } from './routes/fast-withdraw.js';
import {
  fastWithdrawInfo,
  type FastWithdrawInfoParams,
  type FastWithdrawInfoResponse,
} from './routes/fast-withdraw-info.js';
import { faucet, type FaucetParams, type FaucetResponse } from './routes/faucet.js';
import { fundingRates, type FundingRatesParams, type FundingRatesResponse } from './routes/funding-rates.js';
import { fundings, type FundingsParams, type FundingsResponse } from './routes/fundings.js';
import {
  setMakerOnlyApiKeys,
  type SetMakerOnlyApiKeysParams,
  type SetMakerOnlyApiKeysResponse,
} from './routes/set-maker-only-api-keys.js';
import {
  getMakerOnlyApiKeys,
  type GetMakerOnlyApiKeysParams,
  type GetMakerOnlyApiKeysResponse,
} from './routes/maker-only-api-keys.js';
import { info, type InfoParams, type InfoResponse } from './routes/info.js';
import {
  isNextBridgeFast,
  type IsNextBridgeFastParams,
  type IsNextBridgeFastResponse,
} from './routes/is-next-bridge-fast.js';
import { l1Metadata, type L1MetadataParams, type L1MetadataResponse } from './routes/l1-metadata.js';
import { leaseOptions, type LeaseOptionsParams, type LeaseOptionsResponse } from './routes/lease-options.js';
import { leases, type LeasesParams, type LeasesResponse } from './routes/leases.js';
import { liquidations, type LiquidationsParams, type LiquidationsResponse } from './routes/liquidations.js';
import { litLease, type LitLeaseParams, type LitLeaseResponse } from './routes/lit-lease.js';
import { nextNonce, type NextNonceParams, type NextNonceResponse } from './routes/next-nonce.js';
import {
  notificationAck,
  type NotificationAckParams,
  type NotificationAckResponse,
} from './routes/notification-ack.js';
import {
  orderBookDetails,
  type OrderBookDetailsParams,
  type OrderBookDetailsResponse,
} from './routes/order-book-details.js';
import {
  orderBookOrders,
  type OrderBookOrdersParams,
  type OrderBookOrdersResponse,
} from './routes/order-book-orders.js';
import { orderBooks, type OrderBooksParams, type OrderBooksResponse } from './routes/order-books.js';
import { pnl, type PnlParams, type PnlResponse } from './routes/pnl.js';
import {
  positionFunding,
  type PositionFundingParams,
  type PositionFundingResponse,
} from './routes/position-funding.js';
import {
  publicPoolsMetadata,
  type PublicPoolsMetadataParams,
  type PublicPoolsMetadataResponse,
} from './routes/public-pools-metadata.js';
import { recentTrades, type RecentTradesParams, type RecentTradesResponse } from './routes/recent-trades.js';
import { sendTx, type SendTxParams } from './routes/send-tx.js';
import { sendTxBatch, type SendTxBatchParams } from './routes/send-tx-batch.js';
import { status, type StatusParams, type StatusResponse } from './routes/status.js';
import { systemConfig, type SystemConfigParams, type SystemConfigResponse } from './routes/system-config.js';
import { tokens, type TokensParams, type TokensResponse } from './routes/tokens.js';
import { tokensCreate, type TokensCreateParams, type TokensCreateResponse } from './routes/tokens-create.js';
import { tokensRevoke, type TokensRevokeParams, type TokensRevokeResponse } from './routes/tokens-revoke.js';
import { trades, type TradesParams, type TradesResponse } from './routes/trades.js';
import {
  transferFeeInfo,
  type TransferFeeInfoParams,
  type TransferFeeInfoResponse,
} from './routes/transfer-fee-info.js';
import {
  transferHistory,
  type TransferHistoryParams,
  type TransferHistoryResponse,
} from './routes/transfer-history.js';
import { tx, type TxParams, type TxResponse } from './routes/tx.js';
import { txFromL1TxHash, type TxFromL1TxHashParams, type TxFromL1TxHashResponse } from './routes/tx-from-l1-tx-hash.js';
import { txs, type TxsParams, type TxsResponse } from './routes/txs.js';
import { userReferrals, type UserReferralsParams, type UserReferralsResponse } from './routes/user-referrals.js';
import {
  withdrawHistory,
  type WithdrawHistoryParams,
  type WithdrawHistoryResponse,
} from './routes/withdraw-history.js';
import {
  withdrawalDelay,
  type WithdrawalDelayParams,
  type WithdrawalDelayResponse,
} from './routes/withdrawal-delay.js';

// The options moved to client-options.ts with the context they build; re-exported so the index keeps its import.
export type { LighterHttpClientOptions } from './client-options.js';

/**
 * REST client for every Lighter endpoint. Construction is inert (no I/O).
 * @example
 * const client = new LighterHttpClient({ network: 'testnet' });
 * const { order_books } = await client.orderBooks({ filter: 'perp' });
 * await client.close();
 * @throws {LighterInputError} from the constructor when `network` is invalid
 * @throws {NetworkMismatchError} (models) from the constructor when `auth` was made for another network
 * @throws {LighterInputError} from the constructor when `maxTxBatchSize` is not an integer in 1..50
 */
export class LighterHttpClient {
  /** Resolved network (network id, base URL, chain id, collateral). */
  readonly network: ResolvedNetwork;
  private readonly ctx: RouteContext;
  private readonly ownsTransport: boolean;
  private readonly closer = new AbortController();
  private closing: Promise<void> | undefined;

  constructor(options: LighterHttpClientOptions) {
    const setup = setUpClient({ options, closeSignal: this.closer.signal });
    this.network = setup.network;
    this.ctx = setup.ctx;
    this.ownsTransport = setup.ownsTransport;
  }

  /** L2 chain id of the network (304 Lighter mainnet, 300 both testnets, 466324 Robinhood Chain). */
  get chainId(): number {
    return this.network.chainId;
  }

  /** The route context, to call route functions or iterators directly with this client's settings. */
  get context(): RouteContext {
    return this.ctx;
  }

  /** True once close() was called. */
  get closed(): boolean {
    return this.closer.signal.aborted;
  }

  /**
   * Abort pending calls (they reject with AbortedError code CLIENT_CLOSED), cancel waits and
   * release sockets. Idempotent.
   * @example await client.close()
   * @throws never
   */
  close(): Promise<void> {
    if (!this.closing) {
      this.closer.abort(new Error('client closed'));
      this.closing = this.ownsTransport ? this.ctx.transport.close() : Promise.resolve();
    }
    return this.closing;
  }

  /** See {@link account}. @example await client.account({ by: 'index', value: '1077' }) @throws {LighterError} see the route function */
  account(params: AccountParams, options?: CallOptions): Promise<AccountResponse> {
    return account(this.ctx, params, options);
  }
  /** See {@link accountActiveOrders}. @example await client.accountActiveOrders({ accountIndex: 1077, marketId: 0 }) @throws {LighterError} see the route function */
  accountActiveOrders(params: AccountActiveOrdersParams, options?: CallOptions): Promise<AccountActiveOrdersResponse> {
    return accountActiveOrders(this.ctx, params, options);
  }
  /** See {@link accountInactiveOrders}. @example await client.accountInactiveOrders({ accountIndex: 1077, limit: 100 }) @throws {LighterError} see the route function */
  accountInactiveOrders(
    params: AccountInactiveOrdersParams,
    options?: CallOptions,
  ): Promise<AccountInactiveOrdersResponse> {
    return accountInactiveOrders(this.ctx, params, options);
  }
  /** See {@link events}. @example await client.events({ active: true, tag: 'btc-updown-15m', limit: 2 }) @throws {LighterError} see the route function */
  events(params: EventsParams, options?: CallOptions): Promise<EventsResponse> {
    return events(this.ctx, params, options);
  }
  /** See {@link upDownCandles}. @example await client.upDownCandles({ symbol: 'btc', duration: '15m', startTimestamp: 1761400800, endTimestamp: 1761401700 }) @throws {LighterError} see the route function */
  upDownCandles(params: UpDownCandlesParams, options?: CallOptions): Promise<UpDownCandlesResponse> {
    return upDownCandles(this.ctx, params, options);
  }
  /** See {@link boPnl}. @example await client.boPnl({ account: 1077, limit: 10 }) @throws {LighterError} see the route function */
  boPnl(params: BoPnlParams, options?: CallOptions): Promise<BoPnlResponse> {
    return boPnl(this.ctx, params, options);
  }
  /** See {@link accountLimits}. @example await client.accountLimits({ accountIndex: 1077 }) @throws {LighterError} see the route function */
  accountLimits(params: AccountLimitsParams, options?: CallOptions): Promise<AccountLimitsResponse> {
    return accountLimits(this.ctx, params, options);
  }
  /** See {@link accountMetadata}. @example await client.accountMetadata({ by: 'index', value: '1077' }) @throws {LighterError} see the route function */
  accountMetadata(params: AccountMetadataParams, options?: CallOptions): Promise<AccountMetadataResponse> {
    return accountMetadata(this.ctx, params, options);
  }
  /** See {@link accountOrders}. @example await client.accountOrders({ clientOrderIndexes: [123, 456] }) @throws {LighterError} see the route function */
  accountOrders(params: AccountOrdersParams, options?: CallOptions): Promise<AccountOrdersResponse> {
    return accountOrders(this.ctx, params, options);
  }
  /** See {@link accountTxs}. @example await client.accountTxs({ value: '1077', limit: 50 }) @throws {LighterError} see the route function */
  accountTxs(params: AccountTxsParams, options?: CallOptions): Promise<AccountTxsResponse> {
    return accountTxs(this.ctx, params, options);
  }
  /** See {@link accountsByL1Address}. @example await client.accountsByL1Address({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }) @throws {LighterError} see the route function */
  accountsByL1Address(params: AccountsByL1AddressParams, options?: CallOptions): Promise<AccountsByL1AddressResponse> {
    return accountsByL1Address(this.ctx, params, options);
  }
  /** See {@link announcement}. @example await client.announcement({}) @throws {LighterError} see the route function */
  announcement(params: AnnouncementParams = {}, options?: CallOptions): Promise<AnnouncementResponse> {
    return announcement(this.ctx, params, options);
  }
  /** See {@link apiKeys}. @example await client.apiKeys({ accountIndex: 1077, apiKeyIndex: 3 }) @throws {LighterError} see the route function */
  apiKeys(params: ApiKeysParams, options?: CallOptions): Promise<ApiKeysResponse> {
    return apiKeys(this.ctx, params, options);
  }
  /** See {@link assetDetails}. @example await client.assetDetails({ assetId: 3 }) @throws {LighterError} see the route function */
  assetDetails(params: AssetDetailsParams = {}, options?: CallOptions): Promise<AssetDetailsResponse> {
    return assetDetails(this.ctx, params, options);
  }
  /** See {@link blockTxs}. @example await client.blockTxs({ by: 'block_height', value: '1000' }) @throws {LighterError} see the route function */
  blockTxs(params: BlockTxsParams, options?: CallOptions): Promise<BlockTxsResponse> {
    return blockTxs(this.ctx, params, options);
  }
  /** See {@link blocks}. @example await client.blocks({ limit: 10 }) @throws {LighterError} see the route function */
  blocks(params: BlocksParams, options?: CallOptions): Promise<BlocksResponse> {
    return blocks(this.ctx, params, options);
  }
  /** See {@link bridges}. @example await client.bridges({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }) @throws {LighterError} see the route function */
  bridges(params: BridgesParams, options?: CallOptions): Promise<BridgesResponse> {
    return bridges(this.ctx, params, options);
  }
  /** See {@link candles}. @example await client.candles({ marketId: 0, resolution: '1m', startTimestamp: 1700000000000, endTimestamp: 1700003600000, countBack: 60 }) @throws {LighterError} see the route function */
  candles(params: CandlesParams, options?: CallOptions): Promise<CandlesResponse> {
    return candles(this.ctx, params, options);
  }
  /** See {@link changeAccountTier}. @example await client.changeAccountTier({ accountIndex: 1077, newTier: 'premium' }) @throws {LighterError} see the route function */
  changeAccountTier(params: ChangeAccountTierParams, options?: CallOptions): Promise<ChangeAccountTierResponse> {
    return changeAccountTier(this.ctx, params, options);
  }
  /** See {@link currentHeight}. @example await client.currentHeight({}) @throws {LighterError} see the route function */
  currentHeight(params: CurrentHeightParams = {}, options?: CallOptions): Promise<CurrentHeightResponse> {
    return currentHeight(this.ctx, params, options);
  }
  /** See {@link depositHistory}. @example await client.depositHistory({ accountIndex: 1077, l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }) @throws {LighterError} see the route function */
  depositHistory(params: DepositHistoryParams, options?: CallOptions): Promise<DepositHistoryResponse> {
    return depositHistory(this.ctx, params, options);
  }
  /** See {@link exchangeMetrics}. @example await client.exchangeMetrics({ period: 'd', kind: 'volume' }) @throws {LighterError} see the route function */
  exchangeMetrics(params: ExchangeMetricsParams, options?: CallOptions): Promise<ExchangeMetricsResponse> {
    return exchangeMetrics(this.ctx, params, options);
  }
  /** See {@link exchangeStats}. @example await client.exchangeStats({}) @throws {LighterError} see the route function */
  exchangeStats(params: ExchangeStatsParams = {}, options?: CallOptions): Promise<ExchangeStatsResponse> {
    return exchangeStats(this.ctx, params, options);
  }
  /** See {@link executeStats}. @example await client.executeStats({ period: 'd' }) @throws {LighterError} see the route function */
  executeStats(params: ExecuteStatsParams, options?: CallOptions): Promise<ExecuteStatsResponse> {
    return executeStats(this.ctx, params, options);
  }
  /** See {@link exportData}. @example await client.exportData({ type: 'trade', accountIndex: 1077 }) @throws {LighterError} see the route function */
  exportData(params: ExportDataParams, options?: CallOptions): Promise<ExportDataResponse> {
    return exportData(this.ctx, params, options);
  }
  /** See {@link exportHistoricalTrades}. @example await client.exportHistoricalTrades({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', date: '2026-01-01' }) @throws {LighterError} see the route function */
  exportHistoricalTrades(
    params: ExportHistoricalTradesParams,
    options?: CallOptions,
  ): Promise<ExportHistoricalTradesResponse> {
    return exportHistoricalTrades(this.ctx, params, options);
  }
  /** See {@link fastBridgeInfo}. @example await client.fastBridgeInfo({}) @throws {LighterError} see the route function */
  fastBridgeInfo(params: FastBridgeInfoParams = {}, options?: CallOptions): Promise<FastBridgeInfoResponse> {
    return fastBridgeInfo(this.ctx, params, options);
  }
  /** See {@link fastWithdraw}. @example await client.fastWithdraw({ txInfo: signed.txInfo, toAddress: '0x…' }) @throws {TxSendError} never resent; `outcome` rejected | unknown */
  fastWithdraw(params: FastWithdrawParams, options?: CallOptions): Promise<FastWithdrawResponse> {
    return fastWithdraw(this.ctx, params, options);
  }
  /** See {@link fastWithdrawInfo}. @example await client.fastWithdrawInfo({ accountIndex: 1077 }) @throws {LighterError} see the route function */
  fastWithdrawInfo(params: FastWithdrawInfoParams, options?: CallOptions): Promise<FastWithdrawInfoResponse> {
    return fastWithdrawInfo(this.ctx, params, options);
  }
  /** See {@link faucet}. @example await client.faucet({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A', doL1Transfer: false }) @throws {LighterError} see the route function */
  faucet(params: FaucetParams, options?: CallOptions): Promise<FaucetResponse> {
    return faucet(this.ctx, params, options);
  }
  /** See {@link fundingRates}. @example await client.fundingRates({}) @throws {LighterError} see the route function */
  fundingRates(params: FundingRatesParams = {}, options?: CallOptions): Promise<FundingRatesResponse> {
    return fundingRates(this.ctx, params, options);
  }
  /** See {@link fundings}. @example await client.fundings({ marketId: 0, resolution: '1h', startTimestamp: 1778700000000, endTimestamp: 1778710000000, countBack: 10 }) @throws {LighterError} see the route function */
  fundings(params: FundingsParams, options?: CallOptions): Promise<FundingsResponse> {
    return fundings(this.ctx, params, options);
  }
  /** See {@link getMakerOnlyApiKeys}. @example await client.getMakerOnlyApiKeys({ accountIndex: 1077 }) @throws {LighterError} see the route function */
  getMakerOnlyApiKeys(params: GetMakerOnlyApiKeysParams, options?: CallOptions): Promise<GetMakerOnlyApiKeysResponse> {
    return getMakerOnlyApiKeys(this.ctx, params, options);
  }
  /** See {@link setMakerOnlyApiKeys}. @example await client.setMakerOnlyApiKeys({ accountIndex: 1077, apiKeyIndexes: [4] }) @throws {LighterError} see the route function */
  setMakerOnlyApiKeys(params: SetMakerOnlyApiKeysParams, options?: CallOptions): Promise<SetMakerOnlyApiKeysResponse> {
    return setMakerOnlyApiKeys(this.ctx, params, options);
  }
  /** See {@link info}. @example await client.info({}) @throws {LighterError} see the route function */
  info(params: InfoParams = {}, options?: CallOptions): Promise<InfoResponse> {
    return info(this.ctx, params, options);
  }
  /** See {@link isNextBridgeFast}. @example await client.isNextBridgeFast({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }) @throws {LighterError} see the route function */
  isNextBridgeFast(params: IsNextBridgeFastParams, options?: CallOptions): Promise<IsNextBridgeFastResponse> {
    return isNextBridgeFast(this.ctx, params, options);
  }
  /** See {@link l1Metadata}. @example await client.l1Metadata({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }) @throws {LighterError} see the route function */
  l1Metadata(params: L1MetadataParams, options?: CallOptions): Promise<L1MetadataResponse> {
    return l1Metadata(this.ctx, params, options);
  }
  /** See {@link leaseOptions}. @example await client.leaseOptions({}) @throws {LighterError} see the route function */
  leaseOptions(params: LeaseOptionsParams = {}, options?: CallOptions): Promise<LeaseOptionsResponse> {
    return leaseOptions(this.ctx, params, options);
  }
  /** See {@link leases}. @example await client.leases({ accountIndex: 1077 }) @throws {LighterError} see the route function */
  leases(params: LeasesParams, options?: CallOptions): Promise<LeasesResponse> {
    return leases(this.ctx, params, options);
  }
  /** See {@link liquidations}. @example await client.liquidations({ accountIndex: 1077, limit: 50 }) @throws {LighterError} see the route function */
  liquidations(params: LiquidationsParams, options?: CallOptions): Promise<LiquidationsResponse> {
    return liquidations(this.ctx, params, options);
  }
  /** See {@link litLease}. @example await client.litLease({ txInfo: signedLease }) @throws {TxSendError} never resent; `outcome` rejected | unknown */
  litLease(params: LitLeaseParams, options?: CallOptions): Promise<LitLeaseResponse> {
    return litLease(this.ctx, params, options);
  }
  /** See {@link nextNonce}. @example await client.nextNonce({ accountIndex: 1077, apiKeyIndex: 3 }) @throws {LighterError} see the route function */
  nextNonce(params: NextNonceParams, options?: CallOptions): Promise<NextNonceResponse> {
    return nextNonce(this.ctx, params, options);
  }
  /** See {@link notificationAck}. @example await client.notificationAck({ notifId: 'n-1', accountIndex: 1077 }) @throws {LighterError} see the route function */
  notificationAck(params: NotificationAckParams, options?: CallOptions): Promise<NotificationAckResponse> {
    return notificationAck(this.ctx, params, options);
  }
  /** See {@link orderBookDetails}. @example await client.orderBookDetails({ filter: 'perp' }) @throws {LighterError} see the route function */
  orderBookDetails(params: OrderBookDetailsParams = {}, options?: CallOptions): Promise<OrderBookDetailsResponse> {
    return orderBookDetails(this.ctx, params, options);
  }
  /** See {@link orderBookOrders}. @example await client.orderBookOrders({ marketId: 0, limit: 50 }) @throws {LighterError} see the route function */
  orderBookOrders(params: OrderBookOrdersParams, options?: CallOptions): Promise<OrderBookOrdersResponse> {
    return orderBookOrders(this.ctx, params, options);
  }
  /** See {@link orderBooks}. @example await client.orderBooks({ marketId: 0 }) @throws {LighterError} see the route function */
  orderBooks(params: OrderBooksParams = {}, options?: CallOptions): Promise<OrderBooksResponse> {
    return orderBooks(this.ctx, params, options);
  }
  /** See {@link pnl}. @example await client.pnl({ value: '1077', resolution: '1h', startTimestamp: 1700000000000, endTimestamp: 1700086400000, countBack: 24 }) @throws {LighterError} see the route function */
  pnl(params: PnlParams, options?: CallOptions): Promise<PnlResponse> {
    return pnl(this.ctx, params, options);
  }
  /** See {@link positionFunding}. @example await client.positionFunding({ accountIndex: 1077, limit: 50 }) @throws {LighterError} see the route function */
  positionFunding(params: PositionFundingParams, options?: CallOptions): Promise<PositionFundingResponse> {
    return positionFunding(this.ctx, params, options);
  }
  /** See {@link publicPoolsMetadata}. @example await client.publicPoolsMetadata({ index: 0, limit: 20 }) @throws {LighterError} see the route function */
  publicPoolsMetadata(params: PublicPoolsMetadataParams, options?: CallOptions): Promise<PublicPoolsMetadataResponse> {
    return publicPoolsMetadata(this.ctx, params, options);
  }
  /** See {@link recentTrades}. @example await client.recentTrades({ marketId: 0, limit: 20 }) @throws {LighterError} see the route function */
  recentTrades(params: RecentTradesParams, options?: CallOptions): Promise<RecentTradesResponse> {
    return recentTrades(this.ctx, params, options);
  }
  /** See {@link sendTx}. @example await client.sendTx(signedTx) @throws {TxSendError} never resent; `outcome` rejected | unknown */
  sendTx(params: SendTxParams, options?: CallOptions): Promise<SendTxResponse> {
    return sendTx(this.ctx, params, options);
  }
  /** See {@link sendTxBatch}. @example await client.sendTxBatch({ txs: [a, b] }) @throws {BatchTooLargeError} above `maxTxBatchSize` or 21514 @throws {TxSendError} never resent; `outcome` rejected | unknown */
  sendTxBatch(params: SendTxBatchParams, options?: CallOptions): Promise<SendTxBatchResponse> {
    return sendTxBatch(this.ctx, params, options);
  }
  /** See {@link status}. @example await client.status({}) @throws {LighterError} see the route function */
  status(params: StatusParams = {}, options?: CallOptions): Promise<StatusResponse> {
    return status(this.ctx, params, options);
  }
  /** See {@link systemConfig}. @example await client.systemConfig({}) @throws {LighterError} see the route function */
  systemConfig(params: SystemConfigParams = {}, options?: CallOptions): Promise<SystemConfigResponse> {
    return systemConfig(this.ctx, params, options);
  }
  /** See {@link tokens}. @example await client.tokens({ accountIndex: 1077 }) @throws {LighterError} see the route function */
  tokens(params: TokensParams, options?: CallOptions): Promise<TokensResponse> {
    return tokens(this.ctx, params, options);
  }
  /** See {@link tokensCreate}. @example await client.tokensCreate({ accountIndex: 1077, name: 'bot', expiry: 1893456000 }) @throws {LighterError} see the route function */
  tokensCreate(params: TokensCreateParams, options?: CallOptions): Promise<TokensCreateResponse> {
    return tokensCreate(this.ctx, params, options);
  }
  /** See {@link tokensRevoke}. @example await client.tokensRevoke({ accountIndex: 1077, tokenId: 5 }) @throws {LighterError} see the route function */
  tokensRevoke(params: TokensRevokeParams, options?: CallOptions): Promise<TokensRevokeResponse> {
    return tokensRevoke(this.ctx, params, options);
  }
  /** See {@link trades}. @example await client.trades({ sortBy: 'timestamp', limit: 100, marketId: 0 }) @throws {LighterError} see the route function */
  trades(params: TradesParams, options?: CallOptions): Promise<TradesResponse> {
    return trades(this.ctx, params, options);
  }
  /** See {@link transferFeeInfo}. @example await client.transferFeeInfo({ accountIndex: 1077 }) @throws {LighterError} see the route function */
  transferFeeInfo(params: TransferFeeInfoParams, options?: CallOptions): Promise<TransferFeeInfoResponse> {
    return transferFeeInfo(this.ctx, params, options);
  }
  /** See {@link transferHistory}. @example await client.transferHistory({ accountIndex: 1077 }) @throws {LighterError} see the route function */
  transferHistory(params: TransferHistoryParams, options?: CallOptions): Promise<TransferHistoryResponse> {
    return transferHistory(this.ctx, params, options);
  }
  /** See {@link tx}. @example await client.tx({ by: 'hash', value: signed.txHash }) @throws {LighterError} see the route function */
  tx(params: TxParams, options?: CallOptions): Promise<TxResponse> {
    return tx(this.ctx, params, options);
  }
  /** See {@link txFromL1TxHash}. @example await client.txFromL1TxHash({ hash: '0xabc…' }) @throws {LighterError} see the route function */
  txFromL1TxHash(params: TxFromL1TxHashParams, options?: CallOptions): Promise<TxFromL1TxHashResponse> {
    return txFromL1TxHash(this.ctx, params, options);
  }
  /** See {@link txs}. @example await client.txs({ limit: 20 }) @throws {LighterError} see the route function */
  txs(params: TxsParams, options?: CallOptions): Promise<TxsResponse> {
    return txs(this.ctx, params, options);
  }
  /** See {@link userReferrals}. @example await client.userReferrals({ l1Address: '0x15f43D1f2DeE81424aFd891943262aa90F22cc2A' }) @throws {LighterError} see the route function */
  userReferrals(params: UserReferralsParams, options?: CallOptions): Promise<UserReferralsResponse> {
    return userReferrals(this.ctx, params, options);
  }
  /** See {@link withdrawHistory}. @example await client.withdrawHistory({ accountIndex: 1077 }) @throws {LighterError} see the route function */
  withdrawHistory(params: WithdrawHistoryParams, options?: CallOptions): Promise<WithdrawHistoryResponse> {
    return withdrawHistory(this.ctx, params, options);
  }
  /** See {@link withdrawalDelay}. @example await client.withdrawalDelay({}) @throws {LighterError} see the route function */
  withdrawalDelay(params: WithdrawalDelayParams = {}, options?: CallOptions): Promise<WithdrawalDelayResponse> {
    return withdrawalDelay(this.ctx, params, options);
  }
  /** Iterate trades following `next_cursor`. @example for await (const t of client.paginateTrades({ sortBy: 'timestamp', limit: 100 })) {} @throws {LighterError} */
  paginateTrades(params: TradesParams, options?: PageOptions) {
    return paginateTrades(this.ctx, params, options);
  }
  /** Iterate candles over a time range. @example client.paginateCandles({ marketId: 0, resolution: '1h', startTimestamp, endTimestamp }) @throws {LighterError} */
  paginateCandles(params: Parameters<typeof paginateCandles>[1], options?: PageOptions) {
    return paginateCandles(this.ctx, params, options);
  }
  /** Iterate fundings over a time range. @example client.paginateFundings({ marketId: 0, resolution: '1h', startTimestamp, endTimestamp }) @throws {LighterError} */
  paginateFundings(params: Parameters<typeof paginateFundings>[1], options?: PageOptions) {
    return paginateFundings(this.ctx, params, options);
  }
  /** Iterate inactive orders. @example client.paginateInactiveOrders({ accountIndex, limit: 100 }) @throws {LighterError} */
  paginateInactiveOrders(params: AccountInactiveOrdersParams, options?: PageOptions) {
    return paginateInactiveOrders(this.ctx, params, options);
  }
  /** Iterate account txs. @example client.paginateAccountTxs({ value: '1077', limit: 100 }) @throws {LighterError} */
  paginateAccountTxs(params: AccountTxsParams, options?: PageOptions) {
    return paginateAccountTxs(this.ctx, params, options);
  }
}
