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
  isAbortedError,
  isLighterApiError,
  isLighterHttpError,
  isLighterInputError,
  isLighterParseError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  isTxSendError,
  isUnknownMarketError,
  LighterApiError,
  LighterHttpError,
  LighterInputError,
  LighterParseError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  type TxOutcome,
  TxSendError,
  UnknownMarketError,
} from './errors.js';
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
  type BucketKind,
  createRateLimitRegistry,
  PREMIUM_TX_PER_MINUTE,
  premiumTxPerMinute,
  type RateLimitBudget,
  type RateLimitOptions,
  type RateLimitRegistry,
  TokenBucket,
} from './rate-limit.js';
export { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, type RetryPolicy } from './retry.js';
export {
  type CallOptions,
  callRoute,
  defineRoute,
  encodeParams,
  interpretResponse,
  type RouteContext,
  type RouteSpec,
  validateParams,
} from './route.js';
export { SignedTxInputSchema, txAccountOf } from './routes/send-tx.js';
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
  mapTransportError,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';
// One export line per route: function, spec, params schema and types.
export {
  account,
  accountRoute,
  AccountParamsSchema,
  type AccountParams,
  type AccountResponse,
} from './routes/account.js';
export {
  accountActiveOrders,
  accountActiveOrdersRoute,
  AccountActiveOrdersParamsSchema,
  type AccountActiveOrdersParams,
  type AccountActiveOrdersResponse,
} from './routes/account-active-orders.js';
export {
  accountInactiveOrders,
  accountInactiveOrdersRoute,
  AccountInactiveOrdersParamsSchema,
  type AccountInactiveOrdersParams,
  type AccountInactiveOrdersResponse,
} from './routes/account-inactive-orders.js';
export {
  accountLimits,
  accountLimitsRoute,
  AccountLimitsParamsSchema,
  type AccountLimitsParams,
  type AccountLimitsResponse,
} from './routes/account-limits.js';
export {
  accountMetadata,
  accountMetadataRoute,
  AccountMetadataParamsSchema,
  type AccountMetadataParams,
  type AccountMetadataResponse,
} from './routes/account-metadata.js';
export {
  accountOrders,
  accountOrdersRoute,
  AccountOrdersParamsSchema,
  type AccountOrdersParams,
  type AccountOrdersResponse,
} from './routes/account-orders.js';
export {
  accountTxs,
  accountTxsRoute,
  AccountTxsParamsSchema,
  type AccountTxsParams,
  type AccountTxsResponse,
} from './routes/account-txs.js';
export {
  accountsByL1Address,
  accountsByL1AddressRoute,
  AccountsByL1AddressParamsSchema,
  type AccountsByL1AddressParams,
  type AccountsByL1AddressResponse,
} from './routes/accounts-by-l1-address.js';
export {
  announcement,
  announcementRoute,
  AnnouncementParamsSchema,
  type AnnouncementParams,
  type AnnouncementResponse,
} from './routes/announcement.js';
export {
  apiKeys,
  apiKeysRoute,
  ApiKeysParamsSchema,
  type ApiKeysParams,
  type ApiKeysResponse,
} from './routes/api-keys.js';
export {
  assetDetails,
  assetDetailsRoute,
  AssetDetailsParamsSchema,
  type AssetDetailsParams,
  type AssetDetailsResponse,
} from './routes/asset-details.js';
export {
  blockTxs,
  blockTxsRoute,
  BlockTxsParamsSchema,
  type BlockTxsParams,
  type BlockTxsResponse,
} from './routes/block-txs.js';
export { blocks, blocksRoute, BlocksParamsSchema, type BlocksParams, type BlocksResponse } from './routes/blocks.js';
export {
  bridges,
  bridgesRoute,
  BridgesParamsSchema,
  type BridgesParams,
  type BridgesResponse,
} from './routes/bridges.js';
export {
  candles,
  candlesRoute,
  CandlesParamsSchema,
  type CandlesParams,
  type CandlesResponse,
} from './routes/candles.js';
export {
  changeAccountTier,
  changeAccountTierRoute,
  ChangeAccountTierParamsSchema,
  type ChangeAccountTierParams,
  type ChangeAccountTierResponse,
} from './routes/change-account-tier.js';
export {
  currentHeight,
  currentHeightRoute,
  CurrentHeightParamsSchema,
  type CurrentHeightParams,
  type CurrentHeightResponse,
} from './routes/current-height.js';
export {
  depositHistory,
  depositHistoryRoute,
  DepositHistoryParamsSchema,
  type DepositHistoryParams,
  type DepositHistoryResponse,
} from './routes/deposit-history.js';
export {
  exchangeMetrics,
  exchangeMetricsRoute,
  ExchangeMetricsParamsSchema,
  type ExchangeMetricsParams,
  type ExchangeMetricsResponse,
} from './routes/exchange-metrics.js';
export {
  exchangeStats,
  exchangeStatsRoute,
  ExchangeStatsParamsSchema,
  type ExchangeStatsParams,
  type ExchangeStatsResponse,
} from './routes/exchange-stats.js';
export {
  executeStats,
  executeStatsRoute,
  ExecuteStatsParamsSchema,
  type ExecuteStatsParams,
  type ExecuteStatsResponse,
} from './routes/execute-stats.js';
export {
  exportData,
  exportDataRoute,
  ExportDataParamsSchema,
  type ExportDataParams,
  type ExportDataResponse,
} from './routes/export.js';
export {
  exportHistoricalTrades,
  exportHistoricalTradesRoute,
  ExportHistoricalTradesParamsSchema,
  type ExportHistoricalTradesParams,
  type ExportHistoricalTradesResponse,
} from './routes/export-historical-trades.js';
export {
  fastBridgeInfo,
  fastBridgeInfoRoute,
  FastBridgeInfoParamsSchema,
  type FastBridgeInfoParams,
  type FastBridgeInfoResponse,
} from './routes/fast-bridge-info.js';
export {
  fastWithdraw,
  fastWithdrawRoute,
  FastWithdrawParamsSchema,
  type FastWithdrawParams,
  type FastWithdrawResponse,
} from './routes/fast-withdraw.js';
export {
  fastWithdrawInfo,
  fastWithdrawInfoRoute,
  FastWithdrawInfoParamsSchema,
  type FastWithdrawInfoParams,
  type FastWithdrawInfoResponse,
} from './routes/fast-withdraw-info.js';
export { faucet, faucetRoute, FaucetParamsSchema, type FaucetParams, type FaucetResponse } from './routes/faucet.js';
export {
  fundingRates,
  fundingRatesRoute,
  FundingRatesParamsSchema,
  type FundingRatesParams,
  type FundingRatesResponse,
} from './routes/funding-rates.js';
export {
  fundings,
  fundingsRoute,
  FundingsParamsSchema,
  type FundingsParams,
  type FundingsResponse,
} from './routes/fundings.js';
export {
  setMakerOnlyApiKeys,
  setMakerOnlyApiKeysRoute,
  SetMakerOnlyApiKeysParamsSchema,
  type SetMakerOnlyApiKeysParams,
  type SetMakerOnlyApiKeysResponse,
} from './routes/set-maker-only-api-keys.js';
export {
  getMakerOnlyApiKeys,
  getMakerOnlyApiKeysRoute,
  GetMakerOnlyApiKeysParamsSchema,
  type GetMakerOnlyApiKeysParams,
  type GetMakerOnlyApiKeysResponse,
} from './routes/maker-only-api-keys.js';
export { info, infoRoute, InfoParamsSchema, type InfoParams, type InfoResponse } from './routes/info.js';
export {
  isNextBridgeFast,
  isNextBridgeFastRoute,
  IsNextBridgeFastParamsSchema,
  type IsNextBridgeFastParams,
  type IsNextBridgeFastResponse,
} from './routes/is-next-bridge-fast.js';
export {
  l1Metadata,
  l1MetadataRoute,
  L1MetadataParamsSchema,
  type L1MetadataParams,
  type L1MetadataResponse,
} from './routes/l1-metadata.js';
export {
  leaseOptions,
  leaseOptionsRoute,
  LeaseOptionsParamsSchema,
  type LeaseOptionsParams,
  type LeaseOptionsResponse,
} from './routes/lease-options.js';
export { leases, leasesRoute, LeasesParamsSchema, type LeasesParams, type LeasesResponse } from './routes/leases.js';
export {
  liquidations,
  liquidationsRoute,
  LiquidationsParamsSchema,
  type LiquidationsParams,
  type LiquidationsResponse,
} from './routes/liquidations.js';
export {
  litLease,
  litLeaseRoute,
  LitLeaseParamsSchema,
  type LitLeaseParams,
  type LitLeaseResponse,
} from './routes/lit-lease.js';
export {
  nextNonce,
  nextNonceRoute,
  NextNonceParamsSchema,
  type NextNonceParams,
  type NextNonceResponse,
} from './routes/next-nonce.js';
export {
  notificationAck,
  notificationAckRoute,
  NotificationAckParamsSchema,
  type NotificationAckParams,
  type NotificationAckResponse,
} from './routes/notification-ack.js';
export {
  orderBookDetails,
  orderBookDetailsRoute,
  OrderBookDetailsParamsSchema,
  type OrderBookDetailsParams,
  type OrderBookDetailsResponse,
} from './routes/order-book-details.js';
export {
  orderBookOrders,
  orderBookOrdersRoute,
  OrderBookOrdersParamsSchema,
  type OrderBookOrdersParams,
  type OrderBookOrdersResponse,
} from './routes/order-book-orders.js';
export {
  orderBooks,
  orderBooksRoute,
  OrderBooksParamsSchema,
  type OrderBooksParams,
  type OrderBooksResponse,
} from './routes/order-books.js';
export { pnl, pnlRoute, PnlParamsSchema, type PnlParams, type PnlResponse } from './routes/pnl.js';
export {
  positionFunding,
  positionFundingRoute,
  PositionFundingParamsSchema,
  type PositionFundingParams,
  type PositionFundingResponse,
} from './routes/position-funding.js';
export {
  publicPoolsMetadata,
  publicPoolsMetadataRoute,
  PublicPoolsMetadataParamsSchema,
  type PublicPoolsMetadataParams,
  type PublicPoolsMetadataResponse,
} from './routes/public-pools-metadata.js';
export {
  recentTrades,
  recentTradesRoute,
  RecentTradesParamsSchema,
  type RecentTradesParams,
  type RecentTradesResponse,
} from './routes/recent-trades.js';
export { sendTx, sendTxRoute, SendTxParamsSchema, type SendTxParams, type SendTxResponse } from './routes/send-tx.js';
export {
  sendTxBatch,
  sendTxBatchRoute,
  SendTxBatchParamsSchema,
  type SendTxBatchParams,
  type SendTxBatchResponse,
} from './routes/send-tx-batch.js';
export { status, statusRoute, StatusParamsSchema, type StatusParams, type StatusResponse } from './routes/status.js';
export {
  systemConfig,
  systemConfigRoute,
  SystemConfigParamsSchema,
  type SystemConfigParams,
  type SystemConfigResponse,
} from './routes/system-config.js';
export { tokens, tokensRoute, TokensParamsSchema, type TokensParams, type TokensResponse } from './routes/tokens.js';
export {
  tokensCreate,
  tokensCreateRoute,
  TokensCreateParamsSchema,
  type TokensCreateParams,
  type TokensCreateResponse,
} from './routes/tokens-create.js';
export {
  tokensRevoke,
  tokensRevokeRoute,
  TokensRevokeParamsSchema,
  type TokensRevokeParams,
  type TokensRevokeResponse,
} from './routes/tokens-revoke.js';
export { trades, tradesRoute, TradesParamsSchema, type TradesParams, type TradesResponse } from './routes/trades.js';
export {
  transferFeeInfo,
  transferFeeInfoRoute,
  TransferFeeInfoParamsSchema,
  type TransferFeeInfoParams,
  type TransferFeeInfoResponse,
} from './routes/transfer-fee-info.js';
export {
  transferHistory,
  transferHistoryRoute,
  TransferHistoryParamsSchema,
  type TransferHistoryParams,
  type TransferHistoryResponse,
} from './routes/transfer-history.js';
export { tx, txRoute, TxParamsSchema, type TxParams, type TxResponse } from './routes/tx.js';
export {
  txFromL1TxHash,
  txFromL1TxHashRoute,
  TxFromL1TxHashParamsSchema,
  type TxFromL1TxHashParams,
  type TxFromL1TxHashResponse,
} from './routes/tx-from-l1-tx-hash.js';
export { txs, txsRoute, TxsParamsSchema, type TxsParams, type TxsResponse } from './routes/txs.js';
export {
  userReferrals,
  userReferralsRoute,
  UserReferralsParamsSchema,
  type UserReferralsParams,
  type UserReferralsResponse,
} from './routes/user-referrals.js';
export {
  withdrawHistory,
  withdrawHistoryRoute,
  WithdrawHistoryParamsSchema,
  type WithdrawHistoryParams,
  type WithdrawHistoryResponse,
} from './routes/withdraw-history.js';
export {
  withdrawalDelay,
  withdrawalDelayRoute,
  WithdrawalDelayParamsSchema,
  type WithdrawalDelayParams,
  type WithdrawalDelayResponse,
} from './routes/withdrawal-delay.js';
export { events, eventsRoute, EventsParamsSchema, type EventsParams, type EventsResponse } from './routes/events.js';
export {
  upDownCandles,
  upDownCandlesRoute,
  UpDownCandlesParamsSchema,
  type UpDownCandlesParams,
  type UpDownCandlesResponse,
} from './routes/up-down-candles.js';
export { boPnl, boPnlRoute, BoPnlParamsSchema, type BoPnlParams, type BoPnlResponse } from './routes/bo-pnl.js';
