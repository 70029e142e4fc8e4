/**
 * Layer 3: the REST client for every Lighter endpoint (validated responses, typed errors, rate limits, retries).
 *
 * @packageDocumentation
 * @module @lighter-ts/http
 */
// Public API of @lighter-ts/http: every export is named here (no `export *`).
export {
  type AuthTokenKey,
  type AuthTokenProvider,
  type AuthTokenProviderOptions,
  type AuthTokenSigner,
  createAuthTokenProvider,
  MAX_AUTH_TOKEN_TTL_SECONDS,
} from './auth.js';
export { LighterHttpClient, type LighterHttpClientOptions } from './client.js';
export {
  type ApiKeySlotState,
  checkApiKeySlot,
  registerApiKey,
  type RegisterApiKeyParams,
  type RegisterApiKeyResult,
} from './account-admin/api-key-slots.js';
export {
  approveIntegrator,
  type ApproveIntegratorCommandParams,
  type IntegratorTxResult,
  revokeIntegrator,
} from './account-admin/integrators.js';
export { type ReadOnlyAuth, readOnlyTokenAuth } from './read-only-auth.js';
export {
  AbortedError,
  HTTP_ERROR_CODE,
  type HttpErrorCode,
  LighterApiError,
  LighterHttpError,
  LighterInputError,
  LighterHttpParseError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  type TxOutcome,
  TxSendError,
  UnknownMarketError,
} from './errors.js';
export {
  isAbortedError,
  isLighterApiError,
  isLighterHttpError,
  isLighterInputError,
  isLighterHttpParseError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  isTxSendError,
  isUnknownMarketError,
} from './error-guards.js';
export type { HttpEvent, HttpEventListener } from './events.js';
export type { CustomNetwork, LighterNetwork, ResolvedNetwork } from './network.js';
export {
  type PageOptions,
  paginateAccountTxs,
  paginateCandles,
  paginateFundings,
  paginateInactiveOrders,
  paginateTrades,
  type TimeRangeParams,
} from './pagination.js';
export {
  ACCOUNT_TIER_LIMITS,
  type AccountTier,
  createRateLimitRegistry,
  PREMIUM_TX_PER_MINUTE,
  premiumTxPerMinute,
  type RateLimitBudget,
  type RateLimitOptions,
  type RateLimitRegistry,
} from './rate-limit.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
export {
  type CallOptions,
  callRoute,
  defineRoute,
  type RouteContext,
  type RouteSpec,
} from './route.js';
export { createFetchTransport, type FetchFunction, type FetchTransportOptions } from './fetch-transport.js';
export {
  createDefaultTransport,
  createUndiciTransport,
  DEFAULT_TRANSPORT_KIND,
  type UndiciTransportOptions,
} from './runtime-transport.js';
export {
  DEFAULT_TIMEOUTS,
  type HttpTransport,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';
// One export line per route: function, spec (its `params` is the request schema) and types.
export {
  account,
  accountRoute,
  type AccountParams,
  type AccountResponse,
} from './routes/account.js';
export {
  accountActiveOrders,
  accountActiveOrdersRoute,
  type AccountActiveOrdersParams,
  type AccountActiveOrdersResponse,
} from './routes/account-active-orders.js';
export {
  accountInactiveOrders,
  accountInactiveOrdersRoute,
  type AccountInactiveOrdersParams,
  type AccountInactiveOrdersResponse,
} from './routes/account-inactive-orders.js';
export {
  accountLimits,
  accountLimitsRoute,
  type AccountLimitsParams,
  type AccountLimitsResponse,
} from './routes/account-limits.js';
export {
  accountMetadata,
  accountMetadataRoute,
  type AccountMetadataParams,
  type AccountMetadataResponse,
} from './routes/account-metadata.js';
export {
  accountOrders,
  accountOrdersRoute,
  type AccountOrdersParams,
  type AccountOrdersResponse,
} from './routes/account-orders.js';
export {
  accountTxs,
  accountTxsRoute,
  type AccountTxsParams,
  type AccountTxsResponse,
} from './routes/account-txs.js';
export {
  accountsByL1Address,
  accountsByL1AddressRoute,
  type AccountsByL1AddressParams,
  type AccountsByL1AddressResponse,
} from './routes/accounts-by-l1-address.js';
export {
  announcement,
  announcementRoute,
  type AnnouncementParams,
  type AnnouncementResponse,
} from './routes/announcement.js';
export {
  apiKeys,
  apiKeysRoute,
  type ApiKeysParams,
  type ApiKeysResponse,
} from './routes/api-keys.js';
export {
  assetDetails,
  assetDetailsRoute,
  type AssetDetailsParams,
  type AssetDetailsResponse,
} from './routes/asset-details.js';
export {
  blockTxs,
  blockTxsRoute,
  type BlockTxsParams,
  type BlockTxsResponse,
} from './routes/block-txs.js';
export { blocks, blocksRoute, type BlocksParams, type BlocksResponse } from './routes/blocks.js';
export {
  bridges,
  bridgesRoute,
  type BridgesParams,
  type BridgesResponse,
} from './routes/bridges.js';
export {
  candles,
  candlesRoute,
  type CandlesParams,
  type CandlesResponse,
} from './routes/candles.js';
export {
  changeAccountTier,
  changeAccountTierRoute,
  type ChangeAccountTierParams,
  type ChangeAccountTierResponse,
} from './routes/change-account-tier.js';
export {
  currentHeight,
  currentHeightRoute,
  type CurrentHeightParams,
  type CurrentHeightResponse,
} from './routes/current-height.js';
export {
  depositHistory,
  depositHistoryRoute,
  type DepositHistoryParams,
  type DepositHistoryResponse,
} from './routes/deposit-history.js';
export {
  exchangeMetrics,
  exchangeMetricsRoute,
  type ExchangeMetricsParams,
  type ExchangeMetricsResponse,
} from './routes/exchange-metrics.js';
export {
  exchangeStats,
  exchangeStatsRoute,
  type ExchangeStatsParams,
  type ExchangeStatsResponse,
} from './routes/exchange-stats.js';
export {
  executeStats,
  executeStatsRoute,
  type ExecuteStatsParams,
  type ExecuteStatsResponse,
} from './routes/execute-stats.js';
export {
  exportData,
  exportDataRoute,
  type ExportDataParams,
  type ExportDataResponse,
} from './routes/export.js';
export {
  exportHistoricalTrades,
  exportHistoricalTradesRoute,
  type ExportHistoricalTradesParams,
  type ExportHistoricalTradesResponse,
} from './routes/export-historical-trades.js';
export {
  fastBridgeInfo,
  fastBridgeInfoRoute,
  type FastBridgeInfoParams,
  type FastBridgeInfoResponse,
} from './routes/fast-bridge-info.js';
export {
  fastWithdraw,
  fastWithdrawRoute,
  type FastWithdrawParams,
  type FastWithdrawResponse,
} from './routes/fast-withdraw.js';
export {
  fastWithdrawInfo,
  fastWithdrawInfoRoute,
  type FastWithdrawInfoParams,
  type FastWithdrawInfoResponse,
} from './routes/fast-withdraw-info.js';
export { faucet, faucetRoute, type FaucetParams, type FaucetResponse } from './routes/faucet.js';
export {
  fundingRates,
  fundingRatesRoute,
  type FundingRatesParams,
  type FundingRatesResponse,
} from './routes/funding-rates.js';
export {
  fundings,
  fundingsRoute,
  type FundingsParams,
  type FundingsResponse,
} from './routes/fundings.js';
export {
  setMakerOnlyApiKeys,
  setMakerOnlyApiKeysRoute,
  type SetMakerOnlyApiKeysParams,
  type SetMakerOnlyApiKeysResponse,
} from './routes/set-maker-only-api-keys.js';
export {
  getMakerOnlyApiKeys,
  getMakerOnlyApiKeysRoute,
  type GetMakerOnlyApiKeysParams,
  type GetMakerOnlyApiKeysResponse,
} from './routes/maker-only-api-keys.js';
export { info, infoRoute, type InfoParams, type InfoResponse } from './routes/info.js';
export {
  isNextBridgeFast,
  isNextBridgeFastRoute,
  type IsNextBridgeFastParams,
  type IsNextBridgeFastResponse,
} from './routes/is-next-bridge-fast.js';
export {
  l1Metadata,
  l1MetadataRoute,
  type L1MetadataParams,
  type L1MetadataResponse,
} from './routes/l1-metadata.js';
export {
  leaseOptions,
  leaseOptionsRoute,
  type LeaseOptionsParams,
  type LeaseOptionsResponse,
} from './routes/lease-options.js';
export { leases, leasesRoute, type LeasesParams, type LeasesResponse } from './routes/leases.js';
export {
  liquidations,
  liquidationsRoute,
  type LiquidationsParams,
  type LiquidationsResponse,
} from './routes/liquidations.js';
export {
  litLease,
  litLeaseRoute,
  type LitLeaseParams,
  type LitLeaseResponse,
} from './routes/lit-lease.js';
export {
  nextNonce,
  nextNonceRoute,
  type NextNonceParams,
  type NextNonceResponse,
} from './routes/next-nonce.js';
export {
  notificationAck,
  notificationAckRoute,
  type NotificationAckParams,
  type NotificationAckResponse,
} from './routes/notification-ack.js';
export {
  orderBookDetails,
  orderBookDetailsRoute,
  type OrderBookDetailsParams,
  type OrderBookDetailsResponse,
} from './routes/order-book-details.js';
export {
  orderBookOrders,
  orderBookOrdersRoute,
  type OrderBookOrdersParams,
  type OrderBookOrdersResponse,
} from './routes/order-book-orders.js';
export {
  orderBooks,
  orderBooksRoute,
  type OrderBooksParams,
  type OrderBooksResponse,
} from './routes/order-books.js';
export { pnl, pnlRoute, type PnlParams, type PnlResponse } from './routes/pnl.js';
export {
  positionFunding,
  positionFundingRoute,
  type PositionFundingParams,
  type PositionFundingResponse,
} from './routes/position-funding.js';
export {
  publicPoolsMetadata,
  publicPoolsMetadataRoute,
  type PublicPoolsMetadataParams,
  type PublicPoolsMetadataResponse,
} from './routes/public-pools-metadata.js';
export {
  recentTrades,
  recentTradesRoute,
  type RecentTradesParams,
  type RecentTradesResponse,
} from './routes/recent-trades.js';
export { sendTx, sendTxRoute, type SendTxParams } from './routes/send-tx.js';
export {
  sendTxBatch,
  sendTxBatchRoute,
  type SendTxBatchParams,
} from './routes/send-tx-batch.js';
export { status, statusRoute, type StatusParams, type StatusResponse } from './routes/status.js';
export {
  systemConfig,
  systemConfigRoute,
  type SystemConfigParams,
  type SystemConfigResponse,
} from './routes/system-config.js';
export { tokens, tokensRoute, type TokensParams, type TokensResponse } from './routes/tokens.js';
export {
  tokensCreate,
  tokensCreateRoute,
  type TokensCreateParams,
  type TokensCreateResponse,
} from './routes/tokens-create.js';
export {
  tokensRevoke,
  tokensRevokeRoute,
  type TokensRevokeParams,
  type TokensRevokeResponse,
} from './routes/tokens-revoke.js';
export { trades, tradesRoute, type TradesParams, type TradesResponse } from './routes/trades.js';
export {
  transferFeeInfo,
  transferFeeInfoRoute,
  type TransferFeeInfoParams,
  type TransferFeeInfoResponse,
} from './routes/transfer-fee-info.js';
export {
  transferHistory,
  transferHistoryRoute,
  type TransferHistoryParams,
  type TransferHistoryResponse,
} from './routes/transfer-history.js';
export { tx, txRoute, type TxParams, type TxResponse } from './routes/tx.js';
export {
  txFromL1TxHash,
  txFromL1TxHashRoute,
  type TxFromL1TxHashParams,
  type TxFromL1TxHashResponse,
} from './routes/tx-from-l1-tx-hash.js';
export { txs, txsRoute, type TxsParams, type TxsResponse } from './routes/txs.js';
export {
  userReferrals,
  userReferralsRoute,
  type UserReferralsParams,
  type UserReferralsResponse,
} from './routes/user-referrals.js';
export {
  withdrawHistory,
  withdrawHistoryRoute,
  type WithdrawHistoryParams,
  type WithdrawHistoryResponse,
} from './routes/withdraw-history.js';
export {
  withdrawalDelay,
  withdrawalDelayRoute,
  type WithdrawalDelayParams,
  type WithdrawalDelayResponse,
} from './routes/withdrawal-delay.js';
export { events, eventsRoute, type EventsParams, type EventsResponse } from './routes/events.js';
export {
  upDownCandles,
  upDownCandlesRoute,
  type UpDownCandlesParams,
  type UpDownCandlesResponse,
} from './routes/up-down-candles.js';
export { boPnl, boPnlRoute, type BoPnlParams, type BoPnlResponse } from './routes/bo-pnl.js';
