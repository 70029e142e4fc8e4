/**
 * Layer 1: zod schemas and types of every Lighter payload, protocol constants, networks, exact decimals, identifiers, the error family.
 *
 * @packageDocumentation
 * @module @lighter-ts/models
 */
// Public API of @lighter-ts/models: every export is named here (no `export *`, STYLE.md "Public surface").
// Generated list kept in sync by hand review; test/index.test.ts snapshots the value exports.

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
  WS_KEEPALIVE_MAX_MS,
  WS_LIMITS,
} from './constants/network.js';
export type { CandleResolution, FundingResolution } from './constants/network.js';
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
export { parseJsonText, parseWith, toParseIssues } from './parse.js';
export type { WithRaw } from './parse.js';
export {
  ACCOUNT_LIMITS_ROUTE,
  AccountLimitsParamsSchema,
  AccountLimitsSchema,
  CHANGE_ACCOUNT_TIER_ROUTE,
  ChangeAccountTierParamsSchema,
  parseAccountLimits,
} from './rest/account-limits.js';
export type { AccountLimits, AccountLimitsParams, ChangeAccountTierParams } from './rest/account-limits.js';
export {
  ACCOUNT_METADATA_ROUTE,
  AccountMetadataParamsSchema,
  AccountMetadataSchema,
  AccountMetadatasSchema,
  L1MetadataSchema,
  L1_METADATA_ROUTE,
  parseAccountMetadatas,
  parseL1Metadata,
} from './rest/account-metadata.js';
export type { AccountMetadata, AccountMetadataParams, AccountMetadatas, L1Metadata } from './rest/account-metadata.js';
export {
  ACCOUNT_ROUTE,
  AccountAssetSchema,
  AccountParamsSchema,
  AccountPositionSchema,
  ApprovedIntegratorSchema,
  DetailedAccountSchema,
  DetailedAccountsSchema,
  PendingUnlockSchema,
  PublicPoolShareSchema,
  parseDetailedAccounts,
} from './rest/account.js';
export type {
  AccountAsset,
  AccountParams,
  AccountPosition,
  DetailedAccount,
  DetailedAccounts,
} from './rest/account.js';
export {
  ACCOUNTS_BY_L1_ADDRESS_ROUTE,
  AccountSchema,
  AccountShape,
  AccountsByL1AddressParamsSchema,
  SubAccountsSchema,
  parseSubAccounts,
} from './rest/accounts-by-l1-address.js';
export type { Account, AccountsByL1AddressParams, SubAccounts } from './rest/accounts-by-l1-address.js';
export {
  API_KEYS_ROUTE,
  AccountApiKeysSchema,
  ApiKeySchema,
  ApiKeysParamsSchema,
  MAKER_ONLY_API_KEYS_ROUTE,
  MakerOnlyApiKeysParamsSchema,
  MakerOnlyApiKeysSchema,
  parseAccountApiKeys,
  parseMakerOnlyApiKeys,
} from './rest/api-keys.js';
export type {
  AccountApiKeys,
  ApiKey,
  ApiKeysParams,
  MakerOnlyApiKeys,
  MakerOnlyApiKeysParams,
} from './rest/api-keys.js';
export {
  ASSET_DETAILS_ROUTE,
  AssetDetailsParamsSchema,
  AssetDetailsSchema,
  AssetSchema,
  parseAssetDetails,
} from './rest/asset-details.js';
export type { Asset, AssetDetails, AssetDetailsParams } from './rest/asset-details.js';
export {
  CANDLES_MAX_COUNT,
  CANDLES_ROUTE,
  CandleSchema,
  CandlesParamsSchema,
  CandlesSchema,
  parseCandles,
} from './rest/candles.js';
export type { Candle, Candles, CandlesParams } from './rest/candles.js';
export {
  DEPOSIT_HISTORY_ROUTE,
  DepositHistoryItemSchema,
  DepositHistoryParamsSchema,
  DepositHistorySchema,
  parseDepositHistory,
} from './rest/deposit-history.js';
export type { DepositHistory, DepositHistoryItem, DepositHistoryParams } from './rest/deposit-history.js';
export {
  EXCHANGE_METRICS_ROUTE,
  EXCHANGE_STATS_ROUTE,
  EXECUTE_STATS_ROUTE,
  ExchangeMetricsParamsSchema,
  ExchangeMetricsSchema,
  ExchangeStatsSchema,
  ExecuteStatsSchema,
  OrderBookStatsSchema,
  parseExchangeMetrics,
  parseExchangeStats,
  parseExecuteStats,
} from './rest/exchange-stats.js';
export type {
  ExchangeMetrics,
  ExchangeMetricsParams,
  ExchangeStats,
  ExecuteStats,
  OrderBookStats,
} from './rest/exchange-stats.js';
export { EXPORT_ROUTE, ExportDataSchema, ExportParamsSchema, parseExportData } from './rest/export.js';
export type { ExportData, ExportParams } from './rest/export.js';
export {
  FUNDINGS_ROUTE,
  FUNDING_RATES_ROUTE,
  FundingRateSchema,
  FundingRatesSchema,
  FundingSchema,
  FundingsParamsSchema,
  FundingsSchema,
  parseFundingRates,
  parseFundings,
} from './rest/fundings.js';
export type { Funding, FundingRate, FundingRates, Fundings, FundingsParams } from './rest/fundings.js';
export {
  LIQUIDATIONS_ROUTE,
  LiquidationInfosSchema,
  LiquidationSchema,
  LiquidationsParamsSchema,
  parseLiquidationInfos,
} from './rest/liquidations.js';
export type { Liquidation, LiquidationInfos, LiquidationsParams } from './rest/liquidations.js';
export {
  BLOCK_TXS_ROUTE,
  BRIDGES_ROUTE,
  BlockTxsParamsSchema,
  BridgesSchema,
  CURRENT_HEIGHT_ROUTE,
  CurrentHeightSchema,
  FAUCET_ROUTE,
  FaucetParamsSchema,
  LEASES_ROUTE,
  LEASE_OPTIONS_ROUTE,
  LeasesSchema,
  NOTIFICATION_ACK_ROUTE,
  NotificationAckParamsSchema,
  TXS_ROUTE,
  TxsParamsSchema,
  parseBridges,
  parseCurrentHeight,
  parseLeases,
} from './rest/misc.js';
export type {
  BlockTxsParams,
  Bridges,
  CurrentHeight,
  FaucetParams,
  Leases,
  NotificationAckParams,
  TxsParams,
} from './rest/misc.js';
export { NEXT_NONCE_ROUTE, NextNonceParamsSchema, NextNonceSchema, parseNextNonce } from './rest/next-nonce.js';
export type { NextNonce, NextNonceParams } from './rest/next-nonce.js';
export { OrderBookDepthSchema, parseOrderBookDepth } from './rest/order-book-depth.js';
export type { OrderBookDepth } from './rest/order-book-depth.js';
export {
  MarketConfigSchema,
  ORDER_BOOK_DETAILS_ROUTE,
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
export {
  ORDER_BOOK_ORDERS_ROUTE,
  OrderBookOrdersParamsSchema,
  OrderBookOrdersSchema,
  SimpleOrderSchema,
  parseOrderBookOrders,
} from './rest/order-book-orders.js';
export type { OrderBookOrders, OrderBookOrdersParams, SimpleOrder } from './rest/order-book-orders.js';
export {
  ORDER_BOOKS_ROUTE,
  OrderBookMarketShape,
  OrderBookSchema,
  OrderBooksParamsSchema,
  OrderBooksSchema,
  parseOrderBooks,
} from './rest/order-books.js';
export type { OrderBook, OrderBooks, OrderBooksParams } from './rest/order-books.js';
export {
  ACCOUNT_ACTIVE_ORDERS_ROUTE,
  ACCOUNT_INACTIVE_ORDERS_ROUTE,
  ACCOUNT_ORDERS_ROUTE,
  AccountActiveOrdersParamsSchema,
  AccountInactiveOrdersParamsSchema,
  AccountOrdersParamsSchema,
  OrderSchema,
  OrdersSchema,
  parseOrders,
} from './rest/orders.js';
export type {
  AccountActiveOrdersParams,
  AccountInactiveOrdersParams,
  AccountOrdersParams,
  Order,
  Orders,
} from './rest/orders.js';
export {
  AccountIndexParam,
  ApiKeyIndexParam,
  AuthParam,
  CursorParam,
  Limit100Param,
  MarketFilterParam,
  MarketIdParam,
  MarketTypeParam,
  TimestampMsParam,
} from './rest/params.js';
export { AccountPnlSchema, PNL_ROUTE, PnlEntrySchema, PnlParamsSchema, parseAccountPnl } from './rest/pnl.js';
export type { AccountPnl, PnlEntry, PnlParams } from './rest/pnl.js';
export {
  POSITION_FUNDING_ROUTE,
  PositionFundingParamsSchema,
  PositionFundingSchema,
  PositionFundingsSchema,
  parsePositionFundings,
} from './rest/position-funding.js';
export type { PositionFunding, PositionFundingParams, PositionFundings } from './rest/position-funding.js';
export {
  PUBLIC_POOLS_METADATA_ROUTE,
  PublicPoolMetadataSchema,
  PublicPoolsMetadataParamsSchema,
  PublicPoolsMetadataSchema,
  parsePublicPoolsMetadata,
} from './rest/public-pools.js';
export type { PublicPoolMetadata, PublicPoolsMetadata, PublicPoolsMetadataParams } from './rest/public-pools.js';
export { RESULT_CODE_OK, isRateLimitCode, parseResultCode } from './rest/result-code.js';
export { toSnakeCase, toWireParams } from './rest/route.js';
export type { RouteInfo, WireParams } from './rest/route.js';
export {
  SEND_TX_BATCH_ROUTE,
  SEND_TX_ROUTE,
  SendTxBatchParamsSchema,
  SendTxBatchResponseSchema,
  SendTxParamsSchema,
  SendTxResponseSchema,
  parseSendTxBatchResponse,
  parseSendTxResponse,
  sendTxBatchForm,
} from './rest/send-tx.js';
export type { SendTxBatchParams, SendTxBatchResponse, SendTxParams, SendTxResponse } from './rest/send-tx.js';
export { VOLUME_QUOTA, spendsVolumeQuota, volumeQuotaRemainingOf } from './rest/volume-quota.js';
export {
  ANNOUNCEMENT_ROUTE,
  AnnouncementsSchema,
  INFO_ROUTE,
  STATUS_ROUTE,
  StatusSchema,
  WITHDRAWAL_DELAY_ROUTE,
  WithdrawalDelaySchema,
  ZkLighterInfoSchema,
  parseAnnouncements,
  parseStatus,
  parseWithdrawalDelay,
  parseZkLighterInfo,
} from './rest/status.js';
export type { Announcements, Status, WithdrawalDelay, ZkLighterInfo } from './rest/status.js';
export { SYSTEM_CONFIG_ROUTE, SystemConfigSchema, parseSystemConfig } from './rest/system-config.js';
export type { SystemConfig } from './rest/system-config.js';
export {
  ApiTokenSchema,
  ApiTokensSchema,
  CreateApiTokenParamsSchema,
  RevokeApiTokenSchema,
  TOKENS_CREATE_ROUTE,
  TOKENS_REVOKE_ROUTE,
  TOKENS_ROUTE,
  parseApiTokens,
  parseRevokeApiToken,
} from './rest/tokens.js';
export type { ApiToken, ApiTokens, CreateApiTokenParams, RevokeApiToken } from './rest/tokens.js';
export {
  RECENT_TRADES_ROUTE,
  RecentTradesParamsSchema,
  TRADES_ROUTE,
  TradeSchema,
  TradesParamsSchema,
  TradesSchema,
  parseTrades,
} from './rest/trades.js';
export type { RecentTradesParams, Trade, Trades, TradesParams } from './rest/trades.js';
export {
  TRANSFER_HISTORY_ROUTE,
  TransferHistoryItemSchema,
  TransferHistoryParamsSchema,
  TransferHistorySchema,
  parseTransferHistory,
} from './rest/transfer-history.js';
export type { TransferHistory, TransferHistoryItem, TransferHistoryParams } from './rest/transfer-history.js';
export {
  FAST_WITHDRAW_INFO_ROUTE,
  FAST_WITHDRAW_ROUTE,
  FastWithdrawInfoSchema,
  FastWithdrawParamsSchema,
  TRANSFER_FEE_INFO_ROUTE,
  TransferFeeInfoParamsSchema,
  TransferFeeInfoSchema,
  parseFastWithdrawInfo,
  parseTransferFeeInfo,
} from './rest/transfers.js';
export type { FastWithdrawInfo, FastWithdrawParams, TransferFeeInfo, TransferFeeInfoParams } from './rest/transfers.js';
export {
  ACCOUNT_TXS_ROUTE,
  AccountTxsParamsSchema,
  EnrichedTxSchema,
  TX_FROM_L1_TX_HASH_ROUTE,
  TX_ROUTE,
  TxParamsSchema,
  TxSchema,
  TxShape,
  TxsSchema,
  decodeTxJson,
  parseEnrichedTx,
  parseTx,
  parseTxs,
} from './rest/tx.js';
export type { AccountTxsParams, EnrichedTx, Tx, TxParams, Txs } from './rest/tx.js';
export {
  WITHDRAW_HISTORY_ROUTE,
  WithdrawHistoryItemSchema,
  WithdrawHistoryParamsSchema,
  WithdrawHistorySchema,
  parseWithdrawHistory,
} from './rest/withdraw-history.js';
export type { WithdrawHistory, WithdrawHistoryItem, WithdrawHistoryParams } from './rest/withdraw-history.js';
export {
  BoolSchema,
  DecimalStringSchema,
  FloatSchema,
  IdStringSchema,
  IntSchema,
  ResultCodeSchema,
  ResultCodeShape,
  StrSchema,
  MarketIdSchema,
  flatListOf,
  lenientEnum,
  listOf,
  mapOf,
} from './schemas/primitives.js';
export type { ResultCode } from './schemas/primitives.js';
export {
  TimestampMicrosSchema,
  TimestampMsSchema,
  TimestampSecondsSchema,
  toTimestamp,
  timestampSchema,
} from './schemas/timestamp.js';
export type { TimestampUnit } from './schemas/timestamp.js';
export {
  SECONDS_THRESHOLD,
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
export { WS_CHANNEL_SCHEMAS, parseWsFrame, safeParseWsFrame } from './ws/frame.js';
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
  singleOrMap,
} from './ws/market-stats.js';
export type { MarketStats, MarketStatsFrame, SpotMarketStats, SpotMarketStatsFrame } from './ws/market-stats.js';
export { NotificationFrameSchema, NotificationSchema } from './ws/notification.js';
export type { Notification, NotificationFrame } from './ws/notification.js';
export { OrderBookFrameSchema, OrderBookLevelSchema, OrderBookPayloadSchema } from './ws/order-book.js';
export {
  fastParseOrderBookFrame,
  fastParseOrderBookOrders,
  fastParseOrderBookPayload,
  safeParseOrderBookPayload,
} from './fast/order-book.js';
export type { SafeOrderBookPayloadResult } from './fast/order-book.js';
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
export {
  BinaryEventSchema,
  EVENTS_ROUTE,
  EventMarketSchema,
  EventsParamsSchema,
  EventsSchema,
  parseEvents,
} from './binary/events.js';
export type { BinaryEvent, EventMarket, Events, EventsParams } from './binary/events.js';
export {
  UP_DOWN_CANDLES_LIMITS,
  UP_DOWN_CANDLES_ROUTE,
  UP_DOWN_CANDLE_RESOLUTIONS,
  UpDownCandleSchema,
  UpDownCandlesParamsSchema,
  UpDownCandlesSchema,
  parseUpDownCandles,
} from './binary/up-down-candles.js';
export type {
  UpDownCandle,
  UpDownCandleResolution,
  UpDownCandles,
  UpDownCandlesParams,
} from './binary/up-down-candles.js';
export {
  BO_PNL_ROUTE,
  BoEventPnlSchema,
  BoMarketPnlSchema,
  BoPnlParamsSchema,
  BoPnlSchema,
  parseBoPnl,
} from './binary/bo-pnl.js';
export type { BoEventPnl, BoMarketPnl, BoPnl, BoPnlParams } from './binary/bo-pnl.js';
export { BinaryPositionSchema } from './binary/position.js';
export type { BinaryPosition } from './binary/position.js';
export { BoMarketStatsFrameSchema, BoMarketStatsSchema } from './ws/bo-market-stats.js';
export type { BoMarketStats, BoMarketStatsFrame } from './ws/bo-market-stats.js';
export { UpDownCandleFrameSchema } from './ws/up-down-candle.js';
export type { UpDownCandleFrame } from './ws/up-down-candle.js';
