// Protocol constants only, without zod: a light entry point (`@lighter-ts/models/constants`) for
// packages such as the signer that need the numbers but not the schemas (keeps their bundles small).
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
} from './account.js';
export type {
  AccountTradingMode,
  AccountType,
  AssetMarginMode,
  MarginDirection,
  MarginMode,
  MarketType,
  RouteType,
} from './account.js';
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
} from './network.js';
export type { CandleResolution, FundingResolution, PnlResolution } from './network.js';
export { CHAIN_ID, NETWORK, NETWORK_ALIASES, NETWORK_NAMES, NETWORKS, USDC } from './networks.js';
export type { ChainId, CollateralAsset, Network, NetworkId, NetworkName } from './networks.js';
export { assertSameNetwork, customNetwork, isNetworkName, resolveNetwork } from './network-resolve.js';
export type { CustomNetworkParams, NetworkBinding } from './network-resolve.js';
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
} from './order.js';
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
} from './order.js';
export { TX_STATUS, TX_TYPE, TX_TYPE_VENUE_NAME, isTxType } from './tx-type.js';
export type { TxStatus, TxType, TxTypeName } from './tx-type.js';
export {
  VENUE_ERROR_CODE,
  VENUE_ERROR_MESSAGE,
  isVenueErrorCode,
  venueErrorCategory,
  venueErrorMessage,
} from './venue-errors.js';
export type { VenueErrorCategory, VenueErrorCode } from './venue-errors.js';
export { MARKET_INDEX_RANGE, MARKET_KIND, MAX_MARKET_ID, marketKindOf } from './market-kind.js';
export type { MarketKind } from './market-kind.js';
export { NetworkMismatchError, isNetworkMismatchError } from '../network-mismatch.js';
export type { NetworkBoundKind } from '../network-mismatch.js';
