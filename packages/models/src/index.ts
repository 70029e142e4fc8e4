/**
 * Layer 1: zod schemas and types of every Lighter payload, protocol constants, networks, exact decimals, identifiers, the error family.
 *
 * @packageDocumentation
 * @module @lighter-ts/models
 */
// Public API of @lighter-ts/models: every export is named here (no `export *`, STYLE.md "Public surface").
// Generated list kept in sync by hand review; test/index.test.ts snapshots the value exports.
// Plumbing that only sibling packages are wired from (fast paths, the zod-issue converter) lives in
// ./internal.ts (`@lighter-ts/models/internal`), not here.

export {
  ACCOUNT_TRADING_MODE,
  ACCOUNT_TYPE,
  ALL_MARKETS,
  API_KEY_INDEX,
  ASSET_ID,
  ASSET_MARGIN_MODE,
  MARGIN_DIRECTION,
  MARGIN_MODE,
  MARKET_MARGIN_MODE,
  MARKET_TYPE,
  ROUTE_TYPE,
  SELF_TRADE_BEHAVIOR,
  TX_ATTRIBUTE,
} from './constants/account.js';
export type {
  AccountTradingMode,
  AccountType,
  AssetMarginMode,
  MarginDirection,
  MarginMode,
  MarketType,
  RouteType,
} from './constants/account.js';
export {
  AUTH_TOKEN_MAX_VALIDITY_S,
  CANDLE_RESOLUTION_MS,
  CANDLE_RESOLUTIONS,
  DEFAULT_TX_BATCH_SIZE,
  FUNDING_RESOLUTIONS,
  MAX_TX_BATCH_SIZE,
  PNL_RESOLUTIONS,
  WS_KEEPALIVE_MAX_MS,
  WS_LIMITS,
} from './constants/network.js';
export type { CandleResolution, FundingResolution, PnlResolution } from './constants/network.js';
export { CHAIN_ID, NETWORK, NETWORK_ALIASES, NETWORK_NAMES, NETWORKS, USDC } from './constants/networks.js';
export type { ChainId, CollateralAsset, Network, NetworkId, NetworkName } from './constants/networks.js';
export { assertSameNetwork, customNetwork, isNetworkName, resolveNetwork } from './constants/network-resolve.js';
export type { CustomNetworkParams, NetworkBinding } from './constants/network-resolve.js';
export {
  CANCEL_ALL_TIME_IN_FORCE,
  CANCEL_REASON,
  GROUPING_TYPE,
  ORDER_EXPIRY,
  ORDER_STATUS,
  ORDER_STATUS_BY_CODE,
  ORDER_TYPE,
  ORDER_TYPE_NAME,
  TIME_IN_FORCE,
  TIME_IN_FORCE_NAME,
  TRADE_TYPE,
  TRIGGER_STATUS,
  cancelReasonOf,
  classifyOrderStatus,
} from './constants/order.js';
export type {
  CancelAllTimeInForce,
  CancelReason,
  GroupingType,
  OrderStatus,
  OrderStatusClass,
  OrderType,
  OrderTypeName,
  TimeInForce,
  TimeInForceName,
  TradeType,
  TriggerStatus,
} from './constants/order.js';
export { TX_STATUS, TX_TYPE, TX_TYPE_VENUE_NAME, isTxType } from './constants/tx-type.js';
export type { TxStatus, TxType, TxTypeName } from './constants/tx-type.js';
export {
  VENUE_ERROR_CODE,
  VENUE_ERROR_MESSAGE,
  isVenueErrorCode,
  venueErrorCategory,
  venueErrorMessage,
} from './constants/venue-errors.js';
export type { VenueErrorCategory, VenueErrorCode } from './constants/venue-errors.js';
export {
  DECIMAL_PATTERN,
  ROUNDING_MODE,
  compareDecimals,
  decimalPlaces,
  fromScaledInteger,
  isDecimalString,
  normalizeDecimal,
  numberToDecimalString,
  toScaledInteger,
} from './decimal/decimal.js';
export type { DecimalInput, RoundingMode } from './decimal/decimal.js';
export {
  MAX_BASE_AMOUNT,
  MAX_CLIENT_ORDER_INDEX,
  MAX_ORDER_INDEX,
  MAX_PRICE_TICKS,
  MAX_SAFE_CLIENT_ORDER_INDEX,
  MIN_ORDER_INDEX,
  assertOrderAmounts,
  checkOrderAmounts,
  fromBaseAmount,
  fromPriceTicks,
  toBaseAmount,
  toPriceTicks,
} from './decimal/limits.js';
export type { OrderAmountCheck, OrderAmountLimits } from './decimal/limits.js';
export { roundToIncrement, roundToLot, roundToTick } from './decimal/rounding.js';
export { LighterError, isLighterError } from './error-base.js';
export type { LighterErrorNamespace, LighterErrorParams } from './error-base.js';
export {
  LighterModelsError,
  LighterParseError,
  MODELS_ERROR_CODE,
  isLighterModelsError,
  isLighterParseError,
} from './errors.js';
export { REDACTED, isSecretKey, redactSecrets, redactText } from './redact.js';
export type { ModelsErrorCode, ParseIssue } from './errors.js';
export { NetworkMismatchError, isNetworkMismatchError } from './network-mismatch.js';
export type { NetworkBoundKind } from './network-mismatch.js';
export { BatchTooLargeError, isBatchTooLargeError } from './batch-too-large.js';
export {
  AccountId,
  ClientOrderId,
  InstrumentId,
  LIGHTER_VENUE,
  PERP_QUOTE_CURRENCY,
  PERP_SUFFIX,
  SPOT_SUFFIX,
  Symbol,
  TradeId,
  Venue,
  VenueOrderId,
} from './identifiers/identifiers.js';
export { isReadOnlyToken, readOnlyTokenInfo, type ReadOnlyTokenInfo } from './identifiers/read-only-token.js';
export {
  InstrumentRegistry,
  currencyPairFromDetail,
  instrumentsFromOrderBookDetails,
  makePrice,
  makeQuantity,
  perpetualFromDetail,
} from './instruments/instruments.js';
export type { CryptoPerpetual, CurrencyPair, Instrument, InstrumentBase } from './instruments/instruments.js';
export { describeIssue } from './parse.js';
export type { WithRaw } from './parse.js';
export { AccountLimitsSchema, parseAccountLimits } from './rest/account-limits.js';
export type { AccountLimits } from './rest/account-limits.js';
export {
  AccountMetadataSchema,
  AccountMetadatasSchema,
  L1MetadataSchema,
  parseAccountMetadatas,
  parseL1Metadata,
} from './rest/account-metadata.js';
export type { AccountMetadata, AccountMetadatas, L1Metadata } from './rest/account-metadata.js';
export {
  AccountAssetSchema,
  AccountPositionSchema,
  ApprovedIntegratorSchema,
  DetailedAccountSchema,
  DetailedAccountsSchema,
  PendingUnlockSchema,
  PublicPoolShareSchema,
  parseDetailedAccounts,
} from './rest/account.js';
export type { AccountAsset, AccountPosition, DetailedAccount, DetailedAccounts } from './rest/account.js';
export { AccountSchema, SubAccountsSchema, parseSubAccounts } from './rest/accounts-by-l1-address.js';
export type { Account, SubAccounts } from './rest/accounts-by-l1-address.js';
export {
  AccountApiKeysSchema,
  ApiKeySchema,
  MakerOnlyApiKeysSchema,
  parseAccountApiKeys,
  parseMakerOnlyApiKeys,
} from './rest/api-keys.js';
export type { AccountApiKeys, ApiKey, MakerOnlyApiKeys } from './rest/api-keys.js';
export { AssetDetailsSchema, AssetSchema, parseAssetDetails } from './rest/asset-details.js';
export type { Asset, AssetDetails } from './rest/asset-details.js';
export { CANDLES_MAX_COUNT, CandleSchema, CandlesSchema, parseCandles } from './rest/candles.js';
export type { Candle, Candles } from './rest/candles.js';
export { DepositHistoryItemSchema, DepositHistorySchema, parseDepositHistory } from './rest/deposit-history.js';
export type { DepositHistory, DepositHistoryItem } from './rest/deposit-history.js';
export {
  ExchangeMetricsSchema,
  ExchangeStatsSchema,
  ExecuteStatsSchema,
  OrderBookStatsSchema,
  parseExchangeMetrics,
  parseExchangeStats,
  parseExecuteStats,
} from './rest/exchange-stats.js';
export type { ExchangeMetrics, ExchangeStats, ExecuteStats, OrderBookStats } from './rest/exchange-stats.js';
export { ExportDataSchema, HistoricalTradesExportSchema, parseExportData } from './rest/export.js';
export type { ExportData, HistoricalTradesExport } from './rest/export.js';
export {
  FundingRateSchema,
  FundingRatesSchema,
  FundingSchema,
  FundingsSchema,
  parseFundingRates,
  parseFundings,
} from './rest/fundings.js';
export type { Funding, FundingRate, FundingRates, Fundings } from './rest/fundings.js';
export { LiquidationInfosSchema, LiquidationSchema, parseLiquidationInfos } from './rest/liquidations.js';
export type { Liquidation, LiquidationInfos } from './rest/liquidations.js';
export {
  BridgesSchema,
  CurrentHeightSchema,
  LeasesSchema,
  parseBridges,
  parseCurrentHeight,
  parseLeases,
} from './rest/misc.js';
export type { Bridges, CurrentHeight, Leases } from './rest/misc.js';
export { NextNonceSchema, parseNextNonce } from './rest/next-nonce.js';
export type { NextNonce } from './rest/next-nonce.js';
export { OrderBookDepthSchema, parseOrderBookDepth } from './rest/order-book-depth.js';
export type { OrderBookDepth } from './rest/order-book-depth.js';
export {
  MarketConfigSchema,
  OrderBookDetailsSchema,
  PerpsOrderBookDetailSchema,
  SpotOrderBookDetailSchema,
  parseOrderBookDetails,
} from './rest/order-book-details.js';
export type {
  MarketConfig,
  OrderBookDetails,
  PerpsOrderBookDetail,
  SpotOrderBookDetail,
} from './rest/order-book-details.js';
export { OrderBookOrdersSchema, SimpleOrderSchema, parseOrderBookOrders } from './rest/order-book-orders.js';
export type { OrderBookOrders, SimpleOrder } from './rest/order-book-orders.js';
export { OrderBookSchema, OrderBooksSchema, parseOrderBooks } from './rest/order-books.js';
export type { OrderBook, OrderBooks } from './rest/order-books.js';
export { OrderSchema, OrdersSchema, parseOrders } from './rest/orders.js';
export type { Order, Orders } from './rest/orders.js';
export { AccountPnlSchema, PnlEntrySchema, parseAccountPnl } from './rest/pnl.js';
export type { AccountPnl, PnlEntry } from './rest/pnl.js';
export { PositionFundingSchema, PositionFundingsSchema, parsePositionFundings } from './rest/position-funding.js';
export type { PositionFunding, PositionFundings } from './rest/position-funding.js';
export { PublicPoolMetadataSchema, PublicPoolsMetadataSchema, parsePublicPoolsMetadata } from './rest/public-pools.js';
export type { PublicPoolMetadata, PublicPoolsMetadata } from './rest/public-pools.js';
export { RESULT_CODE_OK, isRateLimitCode, parseResultCode } from './rest/result-code.js';
export {
  SendTxBatchResponseSchema,
  SendTxResponseSchema,
  parseSendTxBatchResponse,
  parseSendTxResponse,
} from './rest/send-tx.js';
export type { SendTxBatchResponse, SendTxResponse } from './rest/send-tx.js';
export { VOLUME_QUOTA, spendsVolumeQuota, volumeQuotaRemainingOf } from './rest/volume-quota.js';
export {
  AnnouncementsSchema,
  StatusSchema,
  WithdrawalDelaySchema,
  ZkLighterInfoSchema,
  parseAnnouncements,
  parseStatus,
  parseWithdrawalDelay,
  parseZkLighterInfo,
} from './rest/status.js';
export type { Announcements, Status, WithdrawalDelay, ZkLighterInfo } from './rest/status.js';
export { SystemConfigSchema, parseSystemConfig } from './rest/system-config.js';
export type { SystemConfig } from './rest/system-config.js';
export {
  ApiTokenSchema,
  ApiTokensSchema,
  RevokeApiTokenSchema,
  parseApiTokens,
  parseRevokeApiToken,
} from './rest/tokens.js';
export type { ApiToken, ApiTokens, RevokeApiToken } from './rest/tokens.js';
export { TradeSchema, TradesSchema, parseTrades } from './rest/trades.js';
export type { Trade, Trades } from './rest/trades.js';
export { TransferHistoryItemSchema, TransferHistorySchema, parseTransferHistory } from './rest/transfer-history.js';
export type { TransferHistory, TransferHistoryItem } from './rest/transfer-history.js';
export {
  FastWithdrawInfoSchema,
  TransferFeeInfoSchema,
  parseFastWithdrawInfo,
  parseTransferFeeInfo,
} from './rest/transfers.js';
export type { FastWithdrawInfo, TransferFeeInfo } from './rest/transfers.js';
export {
  EnrichedTxSchema,
  TxSchema,
  TxsSchema,
  parseEnrichedTx,
  parseTx,
  parseTxs,
} from './rest/tx.js';
export type { EnrichedTx, Tx, Txs } from './rest/tx.js';
export { WithdrawHistoryItemSchema, WithdrawHistorySchema, parseWithdrawHistory } from './rest/withdraw-history.js';
export type { WithdrawHistory, WithdrawHistoryItem } from './rest/withdraw-history.js';
export {
  ResultCodeSchema,
  MarketIdSchema,
} from './schemas/primitives.js';
export type { ResultCode } from './schemas/primitives.js';
export {
  microsToMillis,
  microsToNanos,
  millisToNanos,
  orderTimestampToMillis,
  secondsToNanos,
} from './time.js';
export { MAX_VALUE_PRECISION } from './values/fixed.js';
export { CURRENCY_PRECISION, Money } from './values/money.js';
export { Price } from './values/price.js';
export { Quantity } from './values/quantity.js';
export { AccountAllAssetsFrameSchema } from './ws/account-all-assets.js';
export type { AccountAllAssetsFrame } from './ws/account-all-assets.js';
export { AccountAllPositionsFrameSchema } from './ws/account-all-positions.js';
export type { AccountAllPositionsFrame } from './ws/account-all-positions.js';
export { AccountAllTradesFrameSchema } from './ws/account-all-trades.js';
export type { AccountAllTradesFrame } from './ws/account-all-trades.js';
export { AccountAllFrameSchema, AccountMarketFrameSchema } from './ws/account-all.js';
export type { AccountAllFrame, AccountMarketFrame } from './ws/account-all.js';
export { AccountAllOrdersFrameSchema, AccountOrdersFrameSchema } from './ws/account-orders.js';
export type { AccountAllOrdersFrame, AccountOrdersFrame } from './ws/account-orders.js';
export { AccountSpotAvgEntryPricesFrameSchema, SpotAvgEntryPriceSchema } from './ws/account-spot-avg-entry-prices.js';
export type { AccountSpotAvgEntryPricesFrame, SpotAvgEntryPrice } from './ws/account-spot-avg-entry-prices.js';
export { AccountTxFrameSchema } from './ws/account-tx.js';
export type { AccountTxFrame } from './ws/account-tx.js';
export { CandleFrameSchema } from './ws/candle.js';
export type { CandleFrame } from './ws/candle.js';
export { WS_PING, WS_PONG, WsSubscribeRequestSchema, WsUnsubscribeRequestSchema } from './ws/channels.js';
export type { WsSubscribeRequest, WsUnsubscribeRequest } from './ws/channels.js';
export {
  ConnectedFrameSchema,
  ErrorFrameSchema,
  PingFrameSchema,
  PongFrameSchema,
  SubscribedFrameSchema,
  UnsubscribedFrameSchema,
} from './ws/control.js';
export type {
  ConnectedFrame,
  ErrorFrame,
  PingFrame,
  PongFrame,
  SubscribedFrame,
  UnsubscribedFrame,
} from './ws/control.js';
export { parseWsFrame, safeParseWsFrame } from './ws/frame.js';
export type {
  SafeWsFrameResult,
  WsChannelFrame,
  WsChannelKind,
  WsControlFrame,
  WsFrame,
  WsFrameKind,
  WsUnknownFrame,
} from './ws/frame.js';
export { HeightFrameSchema } from './ws/height.js';
export type { HeightFrame } from './ws/height.js';
export {
  MarketStatsFrameSchema,
  MarketStatsSchema,
  SpotMarketStatsFrameSchema,
  SpotMarketStatsSchema,
} from './ws/market-stats.js';
export type { MarketStats, MarketStatsFrame, SpotMarketStats, SpotMarketStatsFrame } from './ws/market-stats.js';
export { NotificationFrameSchema, NotificationSchema } from './ws/notification.js';
export type { Notification, NotificationFrame } from './ws/notification.js';
export { OrderBookFrameSchema, OrderBookLevelSchema, OrderBookPayloadSchema } from './ws/order-book.js';
export type { OrderBookFrame, OrderBookLevel, OrderBookPayload } from './ws/order-book.js';
export { PoolDataFrameSchema, PoolInfoFrameSchema, PoolInfoSchema } from './ws/pool.js';
export type { PoolDataFrame, PoolInfo, PoolInfoFrame } from './ws/pool.js';
export {
  WsSendTxBatchRequestSchema,
  WsSendTxBatchResultFrameSchema,
  WsSendTxRequestSchema,
  WsSendTxResultFrameSchema,
  wsSendTxBatchRequest,
  wsSendTxRequest,
} from './ws/send-tx.js';
export type {
  WsSendTxBatchRequest,
  WsSendTxBatchResultFrame,
  WsSendTxRequest,
  WsSendTxResultFrame,
} from './ws/send-tx.js';
export { TickerFrameSchema, TickerPayloadSchema } from './ws/ticker.js';
export type { TickerFrame, TickerPayload } from './ws/ticker.js';
export { TradeFrameSchema } from './ws/trade.js';
export type { TradeFrame } from './ws/trade.js';
export { UserStatsFiguresSchema, UserStatsFrameSchema, UserStatsSchema } from './ws/user-stats.js';
export type { UserStats, UserStatsFigures, UserStatsFrame } from './ws/user-stats.js';
// Binary options (Up/Down markets): docs/protocol/binary-options.md
export { MARKET_INDEX_RANGE, MARKET_KIND, MAX_MARKET_ID, marketKindOf } from './constants/market-kind.js';
export type { MarketKind } from './constants/market-kind.js';
export {
  BINARY_ORDER_TYPES,
  BINARY_SIDE,
  DEFAULT_BINARY_SETTLEMENT_CAP,
  checkBinaryOrder,
  settlementPayoutTicks,
} from './binary/rules.js';
export type { BinaryOrderViolation, BinaryOutcome } from './binary/rules.js';
export { BinaryEventSchema, EventMarketSchema, EventsSchema, parseEvents } from './binary/events.js';
export type { BinaryEvent, EventMarket, Events } from './binary/events.js';
export {
  UP_DOWN_CANDLES_LIMITS,
  UP_DOWN_CANDLE_RESOLUTIONS,
  UpDownCandleSchema,
  UpDownCandlesSchema,
  parseUpDownCandles,
} from './binary/up-down-candles.js';
export type { UpDownCandle, UpDownCandleResolution, UpDownCandles } from './binary/up-down-candles.js';
export { BoEventPnlSchema, BoMarketPnlSchema, BoPnlSchema, parseBoPnl } from './binary/bo-pnl.js';
export type { BoEventPnl, BoMarketPnl, BoPnl } from './binary/bo-pnl.js';
export { BinaryPositionSchema } from './binary/position.js';
export type { BinaryPosition } from './binary/position.js';
export { BoMarketStatsFrameSchema, BoMarketStatsSchema } from './ws/bo-market-stats.js';
export type { BoMarketStats, BoMarketStatsFrame } from './ws/bo-market-stats.js';
export { UpDownCandleFrameSchema } from './ws/up-down-candle.js';
export type { UpDownCandleFrame } from './ws/up-down-candle.js';
